// Serves a package's dist/cdn/ folder the way a CDN does, for the CDN tests: from its own 127.0.0.1
// port (another origin than the page's), under a deep sub-path, with CORS, brotli sizes at hand.
// `intercept(req, res)` may answer a request first (return true): a failing chunk, a slow one.
// And a page server that answers `/<name>` with the HTML of `pages[name]`.
import { createServer } from 'node:http';
import sirv from 'sirv';

/** An HTTP server on a free 127.0.0.1 port, once it listens. */
export function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const notFound = (res) => () => ((res.statusCode = 404), res.end());

/** `{ base, close }`: `base` is the URL of the folder, e.g. `http://127.0.0.1:PORT/npm/@apiary/elements@0.1.0/dist/cdn/`. */
export async function serveCdn(dir, { path = '/npm/pkg/dist/cdn/', intercept } = {}) {
  const files = sirv(dir, { dev: true });
  const server = await listen(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!req.url.startsWith(path)) return notFound(res)();
    req.url = req.url.slice(path.length - 1);
    if (intercept && (await intercept(req, res))) return;
    files(req, res, notFound(res));
  });
  return {
    base: `http://127.0.0.1:${server.address().port}${path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** `{ origin, close }`: `/<name>` answers `pages[name]` (HTML, with `headers(name)`); other paths go to `fallback`. */
export async function servePages(pages, { headers = () => ({}), fallback } = {}) {
  const server = await listen((req, res) => {
    const name = req.url.slice(1).split('?')[0];
    if (!(name in pages)) return fallback ? fallback(req, res, notFound(res)) : notFound(res)();
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    for (const [key, value] of Object.entries(headers(name))) res.setHeader(key, value);
    res.end(pages[name]);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
