// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'cdn',
      'demo-dist',
      'storybook-static',
      'coverage',
      'data',
      'custom-elements.json'
    ]
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Elements register through TbElement.define(), which guards against double definition.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off'
    }
  },
  {
    files: [
      'server/**/*.js',
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'test/server/**/*.js',
      'test/support/**/*.js',
      'test/tooling/**/*.js',
      '*.js',
      '*.mjs'
    ],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser }
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }
  }
);
