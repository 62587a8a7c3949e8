// Generates custom-elements.json from the elements' JSDoc (the single source of their docs), and from
// it VS Code's custom data (dist/vscode.*-custom-data.json).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { elementSources } from './scripts/element-sources.mjs';
import { defaults } from './dist/tokens/tokens.js';

const tokenDefaults = defaults('light-dark');

/** Every declaration of the manifest with its module. */
function* declarations(manifest) {
  for (const mod of manifest.modules) for (const decl of mod.declarations ?? []) yield [mod, decl];
}

/** Fills each `--apiary-*` CSS property's default from the token source, so JSDoc never repeats values. */
function tokenDefaultsPlugin() {
  return {
    name: 'apiary-token-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, decl] of declarations(customElementsManifest)) {
        for (const prop of decl.cssProperties ?? []) {
          const value = tokenDefaults[prop.name.replace(/^--apiary-/, '')];
          if (value === undefined) throw new Error(`${decl.name}: ${prop.name} is not a token`);
          prop.default ??= value;
        }
      }
    },
  };
}

/** The tokens an element's sources (its module and the helpers it imports) read through `token('…')`. */
function tokensUsed(modulePath) {
  const used = new Set();
  for (const { source } of elementSources(modulePath)) {
    for (const [, name] of source.matchAll(/\btoken\('([a-z0-9-]+)'\)/g)) used.add(name);
  }
  return used;
}

/**
 * Lists every token an element's styles read as one of its CSS properties: each one is styling API
 * (renaming it breaks themes), and JSDoc keeps only the ones worth a sentence of their own.
 */
function usedTokensPlugin() {
  return {
    name: 'apiary-used-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const [mod, decl] of declarations(customElementsManifest)) {
        if (!decl.tagName) continue;
        const listed = new Set((decl.cssProperties ?? []).map((prop) => prop.name));
        for (const name of [...tokensUsed(mod.path)].sort()) {
          if (listed.has(`--apiary-${name}`)) continue;
          (decl.cssProperties ??= []).push({
            name: `--apiary-${name}`,
            description: 'Theme token this element reads.',
          });
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
    // What the stories share (Storybook only).
    'src/stories/**',
    'src/tokens/**',
    'src/hardening/**',
    // The classes entries re-export the element classes, unregistered.
    'src/classes/**',
    'src/base/safe-url.ts',
    // Helpers, not elements: the feed loader (with its states and styles), the space-separated list
    // converter, the data schemas and the grid's pure view code.
    'src/base/feed*.ts',
    'src/base/space-list.ts',
    'src/base/fold.ts',
    'src/schemas/**',
    'src/project-grid/!(project-grid).ts',
    // The external-link rule, the feed parser and the talk list's and blog teaser's pure helpers.
    'src/base/visually-hidden.ts',
    'src/base/state-styles.ts',
    'src/base/lazy.ts',
    'src/base/external-link.ts',
    'src/feeds/**',
    'src/talk-list/!(talk-list).ts',
    'src/blog-teaser/!(blog-teaser).ts',
    // The locale switcher's menu placement, loaded on demand.
    'src/locale-switcher/position.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    usedTokensPlugin(),
    tokenDefaultsPlugin(),
    customElementVsCodePlugin({ outdir: 'dist', hideMethodDocs: true, hideLogs: true }),
  ],
};
