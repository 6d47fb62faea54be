import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * Form fields in the GOV.UK Design System's pattern, as Lit template functions every element shares: a
 * `<label for>`, a hint and an error tied to the control by `aria-describedby`, a visually hidden "Error:" before
 * each message, "(optional)" on the label of a field that may stay empty, and an error summary that links to each
 * field. Label, control, hint and error live in the same shadow root, so the ARIA ids resolve.
 *
 * Needs `fieldStyles` (and `baseStyles` for `.visually-hidden`) in the element's styles.
 */

/** Messages per field id (the control's id). One shape for every element. */
export type FieldErrors = Record<string, string>;

/** Core words the helpers need, in the page's language (from the core catalog). */
export interface FieldWords {
  errorPrefix: string;
  optional: string;
}

interface FieldBase {
  /** The control's id; the hint and error ids derive from it. */
  id: string;
  label: unknown;
  hint?: unknown;
  error?: string;
  /** Adds "(optional)" to the label: GOV.UK marks the exceptions, not the rule. */
  optional?: boolean;
  /** Sets `required` and `aria-required` (the form validates itself: `novalidate`). */
  required?: boolean;
  words: FieldWords;
  /** Extra class on the field's wrapper, e.g. a width. */
  className?: string;
  disabled?: boolean;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'search' | 'time';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'decimal' | 'search' | 'none';
  maxlength?: number;
  min?: string;
  max?: string;
  step?: string;
  spellcheck?: boolean;
  onInput: (value: string, event: InputEvent) => void;
  onChange?: (value: string, event: Event) => void;
}

export interface TextareaOptions extends FieldBase {
  value: string;
  rows?: number;
  maxlength?: number;
  onInput: (value: string, event: InputEvent) => void;
}

export interface Choice {
  value: string;
  label: unknown;
  hint?: unknown;
}

export interface SelectOptions extends FieldBase {
  value: string;
  choices: Choice[];
  onChange: (value: string, event: Event) => void;
}

export interface RadiosOptions extends FieldBase {
  /** The `name` of the radio group. */
  name: string;
  value: string;
  choices: Choice[];
  inline?: boolean;
  onChange: (value: string, event: Event) => void;
}

export interface CheckboxOptions extends Omit<FieldBase, 'optional'> {
  checked: boolean;
  onChange: (checked: boolean, event: Event) => void;
}

/** The ids a control's `aria-describedby` lists: its hint, then its error. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function labelText(options: FieldBase): TemplateResult {
  return html`${options.label}${options.optional ? html` <span class="tb-optional">${options.words.optional}</span>` : nothing}`;
}

function hint(id: string, content: unknown) {
  return content ? html`<div class="tb-hint" id="${id}-hint" part="hint">${content}</div>` : nothing;
}

/** A field's error message, GOV.UK style: a visually hidden "Error:" first. */
export function fieldError(id: string, error: string | undefined, words: Pick<FieldWords, 'errorPrefix'>) {
  return error
    ? html`<p class="tb-error-message" id="${id}-error" part="error">
        <span class="visually-hidden">${words.errorPrefix}</span> ${error}
      </p>`
    : nothing;
}

function wrapper(options: FieldBase, content: TemplateResult): TemplateResult {
  const classes = ['tb-field', options.error ? 'tb-field--error' : '', options.className ?? ''].filter(Boolean);
  return html`<div class=${classes.join(' ')} part="field">${content}</div>`;
}

export function textField(o: TextFieldOptions): TemplateResult {
  return wrapper(
    o,
    html`<label class="tb-label" for=${o.id} part="label">${labelText(o)}</label>
      ${hint(o.id, o.hint)} ${fieldError(o.id, o.error, o.words)}
      <input
        class="tb-input"
        id=${o.id}
        name=${o.id}
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        step=${ifDefined(o.step)}
        spellcheck=${ifDefined(o.spellcheck === undefined ? undefined : String(o.spellcheck))}
        ?required=${!!o.required}
        ?disabled=${!!o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
        @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value, e)}
        @change=${(e: Event) => o.onChange?.((e.target as HTMLInputElement).value, e)}
      />`
  );
}

