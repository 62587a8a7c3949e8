// Builds the benchmark pages (pages/*.html) into dist/, served under /bench/ next to the site.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/bench/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // BENCH_MINIFY=0 keeps names readable in profiles.
    minify: process.env.BENCH_MINIFY !== '0',
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(pages)
          .filter((file) => file.endsWith('.html'))
          .map((file) => [file.replace(/\.html$/, ''), pages + file]),
      ),
    },
  },
});
