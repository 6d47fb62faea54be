import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { glossaryContext } from '../../core/context.js';
import type { SubmitController, SubmitState } from '../../core/controllers/submit.js';
import { I18nController, stringsConverter, type StringOverrides } from '../../core/i18n.js';
import { TbElement } from '../../core/tb-element.js';
import { emitGlossaryEvent, makeContextValue, type GlossaryContextValue, type GlossaryHost } from './events.js';
import { sharedGlossary } from './load.js';
import { markdownNode } from './markdown-node.js';
import { chooseSense, findSense, type AliasTarget, type Glossary, type GlossaryEntry } from './model.js';
import en from './strings/en.js';
import { contextAround } from './context-text.js';
import { pieceLinker } from './link-terms.js';
import { jargonStyles } from './styles.js';
import { askLink, indexLink, renderBox, type AskView, type BoxContent } from './views/jargon-box.js';

type OpenMode = 'click' | 'hover' | 'program';
const IDLE: AskView = { state: 'idle' };
const HOVER_OPEN_DELAY = 400;
const HOVER_CLOSE_DELAY = 300;
const NARROW = '(max-width: 480px)';
/** A longer explanation up to this length is shown as plain text until its Markdown is ready. */
const PLAIN_FIRST_CHARS = 2_000;
const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

let current: TbJargon | undefined;
const warnedTerms = new Set<string>();

/**
 * A glossary term: a button that opens its plain-language definition in a small non-modal popover (a
 * toggletip). Inside `<tb-glossary>` it uses that glossary; alone, its own `glossary-src` and the built-in one.
 *
 * @summary A term that explains itself when clicked.
 *
 * @slot - The term as it appears in the text.
 *
 * @event tb-jargon-toggle - The definition opened or closed. `detail: { term, open, sense }`.
 * @event tb-submit - "Ask IT" is about to send a `glossary-suggestion` (cancelable).
 * @event tb-submitted - The suggestion was received.
 * @event tb-queued - The suggestion is saved on this computer and will be sent later.
 * @event tb-error - The suggestion was refused.
 *
 * @csspart term - The button around the term.
 * @csspart popover - The definition box.
 * @csspart close - The close button in the box (at the end of the box; at the top of the sheet on narrow screens).
 * @csspart ask - The "Still confused? Ask IT" link or button.
 *
 * @cssproperty --tb-color-accent - Underline and link colour. Default #1d70b8.
 * @cssproperty --tb-color-focus - Focus outline colour. Default #ffdd00.
 * @cssproperty --tb-color-text - Text colour in the box. Default #0b0c0c.
 * @cssproperty --tb-color-surface - Background of the box. Default #ffffff.
 * @cssproperty --tb-jargon-width - Width of the box. Default 22rem.
 */
export class TbJargon extends TbElement {
  static override styles = jargonStyles;

  /** The glossary term or its id, when the text differs (`<tb-jargon term="OPAC">the catalogue</tb-jargon>`). */
  @property() term = '';

  /** Which meaning to show first, by number (1, 2…) or label; by default the context decides. */
  @property() sense = '';

  /** Glossary files to use when no `<tb-glossary>` is around (space-separated, most important first). */
  @property({ attribute: 'glossary-src' }) glossarySrc = '';

  /** Alone (no `<tb-glossary>`): leave out the built-in glossary. */
  @property({ type: Boolean, attribute: 'no-default' }) noDefault = false;

  /** Page for "Still confused? Ask IT" (overrides the glossary's `ask-url`). */
  @property({ attribute: 'ask-url' }) askUrl: string | null = null;

  /** Where "Ask IT" sends a `glossary-suggestion` (overrides the glossary's `endpoint`). */
  @property() endpoint: string | null = null;

  /** Show the definition when the pointer rests on the term for a moment. */
  @property({ type: Boolean, attribute: 'hover-preview' }) hoverPreview = false;

  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;