export function textareaField(o: TextareaOptions): TemplateResult {
  return wrapper(
    o,
    html`<label class="tb-label" for=${o.id} part="label">${labelText(o)}</label>
      ${hint(o.id, o.hint)} ${fieldError(o.id, o.error, o.words)}
      <textarea
        class="tb-textarea"
        id=${o.id}
        name=${o.id}
        rows=${o.rows ?? 4}
        .value=${live(o.value)}
        maxlength=${ifDefined(o.maxlength)}
        ?required=${!!o.required}
        ?disabled=${!!o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
        @input=${(e: InputEvent) => o.onInput((e.target as HTMLTextAreaElement).value, e)}
      ></textarea>`
  );
}

export function selectField(o: SelectOptions): TemplateResult {
  return wrapper(
    o,
    html`<label class="tb-label" for=${o.id} part="label">${labelText(o)}</label>
      ${hint(o.id, o.hint)} ${fieldError(o.id, o.error, o.words)}
      <select
        class="tb-select"
        id=${o.id}
        name=${o.id}
        ?required=${!!o.required}
        ?disabled=${!!o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
        @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value, e)}
      >
        ${o.choices.map(c => html`<option value=${c.value} ?selected=${c.value === o.value}>${c.label}</option>`)}
      </select>`
  );
}

/** Radios in a fieldset whose legend is the question; the error is tied to the fieldset. */
export function radiosField(o: RadiosOptions): TemplateResult {
  const classes = ['tb-field', o.error ? 'tb-field--error' : '', o.className ?? ''].filter(Boolean).join(' ');
  return html`<div class=${classes} part="field">
    <fieldset class="tb-fieldset" aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}>
      <legend class="tb-label" part="label">${labelText(o)}</legend>
      ${hint(o.id, o.hint)} ${fieldError(o.id, o.error, o.words)}
      <div class="tb-radios ${o.inline ? 'tb-radios--inline' : ''}">
        ${o.choices.map(
          (c, i) =>
            html`<div class="tb-radio">
              <input
                type="radio"
                id=${i === 0 ? o.id : `${o.id}-${i}`}
                name=${o.name}
                value=${c.value}
                .checked=${live(c.value === o.value)}
                ?disabled=${!!o.disabled}
                aria-describedby=${ifDefined(c.hint ? `${o.id}-${i}-hint` : undefined)}
                @change=${(e: Event) => o.onChange(c.value, e)}
              />
              <label for=${i === 0 ? o.id : `${o.id}-${i}`}>${c.label}</label>
              ${c.hint ? html`<div class="tb-hint tb-radio-hint" id="${o.id}-${i}-hint">${c.hint}</div>` : nothing}
            </div>`
        )}
      </div>
    </fieldset>
  </div>`;
}

export function checkboxField(o: CheckboxOptions): TemplateResult {
  const classes = ['tb-field', 'tb-checkbox', o.error ? 'tb-field--error' : '', o.className ?? '']
    .filter(Boolean)
    .join(' ');
  return html`<div class=${classes} part="field">
    ${fieldError(o.id, o.error, o.words)}
    <input
      type="checkbox"
      id=${o.id}
      name=${o.id}
      .checked=${live(o.checked)}
      ?disabled=${!!o.disabled}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked, e)}
    />
    <label for=${o.id} part="label">${o.label}</label>
    ${hint(o.id, o.hint)}
  </div>`;
}

/**
 * The error summary at the top of a form: `role="alert"`, focusable (focus it after a failed submit), a link per
 * error that moves focus to its field (fragment links do not reach into a shadow root, so the click does it).
 */
