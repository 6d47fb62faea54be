import { controlStyles, visuallyHidden } from './styles.js';
import { themeTokens } from './theme.js';

/**
 * What every element's `static styles` starts with: the theme tokens (`--_tb-*`), `.visually-hidden`, and the
 * shared button and link look. Add `fieldStyles` (forms) and `outcomeStyles` (submitting) where used.
 */
export const baseStyles = [themeTokens, visuallyHidden, controlStyles];
