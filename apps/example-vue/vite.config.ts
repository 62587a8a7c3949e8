import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // `apiary-*` tags are custom elements, not Vue components: Vue renders them as they are and
      // sets bound values as DOM properties when the element has them.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('apiary-') } },
    }),
  ],
  build: { target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
