import { css, unsafeCSS } from 'lit';

const PRINTABLE = ['letter', 'receipt', 'note', 'policy'];

/** Print: only the part named by the `printing` attribute, black on white, without buttons. */
const printRules = PRINTABLE.map(
  kind => `
  :host([printing='${kind}']) .root > *:not(:has([data-output='${kind}'])):not([data-output='${kind}']),
  :host([printing='${kind}']) .outputs > *:not([data-output='${kind}']) {
    display: none !important;
  }`
).join('\n');

export const donationCheckerStyles = [
  css`
    :host {
      display: block;
      background: var(--_tb-surface);
      color: var(--_tb-text);
      line-height: 1.5;
      padding: 1rem;
      border-radius: var(--_tb-radius);
    }
    :host([hidden]) {
      display: none;
    }
    h2,
    h3,
    h4,
    h5,
    h6,
    .title {
      line-height: 1.25;
      margin: 1.25rem 0 0.5rem;
    }
    .root > :first-child {
      margin-top: 0;
    }
    p {
      margin: 0 0 0.75rem;
    }
    .hint,
    .as-of {
      color: var(--_tb-text-muted);
    }
    .warning {
      color: var(--_tb-warning);
      font-weight: 700;
    }
    .views {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.75rem 0 1rem;
      padding: 0;
      list-style: none;
    }
    .views [aria-pressed='true'] {
      color: var(--_tb-on-accent);
      background: var(--_tb-accent);
      border-color: var(--_tb-accent);
    }
    .panel {
      background: var(--_tb-panel);
      border: 1px solid var(--_tb-border-subtle);
      border-radius: var(--_tb-radius);
      padding: 1rem;
      margin: 0 0 1rem;
    }
    .section {
      border: 0;
      border-top: 1px solid var(--_tb-border-subtle);
      margin: 0 0 1rem;
      padding: 0.75rem 0 0;
      min-width: 0;
    }
    .section > legend {
      font-weight: 700;
      font-size: 1.125rem;
      padding: 0;
    }
    .narrow .tb-input {
      max-width: 12rem;
    }
    .actions,
    .output-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .help {
      margin: 0 0 1rem;
    }
    .help summary {
      cursor: pointer;
      color: var(--_tb-accent);
      text-decoration: underline;
      font-weight: 700;
    }
    .help summary:focus-visible {
      outline: 3px solid transparent;
      color: var(--_tb-focus-text);
      background: var(--_tb-focus);
    }
    .help-body {
      border-left: 4px solid var(--_tb-border-subtle);
      padding: 0.25rem 0 0 1rem;
      margin-top: 0.5rem;
    }
    .help-title {
      font-size: 1rem;
      margin: 0.5rem 0 0.25rem;
    }
    .outcome {
      border-left: 8px solid var(--_tb-border);
      background: var(--_tb-panel);
      padding: 0.75rem 1rem;
      margin: 0 0 1rem;
    }
    .outcome--accept {
      border-color: var(--_tb-success);
    }
    .outcome--review {
      border-color: var(--_tb-warning);
    }
    .outcome--decline {
      border-color: var(--_tb-error);
    }
    .outcome-title {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .criteria,
    .policy-rules {
      padding: 0;
      margin: 0 0 1rem;
      list-style: none;
    }
    .criterion,
    .policy-rule {
      border-top: 1px solid var(--_tb-border-subtle);
      padding: 0.75rem 0;
    }
    .criterion-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: baseline;
    }
    .badge {
      font-weight: 700;
    }
    .badge--pass {
      color: var(--_tb-success);
    }
    .badge--fail {
      color: var(--_tb-error);
    }
    .badge--unknown {
      color: var(--_tb-warning);
    }
    .clause-number {
      color: var(--_tb-text-muted);
    }
    .policy-rule .clause-number {
      color: var(--_tb-text);
      margin-right: 0.5rem;
    }
    .quote {
      margin: 0.25rem 0 0;
      padding: 0.25rem 0 0.25rem 0.75rem;
      border-left: 4px solid var(--_tb-border-subtle);
      font-style: italic;
    }
    .fix {
      font-weight: 700;
    }
    .output-text {
      white-space: pre-wrap;
      background: var(--_tb-field);
      color: var(--_tb-text);
      border: 1px solid var(--_tb-border-subtle);
      padding: 0.75rem;
      margin: 0 0 0.75rem;
    }
    .donor {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .message--error {
      color: var(--_tb-error);
      font-weight: 700;
    }
    .config {
      border: 4px solid var(--_tb-error);
      padding: 0.75rem 1rem;
      margin: 0 0 1rem;
    }
    .table-wrap {
      overflow-x: auto;
      margin: 0 0 1rem;
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--_tb-focus);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding: 0 0 0.5rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--_tb-border-subtle);
      vertical-align: top;
    }
    .answer--decline {
      color: var(--_tb-error);
      font-weight: 700;
    }
    .answer--accept {
      color: var(--_tb-success);
      font-weight: 700;
    }
    .file {
      font: inherit;
      color: var(--_tb-text);
    }
    .file:focus-visible {
      outline: 3px solid var(--_tb-focus);
      outline-offset: 2px;
    }
    .refused ul {
      list-style: none;
      padding: 0;
    }
    .refused li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    @media print {
      :host,
      :host(:state(dark)) {
        --_tb-surface: #fff;
        --_tb-text: #000;
        --_tb-text-muted: #333;
        --_tb-panel: #fff;
        --_tb-field: #fff;
        --_tb-border-subtle: #999;
        padding: 0;
        font-size: 12pt;
      }
      .screen-only,
      .output-actions,
      .output > :is(h2, h3, h4, h5, h6) {
        display: none !important;
      }
      .output-text {
        border: 0;
        padding: 0;
        font-family: Georgia, 'Times New Roman', serif;
      }
      .panel {
        border: 0;
        padding: 0;
      }
    }
  `,
  unsafeCSS(`@media print {${printRules}}`)
];
