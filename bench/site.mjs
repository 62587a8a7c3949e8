// The built landing page served the way a static host serves it, for the size and Lighthouse
// measurements: a copy of apps/site/dist with every text file precompressed (brotli 11 and gzip,
// as hosts and CDNs do for static assets), the site's own response headers from `_headers`, and a
// script-free copy of the landing page beside the original (`/no-js.html`), so both load the
// same assets from the same origin. sirv serves the precompressed files; binds 127.0.0.1 on a
// free port.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { stripScripts } from './lib/serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'apps/site/dist');
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|xml|txt|webmanifest)$/;

/** Headers of the `/*` block in the site's Netlify-style `_headers` file. */
function siteHeaders(text) {
  const headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const body = await readFile(file);
    await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Serves the built site; `{ base, paths: { landing, noJs }, close }`. */
export async function serveSite() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('apps/site/dist is missing: run `npx turbo run build --filter=@apiary/site...` first.');
  }
  // A folder of its own per server, so two measurements can serve at once.
  await mkdir(join(root, '.tmp'), { recursive: true });
  const dir = await mkdtemp(join(root, '.tmp/bench-site-'));
  await cp(dist, dir, { recursive: true });
  await writeFile(join(dir, 'no-js.html'), stripScripts(await readFile(join(dir, 'index.html'), 'utf8')));
  await precompress(dir);
  const headers = existsSync(join(dir, '_headers')) ? siteHeaders(await readFile(join(dir, '_headers'), 'utf8')) : {};
  const files = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    extensions: ['html'],
    setHeaders(res, path) {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (path.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    paths: { landing: '/', noJs: '/no-js.html' },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
