/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Every element, defined once for all stories.
import '../src/index.js';

// A glob rather than a plain import: a fresh clone has no custom-elements.json until `npm run analyze`, and
// Storybook should still start (without generated controls) instead of failing to resolve the import.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('Techbridge: custom-elements.json is missing; run "npm run analyze" for controls and API tables.');
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Axe runs on every story in the a11y panel; violations count as failures, not to-dos.
    a11y: { test: 'error' }
  }
};

export default preview;
