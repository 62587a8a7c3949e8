// Generates custom-elements.json from the elements' JSDoc (the single source of their docs).
import { defaults } from './dist/tokens/tokens.js';

const tokenDefaults = defaults('light');

/** Fills each `--apiary-*` CSS property's default from the token source, so JSDoc never repeats values. */
function tokenDefaultsPlugin() {
  return {
    name: 'apiary-token-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const prop of decl.cssProperties ?? []) {
            const value = tokenDefaults[prop.name.replace(/^--apiary-/, '')];
            if (value === undefined) throw new Error(`${decl.name}: ${prop.name} is not a token`);
            prop.default ??= value;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/tokens/**',
    'src/base/safe-url.ts',
    // Helpers, not elements: the feed loader, the data schemas and the grid's pure view code.
    'src/base/feed.ts',
    'src/schemas/**',
    'src/project-grid/!(project-grid).ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [tokenDefaultsPlugin()],
};
