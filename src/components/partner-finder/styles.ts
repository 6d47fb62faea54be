import { css } from 'lit';

export const partnerFinderStyles = css`
  :host {
    display: block;
    font: inherit;
    font-family: var(--_tb-font);
    /* Its own surface and text on any host page (light or dark: theme.ts); never the page's colours. */
    background: var(--_tb-surface);
    color: var(--_tb-text);
    container-type: inline-size;
    /* Short names for the shared tokens (src/core/theme.ts). */
    --_accent: var(--_tb-accent);
    --_border: var(--_tb-border-subtle);
    --_muted: var(--_tb-text-muted);
    --_bg-soft: var(--_tb-panel);
    --_error: var(--_tb-error);
    --_focus: var(--_tb-focus);
    --_ok: var(--_tb-success);
    --_warn: var(--_tb-warning);
    --_gap: 1rem;
    /* Directory data has long unbroken strings (emails, web addresses, long names): they wrap instead of making
       the page scroll sideways in a narrow column (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Measured to tell a narrow column from a wide one; takes no space. */
  .width-probe {
    height: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Headings by depth, whatever their level (heading-level): 0 is the element's own heading. */
  .pf-h0,
  .pf-h1,
  .pf-h2 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    font-weight: bold;
  }
  .pf-h0 {
    font-size: 1.5rem;
  }
  .pf-h1 {
    font-size: 1.2rem;
  }
  .pf-h2 {
    font-size: 1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_tb-text);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: 0;
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_accent);
    background: var(--_tb-surface);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_tb-on-accent);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    font-weight: inherit;
  }
  input,
  select,
  textarea {
    font: inherit;
    border: 2px solid var(--_tb-border);
    border-radius: 0;
    padding: 0.4rem;
    max-width: 100%;
    background: var(--_tb-field);
    color: var(--_tb-text);
  }
  input[type='search'],
  input[type='text'],
  input[type='url'],
  input[type='date'],
  textarea,
  select.wide {
    width: 100%;
  }
  textarea {
    min-height: 6rem;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_tb-on-accent);
  }
  .layout {
    display: grid;
    gap: var(--_gap);
  }
  /* Grid columns may shrink below their longest word. */
  .layout > * {
    min-width: 0;
  }
  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(14rem, 18rem) 1fr;
      align-items: start;
    }
  }
  .search label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .filters > summary {
    font-weight: 700;
    cursor: pointer;
    padding: 0.5rem 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.2rem 0;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
  }
  .option.zero label {
    color: var(--_muted);
  }
  .count {
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    justify-content: space-between;
    margin-bottom: 0.75rem;
  }
  .toolbar .sort label {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    margin: 0 0 0.75rem;
    list-style: none;
  }
  .chips button {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    background: var(--_bg-soft);
    border-color: var(--_border);
    color: inherit;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-left: 5px solid var(--_accent);
    padding: 0.75rem;
    background: var(--_tb-surface);
    /* Cards out of view are not laid out until scrolled near (the first page's layout was most of its drawing);
       their last size is remembered, so the page does not jump. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }
  .card .pf-h1 {
    font-size: 1.1rem;
    margin-bottom: 0.25rem;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.95rem;
    margin-bottom: 0.35rem;
  }
  .reason {
    font-size: 0.95rem;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    font-size: 0.9rem;
    border: 1px solid currentColor;
  }
  .badge.fresh {
    color: var(--_ok);
  }
  .badge.ageing {
    color: var(--_warn);
  }
  .badge.stale,
  .badge.unknown {
    color: var(--_muted);
  }
  .notice {
    border: 4px solid var(--_accent);
    padding: 0.75rem;
    margin: 0 0 var(--_gap);
  }
  .notice.problem {
    border-color: var(--_error);
  }
  .notice.success {
    border-color: var(--_ok);
  }
  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .detail dl {
    display: grid;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
  }
  @container (min-width: 36rem) {
    .detail dl {
      grid-template-columns: 11rem 1fr;
    }
  }
  .detail dt {
    font-weight: 700;
  }
  .detail dd {
    margin: 0 0 0.5rem;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .description {
    white-space: pre-line;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: 0.5rem 0.5rem 0.5rem 0;
  }
  .gaps th[scope='row'] {
    width: 50%;
    overflow-wrap: break-word;
  }
  .gap-count {
    display: block;
    font-weight: 700;
  }
  tr.gap .gap-count {
    color: var(--_error);
  }
  .gap-examples {
    display: block;
    color: var(--_muted);
  }
  .form-group {
    margin-bottom: 1.25rem;
  }
  .form-group > label,
  .form-group > legend {
    display: block;
    font-weight: 700;
  }
  .form-group.has-error {
    border-left: 5px solid var(--_error);
    padding-left: 0.75rem;
  }
  .form-group.has-error input,
  .form-group.has-error textarea,
  .form-group.has-error select {
    border-color: var(--_error);
  }
  .hint {
    color: var(--_muted);
    display: block;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    display: block;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: 1rem;
    margin-bottom: 1rem;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
    /* WCAG 2.2 target size: each link at least 24 px high. */
    display: inline-block;
    min-block-size: 24px;
    line-height: 24px;
    padding-block: 2px;
  }
  .facts {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.1rem;
    font-size: 0.95em;
  }
  .error-summary li + li {
    margin-top: 0.25rem;
  }
  .panel {
    border-top: 2px solid var(--_border);
    margin-top: 1rem;
    padding-top: 1rem;
  }
  .guide details {
    border-bottom: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .guide summary {
    cursor: pointer;
    font-weight: 700;
  }
  .print-only {
    display: none;
  }
  @media print {
    .views,
    .controls,
    .toolbar,
    .chips,
    .more,
    .no-print,
    .results.printing .cards {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .print-only {
      display: block;
    }
    .card {
      break-inside: avoid;
      content-visibility: visible;
    }
    .print-list li {
      break-inside: avoid;
      margin-bottom: 0.5rem;
    }
    a {
      color: inherit;
    }
  }
`;
