/**
 * Techbridge: every element in one import. `import 'techbridge'` (or `cdn/techbridge.single.js`) defines every
 * element; `techbridge/<element>` defines just one.
 *
 * Each element's `define.ts` is imported here as it lands, e.g.
 * `export * from './components/problem-report/define.js';`
 */
export * from './core/tb-element.js';
export * from './core/events.js';
export * from './core/envelope.js';
export { VERSION } from './core/version.js';
export * from './components/problem-report/define.js';
export * from './components/partner-finder/define.js';
export * from './components/glossary/define.js';
export * from './components/donation-checker/define.js';
export * from './components/mou-outline/define.js';
