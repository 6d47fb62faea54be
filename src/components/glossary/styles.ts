import { css } from 'lit';
import { baseStyles } from '../../core/base-styles.js';

export const glossaryStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      font: inherit;
    }
    .problems {
      margin: 1rem 0;
      padding: 0.5rem 0.75rem;
      border-left: 5px solid var(--_tb-error);
      background: var(--_tb-surface);
      color: var(--_tb-text);
    }
    .problems summary {
      cursor: pointer;
      font-weight: 700;
    }
    .problems li {
      overflow-wrap: anywhere;
    }
  `
];

export const jargonStyles = [
  ...baseStyles,
  css`
    :host {
      display: inline;
      font: inherit;
    }
    .term {
      display: inline;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      color: inherit;
      text-align: inherit;
      /* Buttons reset these; the term should look like the words around it (capitals, spacing, shadow). */
      text-transform: inherit;
      letter-spacing: inherit;
      word-spacing: inherit;
      text-shadow: inherit;
      cursor: pointer;
      text-decoration: underline dotted;
      text-decoration-color: var(--_tb-accent);
      text-decoration-thickness: 2px;
      text-underline-offset: 0.2em;
      -webkit-box-decoration-break: clone;
      box-decoration-break: clone;
    }
    .term:hover {
      text-decoration-style: solid;
    }
    .term:focus-visible,
    .popover:focus-visible,
    .popover a:focus-visible,
    .popover button:focus-visible,
    .ask-status:focus-visible {
      outline: 3px solid var(--_tb-focus);
      outline-offset: 0;
      box-shadow: 0 0 0 5px var(--_tb-focus-text);
    }
    .term[aria-expanded='true'] {
      background: var(--_tb-panel);
    }
    .popover {
      position: fixed;
      inset: auto;
      left: 0;
      top: 0;
      z-index: 1000;
      box-sizing: border-box;
      width: min(var(--tb-jargon-width, 22rem), calc(100vw - 16px));
      max-height: min(70vh, 32rem);
      overflow: auto;
      margin: 0;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_tb-border);
      border-radius: 4px;
      background: var(--_tb-surface);
      color: var(--_tb-text);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
      font: inherit;
      font-size: 1rem;
      line-height: 1.4;
      text-align: start;
      white-space: normal;
      font-weight: normal;
      font-style: normal;
    }
    .popover[hidden] {
      display: none;
    }
    .popover.sheet {
      left: var(--_tb-sheet-left, 0) !important;
      right: auto;
      top: auto !important;
      bottom: 0;
      width: var(--_tb-sheet-width, 100vw);
      max-width: 100vw;
      max-height: 70vh;
      border-radius: 12px 12px 0 0;
      padding-bottom: max(1rem, env(safe-area-inset-bottom));
    }
    .popover.sheet.top {
      top: 0 !important;
      bottom: auto;
      border-radius: 0 0 12px 12px;
      padding-bottom: 0.75rem;
    }
    .popover.sheet .head {
      /* The top Close stays in view while a long definition scrolls inside the sheet. */
      position: sticky;
      top: -0.75rem;
      z-index: 1;
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      margin: -0.75rem -1rem 0.5rem;
      padding: 0.5rem 1rem 0.25rem;
      background: var(--_tb-surface);
    }
    .popover.sheet .head .title {
      flex: 1 1 auto;
      min-width: 0;
      margin: 0;
      padding-top: 0.25rem;
      overflow-wrap: anywhere;
    }
    .popover p,
    .popover ul {
      margin: 0 0 0.5rem;
    }
    .popover ul {
      padding-left: 1.25rem;
    }
    .title {
      font-weight: 700;
    }
    .short-for {
      font-weight: normal;
    }
    .meaning,
    .source,
    .note {
      font-size: 0.9em;
      color: var(--_tb-text-muted);
    }
    .definition :first-child,
    .more :first-child {
      margin-top: 0;
    }
    .others-title,
    .label {
      font-weight: 700;
    }
    .popover a {
      color: var(--_tb-accent);
    }
    .ask {
      margin-top: 0.5rem;
      padding-top: 0.5rem;
      border-top: 1px solid var(--_tb-border-subtle);
    }
    .ask-button,
    .close {
      font: inherit;
      font-size: 0.95em;
      padding: 0.3rem 0.6rem;
      border: 2px solid currentColor;
      border-radius: 4px;
      background: var(--_tb-surface);
      color: var(--_tb-accent);
      cursor: pointer;
      min-height: 44px;
    }
    .ask-button[aria-disabled='true'] {
      opacity: 0.7;
      cursor: progress;
    }
    .ask-status:empty {
      display: none;
    }
    .ask-status.ok {
      color: var(--_tb-success);
    }
    .ask-status.error {
      color: var(--_tb-error);
    }
    .close {
      display: block;
      margin-top: 0.5rem;
      min-width: 44px;
      color: var(--_tb-text);
    }
    .top-close {
      flex: 0 0 auto;
      margin: 0;
      /* Room for the focus ring inside the scrolling sheet. */
      margin-top: 0.25rem;
      min-height: 44px;
      min-width: 44px;
    }
    @media (prefers-reduced-motion: no-preference) {
      .popover.sheet {
        animation: tb-rise 150ms ease-out;
      }
      .popover.sheet.top {
        animation-name: tb-drop;
      }
      @keyframes tb-rise {
        from {
          transform: translateY(20%);
        }
      }
      @keyframes tb-drop {
        from {
          transform: translateY(-20%);
        }
      }
    }
    @media print {
      .term {
        text-decoration: none;
      }
      .popover {
        display: none !important;
      }
    }
    @media (forced-colors: active) {
      .term {
        text-decoration-color: LinkText;
      }
      .popover {
        border: 2px solid CanvasText;
      }
    }
  `
];

export const indexStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      font: inherit;
      background: var(--_tb-surface);
      color: var(--_tb-text);
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .hint {
      margin: 0 0 0.25rem;
      color: var(--_tb-text-muted);
    }
    input[type='search'] {
      box-sizing: border-box;
      background: var(--_tb-field);
      color: var(--_tb-text);
      width: 100%;
      max-width: 30rem;
      font: inherit;
      padding: 0.4rem;
      border: 2px solid var(--_tb-border);
      border-radius: 0;
    }
    input:focus-visible,
    a:focus-visible,
    button:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_tb-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_tb-focus-text);
    }
    .letters ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 1rem 0;
      padding: 0;
    }
    /* Only the boxes, never the spans inside them: an inline-block span inside a link would hide its underline. */
    .letters a,
    .letters .disabled {
      display: inline-block;
      min-width: 2.25rem;
      min-height: 2.25rem;
      line-height: 2.25rem;
      text-align: center;
    }
    /* A letter with terms is a link: bold, accent colour, underlined. */
    .letters a {
      color: var(--_tb-accent);
      font-weight: 700;
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.15em;
    }
    /* A letter without terms is plain text: grey, not bold, not underlined (so not told apart by colour alone). */
    .letters .disabled {
      color: var(--_tb-text-muted);
      font-weight: normal;
      text-decoration: none;
    }
    .count {
      margin: 0.5rem 0;
    }
    .letter-heading {
      margin: 1.5rem 0 0.5rem;
      font-size: 1.5rem;
      border-bottom: 1px solid var(--_tb-border-subtle);
    }
    dl {
      margin: 0;
    }
    /* A box of entries far off screen is not laid out until it comes near (5,000 entries would be seconds of
       layout at every step); its text is still found by the browser's Find and read by screen readers. */
    .chunk {
      content-visibility: auto;
      contain-intrinsic-size: auto 40rem;
    }
    dt {
      font-weight: 700;
      font-size: 1.15rem;
      margin-top: 1rem;
      scroll-margin-top: 1rem;
    }
    dt:target,
    dt.targeted {
      background: var(--_tb-panel);
    }
    dd {
      margin: 0.25rem 0 0;
      /* A definition far off screen is not laid out until it comes near (5,000 of them would be seconds of layout);
         its text is still found by the browser's Find and read by screen readers. */
    }
    dd p,
    dd ul {
      margin: 0 0 0.5rem;
    }
    .names,
    .source,
    .related {
      font-size: 0.9em;
      color: var(--_tb-text-muted);
    }
    .sense-label {
      font-weight: 700;
    }
    dd a {
      color: var(--_tb-accent);
    }
    .self-link {
      font-size: 0.8em;
      font-weight: normal;
      margin-left: 0.5rem;
      color: var(--_tb-accent);
    }
    .empty {
      padding: 1rem;
      border-left: 5px solid var(--_tb-border-subtle);
    }
    @media print {
      .search,
      .letters,
      .self-link,
      .count {
        display: none !important;
      }
      dt,
      dd {
        break-inside: avoid;
      }
      .letter-heading {
        break-after: avoid;
      }
    }
  `
];