export function errorSummary(options: {
  errors: { id: string; text: string }[];
  title: string;
  /** id of the summary's heading; the summary itself gets `${id}-summary` as its id unless `summaryId` is given. */
  id?: string;
  summaryId?: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}): TemplateResult | typeof nothing {
  if (!options.errors.length) return nothing;
  const id = options.id ?? 'tb-error-summary-title';
  const summaryId = options.summaryId ?? 'error-summary';
  const title = headingTag(options.headingLevel ?? 2, id, options.title);
  return html`<div
    class="tb-error-summary"
    id=${summaryId}
    role="alert"
    tabindex="-1"
    aria-labelledby=${id}
    part="error-summary"
  >
    ${title}
    <ul class="tb-error-summary__list">
      ${options.errors.map(
        e =>
          html`<li>
            <a href="#${e.id}" @click=${(event: Event) => focusField(event, e.id)}>${e.text}</a>
          </li>`
      )}
    </ul>
  </div>`;
}

function headingTag(level: number, id: string, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class="tb-error-summary__title" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 class="tb-error-summary__title" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 class="tb-error-summary__title" id=${id}>${text}</h5>`;
    case 6:
      return html`<h6 class="tb-error-summary__title" id=${id}>${text}</h6>`;
    default:
      return html`<h2 class="tb-error-summary__title" id=${id}>${text}</h2>`;
  }
}

/** Moves focus to the field with `id` in the same shadow root as the clicked link; scrolls its label into view. */
export function focusField(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Node).getRootNode() as ShadowRoot | Document;
  const field = root.getElementById(id) as HTMLElement | null;
  if (!field) return;
  const label = root.querySelector<HTMLElement>(`label[for="${CSS.escape(id)}"]`);
  field.focus({ preventScroll: true });
  (field.closest('fieldset') ?? label ?? field).scrollIntoView({ block: 'center' });
}

/** The look of the helpers above, in the shared tokens. */
export const fieldStyles = css`
  .tb-field {
    margin: 0 0 1.25rem;
  }
  .tb-field--error {
    border-inline-start: 4px solid var(--_tb-error);
    padding-inline-start: 0.75rem;
  }
  .tb-label {
    display: block;
    font-weight: 700;
    margin: 0 0 0.25rem;
    color: var(--_tb-text);
  }
  .tb-optional {
    font-weight: 400;
  }
  .tb-hint {
    color: var(--_tb-text-muted);
    margin: 0 0 0.4rem;
  }
  .tb-error-message {
    color: var(--_tb-error);
    font-weight: 700;
    margin: 0 0 0.4rem;
  }
  .tb-input,
  .tb-textarea,
  .tb-select {
    box-sizing: border-box;
    width: 100%;
    max-width: 40rem;
    font: inherit;
    padding: 0.4rem 0.5rem;
    min-height: 2.5rem;
    color: var(--_tb-text);
    background: var(--_tb-field);
    border: 2px solid var(--_tb-border);
    border-radius: var(--_tb-radius);
  }
  .tb-field--error :is(.tb-input, .tb-textarea, .tb-select) {
    border-color: var(--_tb-error);
  }
  :is(.tb-input, .tb-textarea, .tb-select, .tb-radio input, .tb-checkbox input):focus-visible {
    outline: 3px solid var(--_tb-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_tb-text);
  }
  .tb-fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .tb-radios {
    display: grid;
    gap: 0.5rem;
  }
  .tb-radios--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .tb-radio,
  .tb-checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0 0.5rem;
  }
  .tb-radio input,
  .tb-checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_tb-accent);
  }
  .tb-radio-hint,
  .tb-checkbox .tb-hint {
    grid-column: 2;
  }
  .tb-error-summary {
    border: 4px solid var(--_tb-error);
    padding: 1rem;
    margin: 0 0 1.5rem;
    color: var(--_tb-text);
    background: var(--_tb-surface);
  }
  .tb-error-summary:focus {
    outline: 3px solid var(--_tb-focus);
  }
  .tb-error-summary__title {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  .tb-error-summary__list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .tb-error-summary__list a {
    color: var(--_tb-error);
    font-weight: 700;
    display: inline-block;
    min-height: 24px;
    padding: 2px 0;
  }
  .tb-error-summary__list a:focus-visible {
    outline: 3px solid transparent;
    background: var(--_tb-focus);
    color: var(--_tb-focus-text);
    box-shadow: 0 4px var(--_tb-focus-text);
  }
`;
