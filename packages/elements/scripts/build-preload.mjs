// Builds dist/banner-preload.js as a classic script (an IIFE, minified): it runs in <head> before
// the body is parsed, where a module script would be deferred. tsc would emit it as a module.
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/banner-preload.ts', import.meta.url).pathname],
  outfile: new URL('../dist/banner-preload.js', import.meta.url).pathname,
  format: 'iife',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
});

// It exports nothing; the declaration says so, for tools that resolve types for every export.
await writeFile(
  new URL('../dist/banner-preload.d.ts', import.meta.url),
  '// A classic script for <head>: it hides remembered banners and exports nothing.\nexport {};\n',
);
