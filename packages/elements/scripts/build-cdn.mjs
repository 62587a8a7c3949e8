// The CDN builds, both in dist/cdn/ (never load both on one page: each has its own copy of lit and
// of every element):
// - apiary.js, the all-in-one: one ES module that defines every element (lit and the rest inlined,
//   minified), with the lazily loaded parts (each locale's strings, the virtualizer) as chunks beside it.
// - apiary.loader.js, the autoloader: defines each element the first time the page shows it, by
//   importing that element's chunk from loader/ (with the shared chunks it needs: lit once, i18n,
//   the base). The tag → chunk map comes from custom-elements.json and each element's define entry
//   (dist/<name>.js), never from a hand-kept list.
// Chunks are imported by relative URL, so the folder works from any origin or sub-path.
// dist/cdn/apiary.css is the theme. Bundles the tsc output, whose legacy decorators are already lowered.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));

const common = {
  configFile: false,
  root,
  logLevel: 'warn',
  base: './',
  // Libraries read process.env.NODE_ENV to drop dev-only code; a browser has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
};
// A shipped file needs no /* @__PURE__ */ hints for a later bundler: dropping them saves ~90 B brotli.
const noAnnotations = { annotation: false, jsdoc: false };
const buildOptions = {
  target: 'es2022',
  minify: true,
  sourcemap: true,
  // No preload helper: it would resolve chunk URLs against the page, not against the bundle.
  modulePreload: false,
  reportCompressedSize: false,
};

await build({
  ...common,
  build: {
    ...buildOptions,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    lib: { entry: 'dist/index.js', formats: ['es'], fileName: () => 'apiary.js' },
    rollupOptions: {
      // Lets the modules the chunks share with the entry (lit, @apiary/i18n, English) stay in the entry,
      // exported to the chunks, instead of a common chunk the entry would have to fetch first.
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps whitespace in ES output; a CDN file wants it gone.
      output: { chunkFileNames: '[name]-[hash].js', minify: true, comments: noAnnotations },
    },
  },
});
await copyFile(new URL('dist/themes/apiary.css', `file://${root}`), new URL('dist/cdn/apiary.css', `file://${root}`));

/** `[tag, define entry]` for every element in the manifest: src/<name>/<name>.ts is defined by dist/<name>.js. */
async function elementEntries() {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', `file://${root}`), 'utf8'));
  const entries = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName, `${root}dist/${mod.path.split('/')[1]}.js`]),
  );
  for (const [tag, file] of entries) {
    if (!existsSync(file) || !/\.define\(\)/.test(await readFile(file, 'utf8'))) {
      throw new Error(`${tag}: no define entry at ${file}`);
    }
  }
  if (!entries.length) throw new Error('custom-elements.json lists no element');
  return entries;
}

const LOADER = 'virtual:apiary-loader';
const chunkMap = (await elementEntries())
  .map(([tag, file]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(file)}),`)
  .join('\n');
const loaderEntry = `import { createLoader } from ${JSON.stringify(`${root}src/loader/loader.ts`)};
export const { discover, allDefined } = createLoader({
${chunkMap}
});
`;

await build({
  ...common,
  plugins: [
    {
      name: 'apiary-loader-entry',
      // Library mode hands the entry over as a path under the root.
      resolveId: (id) => (id.endsWith(LOADER) ? `\0${LOADER}` : null),
      load: (id) => (id === `\0${LOADER}` ? loaderEntry : null),
    },
  ],
  build: {
    ...buildOptions,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    // Library mode: dynamic imports stay plain import() calls (no preload helper).
    lib: { entry: LOADER, formats: ['es'], fileName: () => 'apiary.loader.js' },
    rollupOptions: {
      // The loader exports exactly discover and allDefined: shared code goes to chunks, not into it.
      preserveEntrySignatures: 'strict',
      output: {
        chunkFileNames: 'loader/[name]-[hash].js',
        minify: true,
        comments: noAnnotations,
      },
    },
  },
});

// Types for `import { allDefined } from '@apiary/elements/cdn/apiary.loader.js'` (the `./cdn/*` export).
await writeFile(
  new URL('dist/cdn/apiary.loader.d.ts', `file://${root}`),
  `/** Scans \`root\` now and watches it for elements added later: for closed or later-attached shadow roots. */
export declare function discover(root: Document | DocumentFragment | Element): void;
/**
 * Resolves once every \`apiary-*\` element found now (the document, its open shadow roots, discovered
 * roots) is defined; rejects, naming the element, when its chunk fails to load.
 */
export declare function allDefined(): Promise<void>;
`,
);
