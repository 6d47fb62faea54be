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
