import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';

const require = createRequire(import.meta.url);
const bannerPreload = require.resolve('@apiary/elements/banner-preload.js');

/**
 * In dev, every page is rendered on request by the same server entry the build prerenders with
 * (src/render.ts), so `npm run dev` shows the real pages with hot reload.
 */
function devPages(): Plugin {
  const origin = 'http://127.0.0.1:5173';
  return {
    name: 'apiary-dev-pages',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      return () =>
        server.middlewares.use(async (req, res, next) => {
          try {
            const url = new URL(req.url ?? '/', origin);
            const render = await server.ssrLoadModule('/src/render.ts');
            const page = render.pages.find((p: { path: string }) => p.path === url.pathname);
            if (!page || req.method !== 'GET') return next();
            const assets = {
              scripts: [`/${render.entries[page.kind]}`],
              preload: [],
              styles: [],
              headScripts: [readFileSync(bannerPreload, 'utf8')],
            };
            const html = await server.transformIndexHtml(url.pathname, await render.renderPage(page, assets, origin));
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          } catch (error) {
            server.ssrFixStacktrace(error as Error);
            next(error);
          }
        });
    },
  };
}

// The client build: one entry per kind of page, so a page loads only the elements it uses. The
// HTML comes from scripts/prerender.mjs, which reads the manifest to link each page's assets.
export default defineConfig({
  appType: 'mpa',
  plugins: [devPages()],
  build: {
    target: 'es2022',
    manifest: true,
    rollupOptions: {
      input: ['src/client/landing.ts', 'src/client/projects.ts', 'src/client/not-found.ts'],
    },
  },
  ssr: { external: ['@apiary/elements', '@apiary/i18n'] },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
