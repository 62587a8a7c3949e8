// The CDN build: dist/cdn/apiary.js is one ES module that defines every element (lit and
// the rest inlined, minified), with the lazily loaded parts (each locale's strings, the
// virtualizer) as chunks beside it. Chunks are imported by relative URL, so the folder works from
// any origin or sub-path. dist/cdn/apiary.css is the theme. Bundles the tsc output, whose legacy
// decorators are already lowered.
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  base: './',
  // Libraries read process.env.NODE_ENV to drop dev-only code; a browser has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // No preload helper: it would resolve chunk URLs against the page, not against the bundle.
    modulePreload: false,
    reportCompressedSize: false,
    lib: { entry: 'dist/index.js', formats: ['es'], fileName: () => 'apiary.js' },
    rollupOptions: {
      // Lets the modules the chunks share with the entry (lit, @apiary/i18n, English) stay in the entry,
      // exported to the chunks, instead of a common chunk the entry would have to fetch first.
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps whitespace in ES output; a CDN file wants it gone, and the `@__PURE__`
      // annotations too (they only help a bundler that tree-shakes this file, which defines everything).
      output: {
        chunkFileNames: '[name]-[hash].js',
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
await copyFile(
  new URL('dist/themes/apiary.css', new URL('../', import.meta.url)),
  new URL('../dist/cdn/apiary.css', import.meta.url),
);
