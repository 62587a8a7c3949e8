// One static server on 127.0.0.1 (a free port): the built site at /, the benchmark pages at
// /bench/, and the landing page with every script removed at /no-js/ (the no-JavaScript limit).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** The page's HTML without any <script> element (inline, module, JSON islands) and without module preloads. */
export function stripScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}

export async function serve({ site, bench }) {
  const siteFiles = sirv(site, { dev: false, etag: true });
  const benchFiles = sirv(bench, { dev: false, etag: true });
  const noJs = stripScripts(readFileSync(join(site, 'index.html'), 'utf8'));
  const server = createServer((req, res) => {
    if (req.url === '/no-js/' || req.url === '/no-js/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(noJs);
      return;
    }
    if (req.url.startsWith('/bench/')) {
      req.url = req.url.slice('/bench'.length);
      benchFiles(req, res, () => res.writeHead(404).end());
      return;
    }
    siteFiles(req, res, () => res.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
