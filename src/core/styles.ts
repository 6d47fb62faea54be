import { css } from 'lit';

/**
 * Styles every element shares. Kept tiny on purpose: each element owns its look; only rules that must be the
 * same everywhere live here.
 */

/** Hidden on screen, read by screen readers (the "Error:" prefix, live-region text, extra link context). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Buttons and links in the shared tokens: `.tb-button` (main), `.tb-button--secondary`, `.tb-link`. */
export const controlStyles = css`
  .tb-button {
    font: inherit;
    font-weight: 700;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_tb-radius);
    color: var(--_tb-on-accent);
    background: var(--_tb-accent);
    cursor: pointer;
  }
  .tb-button:hover {
    background: var(--_tb-accent-hover);
  }
  .tb-button--secondary {
    color: var(--_tb-text);
    background: var(--_tb-panel);
    border-color: var(--_tb-border);
  }
  .tb-button--secondary:hover {
    background: var(--_tb-surface);
  }
  .tb-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .tb-button:focus-visible {
    outline: 3px solid var(--_tb-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_tb-focus-text);
    color: var(--_tb-focus-text);
    background: var(--_tb-focus);
  }
  .tb-link {
    color: var(--_tb-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .tb-link:hover {
    color: var(--_tb-accent-hover);
    text-decoration-thickness: 3px;
  }
  .tb-link:focus-visible {
    outline: 3px solid transparent;
    color: var(--_tb-focus-text);
    background: var(--_tb-focus);
    box-shadow:
      0 -2px var(--_tb-focus),
      0 4px var(--_tb-focus-text);
    text-decoration: none;
  }
`;
