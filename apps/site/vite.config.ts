import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// One HTML page per locale; the elements come prebuilt from @apiary/elements' dist.
export default defineConfig({
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        en: resolve(import.meta.dirname, 'index.html'),
        'zh-hans': resolve(import.meta.dirname, 'zh-hans/index.html'),
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
