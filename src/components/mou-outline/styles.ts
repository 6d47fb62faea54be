import { css } from 'lit';

/** Looks of <tb-mou-outline>, in the shared private tokens only; print layout at the end. */
export const mouStyles = css`
  :host {
    display: block;
    font-family: var(--_tb-font);
    color: var(--_tb-text);
  }
  .mou {
    background: var(--_tb-surface);
    color: var(--_tb-text);
    padding: 1rem;
    border-radius: var(--_tb-radius);
  }
  .title {
    margin: 0 0 0.5rem;
  }
  .intro {
    margin: 0 0 1rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 17rem) 1fr;
    gap: 1.5rem;
    align-items: start;
  }
  @media (max-width: 46rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  .nav progress {
    width: 100%;
    accent-color: var(--_tb-accent);
  }
  .progress-text {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .nav-list {
    list-style: none;
    padding: 0;
    margin: 0.75rem 0 0;
    display: grid;
    gap: 0.25rem;
  }
  .nav-item {
    display: flex;
    flex-direction: column;
    width: 100%;
    text-align: start;
    font: inherit;
    color: var(--_tb-text);
    background: var(--_tb-panel);
    border: 1px solid var(--_tb-border-subtle);
    border-inline-start: 4px solid var(--_tb-border);
    border-radius: var(--_tb-radius);
    padding: 0.4rem 0.6rem;
    cursor: pointer;
  }
  .nav-item[aria-current='step'] {
    border-inline-start-color: var(--_tb-accent);
    font-weight: 700;
  }
  .nav-item.state--complete {
    border-inline-start-color: var(--_tb-success);
  }
  .nav-item.has-warnings {
    border-inline-start-color: var(--_tb-warning);
  }
  .nav-item:focus-visible,
  .tb-link-button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_tb-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_tb-focus-text);
  }
  .nav-state {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_tb-text-muted);
  }
  .tb-link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25rem 0;
    color: var(--_tb-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .tb-link-button:hover {
    color: var(--_tb-accent-hover);
  }
  .level {
    display: inline-block;
    margin: 0;
    font-size: 0.875em;
    color: var(--_tb-text-muted);
  }
  .section-title {
    margin: 0.25rem 0 0.5rem;
  }
  .section-title:focus {
    outline: none;
  }
  .prompt {
    font-size: 1.05em;
  }
  .parties {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1rem;
  }
  @media (max-width: 40rem) {
    .parties {
      grid-template-columns: 1fr;
    }
  }
  .party,
  .rows,
  .row {
    border: 1px solid var(--_tb-border-subtle);
    border-radius: var(--_tb-radius);
    padding: 0.75rem;
    margin: 0 0 1rem;
    min-width: 0;
  }
  .party {
    background: var(--_tb-panel);
  }
  .party-name {
    font-weight: 700;
  }
  .row-cells {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0 0.75rem;
  }
  .na-box,
  .findings,
  .drafts,
  .config,
  .diff,
  .suggestions {
    background: var(--_tb-panel);
    border: 1px solid var(--_tb-border-subtle);
    border-radius: var(--_tb-radius);
    padding: 0.75rem;
    margin: 0 0 1rem;
  }
  .config {
    border: 2px solid var(--_tb-error);
  }
  .finding-list,
  .kept-list,
  .draft-list,
  .outputs,
  .chips {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .finding {
    border-inline-start: 4px solid var(--_tb-warning);
    padding: 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
  }
  .finding--error {
    border-inline-start-color: var(--_tb-error);
  }
  .finding--advice {
    border-inline-start-color: var(--_tb-accent);
  }
  .finding-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .finding-label {
    color: var(--_tb-text);
  }
  .outputs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .document,
  .summary {
    border: 1px solid var(--_tb-border-subtle);
    border-radius: var(--_tb-radius);
    padding: 1rem;
    margin: 1rem 0;
    background: var(--_tb-surface);
  }
  .doc-label {
    font-weight: 700;
    margin: 0.5rem 0 0.25rem;
  }
  .doc-text {
    white-space: pre-wrap;
    margin: 0;
  }
  .doc-parties,
  .signatures {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1rem;
  }
  .doc-party-name {
    font-weight: 700;
    border-bottom: 1px solid var(--_tb-border-subtle);
  }
  .doc-table {
    border-collapse: collapse;
    width: 100%;
  }
  .doc-table caption {
    text-align: start;
    font-weight: 700;
  }
  .doc-table th,
  .doc-table td {
    border: 1px solid var(--_tb-border-subtle);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .doc-empty,
  .draft-note {
    color: var(--_tb-text-muted);
    font-style: italic;
  }
  .draft-mark {
    font-weight: 700;
    color: var(--_tb-error);
    margin: 0;
  }
  .signature-line {
    margin: 2.5rem 0 0.5rem;
    border-top: 1px solid var(--_tb-text);
    padding-top: 0.25rem;
    font-size: 0.875em;
  }
  .summary dt {
    font-weight: 700;
    margin-top: 0.5rem;
  }
  .summary dd {
    margin: 0;
  }
  del {
    color: var(--_tb-text-muted);
    margin-inline: 0.25rem;
  }
  ins {
    text-decoration: underline;
    margin-inline: 0.25rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    .screen {
      display: none;
    }
    .mou {
      background: #fff;
      color: #000;
      padding: 0;
    }
    :host([printing]) .print-only {
      display: block;
    }
    .document,
    .summary {
      border: 0;
      padding: 0;
      margin: 0;
      color: #000;
      background: #fff;
    }
    .doc-section {
      break-inside: auto;
    }
    .doc-heading,
    .doc-label,
    .doc-table caption {
      break-after: avoid;
    }
    .signatures,
    .summary {
      break-inside: avoid;
    }
    .draft-mark {
      position: fixed;
      top: 0;
      right: 0;
      color: #b00;
      font-size: 14pt;
    }
    .signature-line {
      border-top-color: #000;
    }
  }
`;
