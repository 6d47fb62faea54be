import type { StorybookConfig } from '@storybook/web-components-vite';

// `npm run storybook` / `npm run build-storybook` run `npm run analyze` first, so custom-elements.json (controls,
// docs tables) is fresh; preview.ts copes when it is missing.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Storybook's own manager and axe bundles are large; our code is measured by scripts/size.mjs instead.
  viteFinal: config => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } })
};

export default config;
