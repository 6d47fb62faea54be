/**
 * The definition box of `<tb-jargon>` as a template function: what the box shows, in the page's language. The
 * element owns the state and the behaviour (opening, placing, asking IT); this only draws.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../../core/i18n.js';
import type { GlossaryEntry } from '../model.js';
import type { GlossaryCatalog } from '../strings/en.js';

type Piece = string | Node;

/** What the box shows for one opening: the entry, the sense chosen, and its rendered definitions. */
export interface BoxContent {
  entry: GlossaryEntry;
  chosen: number;
  others: number[];
  definition: Piece;
  more: Piece;
  otherDefinitions: Piece[];
}

export type AskView =
  { state: 'idle' } | { state: 'sending' } | { state: 'done'; message: string; tone: 'ok' | 'waiting' | 'error' };

export interface BoxView {
  content: BoxContent;
  i18n: I18nController<GlossaryCatalog>;
  sheet: boolean;
  sheetAtTop: boolean;
  open: boolean;
  supportsPopover: boolean;
  askHref: string;
  indexHref: string;
  endpoint: string;
  ask: AskView;
  onClose: () => void;
  onAsk: () => void;
  onPointerEnter: (event: PointerEvent) => void;
  onPointerLeave: (event: PointerEvent) => void;
}

/** The page that answers "Still confused? Ask IT", with the question filled in. '' when the address is unusable. */
export function askLink(entry: GlossaryEntry, askUrl: string, summary: string): string {
  try {
    const url = new URL(askUrl, document.baseURI);
    url.searchParams.set('summary', summary);
    url.searchParams.set('page', location.href);
    url.searchParams.set('term', entry.term);
    return url.href;
  } catch {
    return '';
  }
}

/** The entry on the index page: its `#term-…` replaces any hash in `index-url` ("#index" + "#term-x" is no link). */
export function indexLink(entry: GlossaryEntry, indexUrl: string): string {
  try {
    const url = new URL(indexUrl, document.baseURI);
    url.hash = `term-${entry.id}`;
    return url.href;
  } catch {
    return '';
  }
}

/** The box. Its element is always drawn (empty until the first opening) so the term's `aria-controls` holds. */
export function renderBox(
  view: BoxView | undefined,
  base: { supportsPopover: boolean; open: boolean }
): TemplateResult {
  return html`<div
    id="popover"
    part="popover"
    class="popover ${view?.sheet ? 'sheet' : ''} ${view?.sheet && view.sheetAtTop ? 'top' : ''}"
    role="dialog"
    aria-modal="false"
    aria-labelledby=${view ? 'title' : nothing}
    aria-describedby=${view ? 'definition' : nothing}
    tabindex="-1"
    popover=${base.supportsPopover ? 'manual' : nothing}
    ?hidden=${!base.supportsPopover && !base.open}
    @pointerenter=${view?.onPointerEnter}
    @pointerleave=${view?.onPointerLeave}
  >
    ${view ? renderInside(view) : nothing}
  </div>`;
}

function renderInside(view: BoxView): TemplateResult {
  const { content, i18n } = view;
  const { entry } = content;
  const senses = entry.senses;
  const chosen = senses[content.chosen];
  const t = i18n.t.bind(i18n);
  return html`<div class="head">
      <p class="title" id="title">
        <span class="name">${entry.term}</span>${
          entry.shortFor
            ? html` <span class="short-for">${t('shortFor', { expansion: entry.shortFor })}</span>`
            : nothing
        }${senses.length > 1 ? html`<span class="visually-hidden">${t('meaningHidden', { label: chosen.label })}</span>` : nothing}
      </p>
      ${view.sheet ? renderClose(view, true) : nothing}
    </div>
    ${senses.length > 1 ? html`<p class="meaning" aria-hidden="true">${t('probablyMeans', { label: chosen.label })}</p>` : nothing}
    <div id="definition" class="definition">${content.definition}</div>
    ${content.more ? html`<div class="more">${content.more}</div>` : nothing}
    ${
      content.others.length
        ? html`<div class="others">
            <p class="others-title">${t('alsoMeans')}</p>
            <ul>
              ${content.others.map(
                (i, n) => html`<li><span class="label">${senses[i].label}:</span> ${content.otherDefinitions[n]}</li>`
              )}
            </ul>
          </div>`
        : nothing
    }
    ${
      entry.notConfusedWith.length
        ? html`<p class="note">${t('notSameAs', { list: i18n.list(entry.notConfusedWith) })}</p>`
        : nothing
    }
    ${entry.related.length ? html`<p class="note">${t('related', { list: i18n.list(entry.related) })}</p>` : nothing}
    <p class="source">${t('source', { source: entry.source.name })}</p>
    ${
      view.indexHref
        ? html`<p class="note"><a href=${view.indexHref}>${t('seeInGlossary', { term: entry.term })}</a></p>`
        : nothing
    }
    ${view.askHref || view.endpoint ? renderAsk(view) : nothing} ${view.sheet ? nothing : renderClose(view, false)}`;
}

/**
 * Close: at the end of the box; on a narrow screen at the top of the sheet, right after the heading (the first
 * thing Tab reaches), where it stays in view while a long definition scrolls. Its name says which term it closes.
 */
function renderClose(view: BoxView, top: boolean): TemplateResult {
  const t = view.i18n.t.bind(view.i18n);
  return top
    ? html`<button type="button" class="close top-close" part="close" @click=${view.onClose}>
        ${t('close')}<span class="visually-hidden"
          >${t('closeTerm', { term: view.content.entry.term }).slice(t('close').length)}</span
        >
      </button>`
    : html`<button type="button" class="close" part="close" @click=${view.onClose}>${t('close')}</button>`;
}

/**
 * While sending, the button is aria-disabled rather than disabled: a disabled button drops keyboard focus to the
 * page body. When the answer comes, the button goes and focus moves to the message.
 */
function renderAsk(view: BoxView): TemplateResult {
  const { ask, askHref, endpoint } = view;
  const t = view.i18n.t.bind(view.i18n);
  const term = view.content.entry.term;
  return html`<div class="ask">
    ${askHref ? html`<a part="ask" href=${askHref}>${t('askLink')}</a>` : nothing}
    ${
      endpoint && ask.state !== 'done'
        ? html`<button
            type="button"
            part="ask"
            class="ask-button"
            aria-disabled=${ask.state === 'sending' ? 'true' : nothing}
            @click=${view.onAsk}
          >
            ${ask.state === 'sending' ? t('askSending') : askHref ? t('askButtonAfterLink', { term }) : t('askButton')}
          </button>`
        : nothing
    }
    <p class="ask-status ${ask.state === 'done' ? ask.tone : ''}" role="status" tabindex="-1">
      ${ask.state === 'done' ? ask.message : ''}
    </p>
  </div>`;
}