  /** True while the definition is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Set by `<tb-glossary annotate>` for the terms it wraps: a direct line to the glossary, no context request. */
  glossaryHost?: GlossaryHost;

  /**
   * Used by `<tb-glossary annotate>` for each term it wraps: the provider, and the entry its matcher already found
   * (the `term` attribute is that entry's id), so the term needs neither a context request nor a look-up.
   */
  annotatedBy(host: GlossaryHost, glossary: Glossary, entry: GlossaryEntry): void {
    this.glossaryHost = host;
    this.target = { entry, sense: -1 };
    this.targetFor = { glossary, term: entry.id };
  }

  @state() private fromContext?: GlossaryContextValue;
  @state() private fromOwnSrc?: GlossaryContextValue;
  @state() private popoverMade = false;
  @state() private content?: BoxContent;
  @state() private sheet = false;
  /** The sheet sits at the top of the screen: the term is too low for the page to scroll it above the sheet. */
  @state() private sheetAtTop = false;
  @state() private ask: AskView = IDLE;

  private readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  /** Core's words for delivery outcomes, loaded with the submit code on the first question: most terms never ask. */
  private outcome?: { words: (kind: 'wait' | 'fail', code: string) => string };
  /** Made on the first "Ask IT" only: a page may hold thousands of terms, and most are never asked about. */
  private sender?: SubmitController;

  private consumer?: ContextConsumer<typeof glossaryContext, TbJargon>;
  private target?: AliasTarget;
  private targetFor?: { glossary: Glossary; term: string };
  private mode: OpenMode = 'click';
  private shown = false;
  private cleanupPosition?: () => void;
  private hoverTimer = 0;
  private hoverButton?: HTMLButtonElement;

  override connectedCallback(): void {
    if (!this.glossaryHost && !this.consumer) {
      this.consumer = new ContextConsumer(this, {
        context: glossaryContext,
        subscribe: true,
        callback: value => {
          this.fromContext = value as GlossaryContextValue | undefined;
        }
      });
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.shown) this.hide(false);
    clearTimeout(this.hoverTimer);
  }

  /** The glossary this term reads: its annotating glossary, the one around it, or its own. */
  private get value(): GlossaryContextValue | undefined {
    return this.glossaryHost?.contextValue ?? this.fromContext ?? this.fromOwnSrc;
  }

  private get termText(): string {
    return (this.term || this.textContent || '').trim();
  }

