// Storybook for the Apiary elements: stories live next to the elements they show
// (packages/<pkg>/src/**/*.stories.ts) and Vite compiles the TypeScript sources directly.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Elements' stories live beside them; the designers' pages (introduction, foundations, theming,
  // composed pages, changelog) live in .storybook/stories.
  stories: ['./stories/**/*.mdx', './stories/**/*.stories.ts', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // In dev, pre-bundled dependencies that import Lit (Storybook's renderer,
        // @wc-toolkit/storybook-helpers) get a Lit of their own next to the one the sources load:
        // "Multiple versions of Lit loaded" (seen without this). Excluded, everything shares one Lit.
        exclude: [
          ...(viteConfig.optimizeDeps?.exclude ?? []),
          'lit',
          'lit-html',
          'lit-element',
          '@lit/reactive-element',
        ],
      },
      // The sources use TypeScript's legacy decorators (experimentalDecorators and
      // useDefineForClassFields: false, in tsconfig.base.json). Vite 8 reads both through the nearest
      // tsconfig.json and lowers them, so no pre-transform is needed: the built bundle applies
      // `@property` with a `__decorate` helper and assigns `heading`/`headingLevel` in the
      // constructor instead of declaring class fields that would shadow Lit's accessors.
    };
  },
};

export default config;
