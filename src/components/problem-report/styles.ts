import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    font-family: var(--_tb-font);
    /* Our own surface and text: never the page's, so a dark intranet cannot make labels unreadable. */
    background: var(--_tb-surface);
    color: var(--_tb-text);
    max-width: var(--tb-problem-report-max-width, 40rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Sizes by role, not by tag: heading-level changes the tags only. */
  .h-main,
  .h-sub,
  .h-minor {
    margin: 0 0 0.75rem;
    line-height: 1.25;
  }
  .h-main {
    font-size: 1.5rem;
  }
  .h-sub {
    font-size: 1.125rem;
  }
  .h-minor {
    font-size: 1rem;
  }
  .h-main:focus,
  .h-sub:focus,
  .h-minor:focus {
    outline: none;
  }
  p {
    margin: 0 0 1rem;
  }
  .field {
    margin: 0 0 1.5rem;
  }
  /* The answers being changed after "Change" on the check step; an error border wins over it. */
  .field--changing {
    padding-left: 0.75rem;
    border-left: 5px solid var(--_tb-accent);
  }
  .actions.return {
    margin: -0.5rem 0 1.5rem;
  }
  .field--error {
    padding-left: 0.75rem;
    border-left: 5px solid var(--_tb-error);
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  legend {
    font-size: 1.0625rem;
    padding: 0;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.5rem;
    padding: 0;
    min-width: 0;
  }
  .hint {
    display: block;
    color: var(--_tb-text-muted);
    margin: 0 0 0.5rem;
  }
  .error-message {
    display: block;
    color: var(--_tb-error);
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  input[type='text'],
  input[type='url'],
  select,
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    color: var(--_tb-text);
    background: var(--_tb-field);
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_tb-border);
    border-radius: var(--_tb-radius);
    min-height: 2.5rem;
  }
  textarea {
    resize: vertical;
    min-height: 5rem;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.9375rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_tb-error);
  }
  input:focus,
  select:focus,
  textarea:focus,
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible,
  .paste-zone:focus,
  .error-summary:focus {
    outline: 3px solid var(--_tb-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_tb-border);
  }
  a:focus-visible {
    background: var(--_tb-focus);
    box-shadow: 0 4px var(--_tb-focus-text);
    color: var(--_tb-focus-text);
    text-decoration: none;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_tb-accent);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding-top: 0.05rem;
  }
  .choice .hint {
    margin: 0;
  }
  button,
  .button {
    font: inherit;
    font-weight: 700;
    display: inline-block;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_tb-radius);
    background: var(--_tb-success);
    color: var(--_tb-on-accent);
    cursor: pointer;
    box-shadow: 0 2px 0 #002d18;
    text-decoration: none;
    text-align: center;
    line-height: 1.25;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.secondary,
  .button.secondary {
    /* Its own background and a border, so it stands out on a panel too ("This is affecting me too"). */
    background: var(--_tb-surface);
    color: var(--_tb-text);
    border-color: var(--_tb-border);
    box-shadow: 0 2px 0 var(--_tb-border-subtle);
  }
  button.link {
    background: none;
    box-shadow: none;
    color: var(--_tb-accent);
    text-decoration: underline;
    padding: 0.25rem 0;
    font-weight: 400;
  }
  /* After button.link, which would otherwise take away the focus shadow: the same focus as a link. */
  button.link:focus-visible {
    background: var(--_tb-focus);
    box-shadow: 0 4px var(--_tb-focus-text);
    color: var(--_tb-focus-text);
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
    margin: 1.5rem 0;
  }
  a {
    color: var(--_tb-accent);
  }
  .error-summary {
    border: 5px solid var(--_tb-error);
    padding: 1rem;
    margin: 0 0 1.5rem;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: var(--_tb-error);
    font-weight: 700;
  }
  .notice,
  .config,
  .coaching,
  .gaps {
    border-left: 5px solid var(--_tb-accent);
    background: var(--_tb-panel);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
  }
  .config {
    border-left-color: var(--_tb-error);
  }
  .coaching {
    border-left-color: var(--_tb-warning);
    margin: 0.5rem 0 0;
  }
  .coaching p:last-child,
  .notice p:last-child,
  .gaps ul,
  .config ul {
    margin-bottom: 0;
  }
  details {
    margin: 0 0 1.5rem;
  }
  summary {
    color: var(--_tb-accent);
    cursor: pointer;
    text-decoration: underline;
    margin-bottom: 1rem;
  }
  details > .details-body {
    border-left: 5px solid var(--_tb-border-subtle);
    padding-left: 1rem;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .paste-zone {
    border: 2px dashed var(--_tb-text-muted);
    padding: 1rem;
    margin: 0 0 0.75rem;
    text-align: center;
    background: var(--_tb-surface);
  }
  .shot img {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    border: 1px solid var(--_tb-text-muted);
    margin: 0 0 0.5rem;
  }
  .file-input {
    font: inherit;
    max-width: 100%;
  }
  dl.review {
    margin: 0 0 1.5rem;
  }
  .review-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border-bottom: 1px solid var(--_tb-border-subtle);
    padding: 0.5rem 0;
  }
  .review-row dt {
    font-weight: 700;
    flex: 1 1 10rem;
  }
  .review-row dd {
    margin: 0;
    flex: 3 1 14rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .review-row--changed {
    border-left: 5px solid var(--_tb-accent);
    padding-left: 0.5rem;
  }
  .tag {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.375rem;
    background: var(--_tb-accent);
    color: var(--_tb-on-accent);
    font-size: 0.875rem;
    font-weight: 700;
  }
  .review-row .change {
    flex: 0 0 6rem;
    text-align: right;
    white-space: normal;
  }
  /* Rows without a "Change" link (Priority, Picture) keep their value in line with the others. */
  @media (min-width: 32rem) {
    .review-row > dd:not(.change):last-child {
      margin-right: 7rem;
    }
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_tb-panel);
    padding: 0.75rem;
    margin: 0 0 1rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875rem;
  }
  .panel {
    padding: 1.25rem;
    margin: 0 0 1.5rem;
    border: 5px solid var(--_tb-accent);
  }
  .panel--sent {
    border-color: var(--_tb-success);
  }
  .panel--queued {
    border-color: var(--_tb-warning);
  }
  .panel--failed {
    border-color: var(--_tb-error);
  }
  .reference {
    display: block;
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .incidents {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .incident {
    border-left: 5px solid var(--_tb-warning);
    background: var(--_tb-panel);
    padding: 0.75rem 1rem;
    margin: 0 0 0.75rem;
  }
  .incident p {
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    .actions > * {
      width: 100%;
    }
  }
  @media print {
    .actions,
    button {
      display: none;
    }
  }
  .label-line {
    margin-bottom: 0.25rem;
  }
  .label-line label {
    display: inline;
  }
  .marker {
    color: var(--_tb-text-muted);
    font-weight: 400;
  }
  .contact-ask {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-left: 5px solid var(--_tb-accent);
    background: var(--_tb-panel);
  }
  .contact-ask .h-minor {
    margin: 0 0 0.5rem;
  }
  .contact-ask input {
    margin-bottom: 0.75rem;
  }
  .quick {
    margin: 1rem 0;
  }
`;
