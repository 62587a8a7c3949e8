// Storybook for the Apiary elements: stories live next to the elements they show
// (packages/<pkg>/src/**/*.stories.ts) and Vite compiles the TypeScript sources directly.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Pre-bundling would inline a copy of Lit into each optimized dependency (Storybook's
        // renderer, @wc-toolkit/storybook-helpers) next to the one the sources import:
        // "Multiple versions of Lit loaded". Excluded, every importer shares one Lit.
        exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
      },
      // The sources use TypeScript's legacy decorators (experimentalDecorators, useDefineForClassFields:
      // false in tsconfig.base.json). Vite 8 reads both from the nearest tsconfig.json and lowers them;
      // nothing to add here (checked: the built story bundle has no `@property` syntax left and
      // assigns the fields in the constructor, not as class fields).
    };
  },
};

export default config;