  private resolve(): AliasTarget | undefined {
    const value = this.value;
    if (!value?.ready) return undefined;
    const term = this.termText;
    if (this.targetFor?.glossary !== value.glossary || this.targetFor.term !== term) {
      this.target = value.glossary.lookup(term);
      this.targetFor = { glossary: value.glossary, term };
    }
    return this.target;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.glossaryHost && !this.fromContext && !this.fromOwnSrc && this.hasUpdated === false) {
      void this.loadOwn();
    } else if (changed.has('glossarySrc') && this.hasUpdated && !this.glossaryHost && !this.fromContext) {
      void this.loadOwn();
    }
  }

  private async loadOwn(): Promise<void> {
    // A provider answers synchronously when this element connects; only an element with none loads its own.
    if (this.glossaryHost || this.fromContext) return;
    const src = this.glossarySrc;
    const glossary = await sharedGlossary(src, !this.noDefault);
    if (src !== this.glossarySrc || this.fromContext) return;
    this.fromOwnSrc = makeContextValue(glossary, true, {
      askUrl: '',
      endpoint: '',
      indexUrl: '',
      hoverPreview: false
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const value = this.value;
    if (value?.ready && !this.resolve()) {
      const key = `${this.termText}`;
      if (!warnedTerms.has(key)) {
        warnedTerms.add(key);
        console.warn(
          `Techbridge <tb-jargon>: "${this.termText}" is not in the glossary, so it is shown as plain text. Add it to the glossary or check the spelling.`
        );
      }
    }
    if (changed.has('open') && this.open !== this.shown) {
      if (this.open) void this.show('program');
      else this.hide(false);
    }
    this.listenForHover();
  }

  /** Opens the definition. Keyboard and click opening move focus into it; hover does not. */
  async show(mode: OpenMode = 'program'): Promise<void> {
    const target = this.resolve();
    if (!target) return;
    // A preview never replaces a box someone opened on purpose: they may be reading it, with focus inside.
    if (mode === 'hover' && current && current !== this && current.mode !== 'hover') return;
    if (current && current !== this) current.hide(false);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one open term on the page
    current = this;
    this.mode = mode;
    if (!this.content || this.content.entry !== target.entry) this.buildContent(target);
    this.popoverMade = true;
    this.shown = true;
    this.open = true;
    await this.updateComplete;
    const pop = this.popoverEl;
    if (!pop || !this.shown) return;
    if (supportsPopover) {
      if (!pop.matches(':popover-open')) pop.showPopover();
    } else {
      pop.hidden = false;
    }
    this.sheet = window.matchMedia(NARROW).matches;
    await this.updateComplete;
    pop.style.maxHeight = '';
    this.sheetAtTop = false;
    await this.updateComplete;
    if (this.sheet) await this.keepTermVisible(pop);
    else void this.place(pop);
    if (mode === 'click') pop.focus({ preventScroll: this.sheet });
    document.addEventListener('keydown', this, true);
    document.addEventListener('pointerdown', this, true);
    document.addEventListener('pointerover', this, true);
    this.renderRoot.addEventListener('focusout', this);
    emitGlossaryEvent(this, 'tb-jargon-toggle', {
      term: target.entry.term,
      open: true,
      sense: this.content ? target.entry.senses[this.content.chosen].label : ''
    });
  }

  /** Closes the definition; with `returnFocus`, puts focus back on the term. */
  hide(returnFocus = false): void {
    clearTimeout(this.hoverTimer);
    if (!this.shown) return;
    this.shown = false;
    this.open = false;
    if (current === this) current = undefined;
    this.cleanupPosition?.();
    this.cleanupPosition = undefined;
    document.removeEventListener('keydown', this, true);
    document.removeEventListener('pointerdown', this, true);
    document.removeEventListener('pointerover', this, true);
    this.renderRoot.removeEventListener('focusout', this);
    const pop = this.popoverEl;
    if (pop) {
      if (supportsPopover) {
        if (pop.matches(':popover-open')) pop.hidePopover();
      } else {
        pop.hidden = true;
      }
    }
    if (returnFocus) this.button?.focus();
    const target = this.resolve();
    if (target) emitGlossaryEvent(this, 'tb-jargon-toggle', { term: target.entry.term, open: false, sense: '' });
  }

  private get popoverEl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#popover');
  }

  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('button.term');
  }

  private async place(pop: HTMLElement): Promise<void> {
    const button = this.button;
    if (!button) return;
    const { autoUpdate, computePosition, flip, inline, offset, shift, size } = await import('@floating-ui/dom');
    if (!this.shown) return;
    this.cleanupPosition?.();
    this.cleanupPosition = autoUpdate(button, pop, () => {
      void computePosition(button, pop, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on screen: a long definition scrolls inside the box instead of running off
          // the bottom of the window, where a fixed box could not be scrolled to.
          size({
            padding: 8,
            apply({ availableHeight }) {
              pop.style.maxHeight = `${Math.max(160, Math.min(512, Math.floor(availableHeight)))}px`;
            }
          })
        ]
      }).then(({ x, y }) => {
        // CSSOM, not a style attribute: allowed under a strict CSP.
        pop.style.left = `${x}px`;
        pop.style.top = `${y}px`;
      });
    });
  }

  /**
   * A bottom sheet must never hide the term it explains: scroll the page so the term sits just above the sheet.
   * When the page cannot scroll that far (a term near the end), the sheet moves to the top of the screen instead.
   */
  private async keepTermVisible(pop: HTMLElement): Promise<void> {
    const button = this.button;
    if (!button) return;
    this.fitSheetToScreen(pop);
    const gap = 8;
    const box = () => button.getBoundingClientRect();
    // The sheet is fixed to the bottom; offsetHeight ignores the rising animation.
    const overlap = box().bottom + gap - (window.innerHeight - pop.offsetHeight);
    if (overlap > 0) window.scrollBy({ top: overlap, behavior: 'instant' });
    else if (box().top < 0) window.scrollBy({ top: box().top - gap, behavior: 'instant' });
    if (box().bottom + gap <= window.innerHeight - pop.offsetHeight) return;
    this.sheetAtTop = true;
    await this.updateComplete;
    if (pop.offsetHeight + gap > box().top) {
      // CSSOM, not a style attribute: allowed under a strict CSP. Never shorter than a readable 10rem.
      pop.style.maxHeight = `${Math.max(160, Math.floor(box().top - gap))}px`;
    }
  }

  /**
   * The sheet spans what the person sees, not the page: on a page wider than the screen (a wide table), the
   * layout can be wider than the screen, and a sheet as wide as the page would put Close out of sight.
   */
  private fitSheetToScreen(pop: HTMLElement): void {
    const view = window.visualViewport;
    const width = Math.min(view?.width ?? window.innerWidth, document.documentElement.clientWidth || Infinity);
    // CSSOM, not a style attribute: allowed under a strict CSP.
    pop.style.setProperty('--_tb-sheet-left', `${Math.max(0, view?.offsetLeft ?? 0)}px`);
    pop.style.setProperty('--_tb-sheet-width', `${Math.floor(width)}px`);
  }

  private buildContent(target: AliasTarget): void {
    const entry = target.entry;
    const forced = findSense(entry, this.sense);
    const preferred = forced >= 0 ? forced : target.sense;
    let choice = chooseSense(entry, '', preferred);
    if (entry.senses.length > 1 && preferred < 0) {
      // The nearest cues decide: the term's own paragraph, and only when it has none, the paragraphs beside it.
      for (const text of contextAround(this)) {
        choice = chooseSense(entry, text);
        if (choice.scores.some(n => n > 0)) break;
      }
    }
    const chosen = entry.senses[choice.chosen];
    const content: BoxContent = {
      entry,
      chosen: choice.chosen,
      others: choice.others,
      // Plain text first; the Markdown rendering replaces it as soon as it is ready. A long explanation waits for
      // its Markdown, which shows its beginning first: laying out all of it twice would hold the page still.
      definition: chosen.definition,
      more: chosen.more.length > PLAIN_FIRST_CHARS ? '' : chosen.more,
      otherDefinitions: choice.others.map(i => entry.senses[i].definition)
    };
    this.content = content;
    // Elements, not fragments: a box drawn again (closed and reopened) still shows its definition.
    // With an index page, the jargon a definition still uses links to its own entry there (each entry once).
    const indexUrl = this.value?.settings.indexUrl;
    const linker = () =>
      pieceLinker(this.value?.glossary, entry.id, indexUrl && (id => indexLink({ id } as GlossaryEntry, indexUrl)));
    void Promise.all([
      markdownNode(chosen.definition, { each: linker() }),
      markdownNode(chosen.more, { each: linker(), early: true }),
      Promise.all(choice.others.map(i => markdownNode(entry.senses[i].definition, { inline: true })))
    ]).then(([definition, more, otherDefinitions]) => {
      if (this.content !== content) return;
      this.content = { ...content, definition, more, otherDefinitions };
    });
  }

  private hoverEnabled(): boolean {
    return this.hoverPreview || !!this.value?.settings.hoverPreview;
  }

  private handleClick(event: MouseEvent): void {
    // The second click of a double-click would close what the first one opened.
    if (event.detail > 1) return;
    if (this.shown && this.mode === 'hover') {
      // A click on a previewed term keeps it open and moves focus into it.
      this.mode = 'click';
      this.popoverEl?.focus();
      return;
    }
    if (this.shown) this.hide(false);
    else void this.show('click');
  }

  private handlePointerEnter(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || !this.hoverEnabled()) return;
    clearTimeout(this.hoverTimer);
    if (!this.shown) this.hoverTimer = window.setTimeout(() => void this.show('hover'), HOVER_OPEN_DELAY);
  }

  private handlePointerLeave(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    clearTimeout(this.hoverTimer);
    // Only a preview closes by itself, and not while the pointer is on its way into the box (WCAG 1.4.13).
    if (this.shown && this.mode === 'hover') {
      this.hoverTimer = window.setTimeout(() => this.hide(false), HOVER_CLOSE_DELAY);
    }
  }

  /**
   * Listeners added only when needed, with this element as the listener: on the document while open (keydown,
   * pointerdown, pointerover), on the shadow root while open (focusout), and on the term for hover previews
   * (pointerenter, pointerleave). A closed term on a page with thousands carries one: its button's click.
   */
  handleEvent(event: Event): void {
    switch (event.type) {
      case 'keydown':
        return this.handleDocumentKeydown(event as KeyboardEvent);
      case 'pointerdown':
        return this.handleDocumentPointerDown(event as PointerEvent);
      case 'focusout':
        return this.handleFocusOut(event as FocusEvent);
      case 'pointerenter':
        return this.handlePointerEnter(event as PointerEvent);
      case 'pointerleave':
        return this.handlePointerLeave(event as PointerEvent);
      case 'pointerover':
        // A preview opened under a pointer that never entered it (a swapped light term) may get no pointerleave.
        if (!event.composedPath().includes(this)) this.handlePointerLeave(event as PointerEvent);
    }
  }

  /** Hover previews: the term listens for the pointer once they are switched on (the box has its own bindings). */
  private listenForHover(): void {
    if (!this.hoverEnabled()) return;
    const button = this.button;
    if (!button || button === this.hoverButton) return;
    this.hoverButton = button;
    button.addEventListener('pointerenter', this);
    button.addEventListener('pointerleave', this);
  }

  private handleDocumentKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.shown) return;
    const path = event.composedPath();
    const inside = path.includes(this);
    // Escape always dismisses; focus comes back only if it was with us (a preview never took it).
    event.stopPropagation();
    this.hide(inside || this.mode === 'click');
  }

  private handleDocumentPointerDown(event: PointerEvent): void {
    if (!event.composedPath().includes(this)) this.hide(false);
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shown || this.mode === 'hover') return;
    if (this.contains(next) || this.renderRoot.contains(next)) return;
    // Tabbing past the end of a non-modal box closes it, like a disclosure.
    this.hide(false);
  }

  private async handleAsk(): Promise<void> {
    const content = this.content;
    if (!content || this.ask.state === 'sending') return;
    const entry = content.entry;
    const endpointAttr = this.endpoint ?? this.value?.settings.endpoint ?? '';
    const t = this.i18n.t.bind(this.i18n);
    const [{ SubmitController }, { coreI18n }, { failText, waitText }, { parseEndpoint }, { createEnvelope }] =
      await Promise.all([
        import('../../core/controllers/submit.js'),
        import('../../core/core-i18n.js'),
        import('../../core/form/outcome.js'),
        import('../../core/submit.js'),
        import('../../core/envelope.js')
      ]);
    if (!this.outcome) {
      const core = coreI18n(this);
      this.outcome = {
        words: (kind, code) =>
          kind === 'wait'
            ? waitText(core, code as Parameters<typeof waitText>[1])
            : failText(core, code as Parameters<typeof failText>[1])
      };
    }
    this.sender ??= new SubmitController(this, {
      types: ['glossary-suggestion'],
      // "Sent" later (it waited on this computer), refused later: the box says so when it happens.
      onChange: state => this.showAsk(state)
    });
    const sentence = contextAround(this)[0].replace(/\s+/g, ' ').trim().slice(0, 500);
    const data = {
      term: entry.term.slice(0, 200),
      termId: entry.id.slice(0, 200),
      sense: entry.senses[content.chosen].label.slice(0, 200),
      definitionShown: entry.senses[content.chosen].definition.slice(0, 2000),
      source: entry.source.name.slice(0, 200),
      context: sentence
    };
    const focused = (this.renderRoot as ShadowRoot).activeElement?.classList.contains('ask-button') === true;
    await this.sender.submit(createEnvelope('glossary-suggestion', data), {
      endpoint: parseEndpoint(endpointAttr),
      mail: {
        subject: t('askMailSubject', { term: entry.term }),
        body: t('askMailBody', { term: entry.term, page: location.href, sentence })
      }
    });
    await this.updateComplete;
    if (focused && this.ask.state === 'done' && this.shown) {
      // The button has gone with its question: focus the answer, not the page body, so keyboard users stay here.
      this.renderRoot.querySelector<HTMLElement>('.ask-status')?.focus();
    }
  }

  /** The words for the state of the question sent to IT, in the page's language. */
  private showAsk(state: SubmitState): void {
    const t = this.i18n.t.bind(this.i18n);
    switch (state.kind) {
      case 'idle':
        this.ask = IDLE;
        return;
      case 'sending':
        this.ask = { state: 'sending' };
        return;
      case 'sent':
        this.ask = {
          state: 'done',
          tone: 'ok',
          message: state.reference ? t('askSentReference', { reference: state.reference }) : t('askSent')
        };
        return;
      case 'queued':
        this.ask = {
          state: 'done',
          tone: 'waiting',
          message: `${state.persistent ? t('askSaved') : t('askWaiting')} ${this.outcome?.words('wait', state.code) ?? ''}`
        };
        return;
      case 'mailto':
        this.ask = { state: 'done', tone: 'ok', message: t('askMailto') };
        return;
      default:
        this.ask = {
          state: 'done',
          tone: 'error',
          message: t('askFailed', { reason: this.outcome?.words('fail', state.code) ?? '' })
        };
    }
  }

  override render() {
    const target = this.resolve();
    if (!target) return html`<slot></slot>`;
    // The button says what it does ("Software, explain"), and names its box from the first render.
    return html`<button
        type="button"
        class="term"
        part="term"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        @click=${this.handleClick}
      >
        <slot></slot><span class="visually-hidden">, ${this.i18n.t('explain')}</span></button
      >${this.popoverMade ? renderBox(this.boxView(), { supportsPopover, open: this.open }) : nothing}`;
  }

  private boxView() {
    const content = this.content;
    if (!content || !this.popoverMade) return undefined;
    const entry = content.entry;
    const settings = this.value?.settings;
    const askUrl = this.askUrl ?? settings?.askUrl ?? '';
    const indexUrl = settings?.indexUrl ?? '';
    return {
      content,
      i18n: this.i18n,
      sheet: this.sheet,
      sheetAtTop: this.sheetAtTop,
      open: this.open,
      supportsPopover,
      askHref: askUrl ? askLink(entry, askUrl, this.i18n.t('askSummary', { term: entry.term })) : '',
      indexHref: indexUrl ? indexLink(entry, indexUrl) : '',
      endpoint: this.endpoint ?? settings?.endpoint ?? '',
      ask: this.ask,
      onClose: this.handleCloseBound,
      onAsk: this.handleAskBound,
      onPointerEnter: this.handlePointerEnter, // Lit calls listeners with `this` = the host
      onPointerLeave: this.handlePointerLeave
    };
  }

  private readonly handleCloseBound = () => this.hide(true);
  private readonly handleAskBound = () => void this.handleAsk();
}
