// Writes the static site into dist/: every page of every locale prerendered by the server entry
// (built to .ssr/ by Vite), linked to its client assets from Vite's manifest; plus sitemap.xml,
// robots.txt and the 404 pages; and the Content-Security-Policy the pages need (csp.json, _headers).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const origin = process.env.SITE_ORIGIN ?? 'https://ebpf.example';
const { pages, entries, renderPage } = await import(new URL('.ssr/render.js', root).href);
const manifest = JSON.parse(await readFile(new URL('.vite/manifest.json', dist), 'utf8'));

/** The entry's file, its static imports (to preload) and every CSS file they pull in. */
function assetsOf(entry) {
  const files = new Set();
  const css = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(`/${file}`);
    for (const child of chunk.imports ?? []) walk(child);
  };
  walk(entry);
  const [main, ...preload] = [...files].map((file) => `/${file}`);
  return { scripts: [main], preload, styles: [...css] };
}

const require = createRequire(import.meta.url);
// The banner preload runs inline in <head>: a script file there would block the first paint.
const headScripts = [await readFile(require.resolve('@apiary/elements/banner-preload.js'), 'utf8')];

// Inline <style> blocks (the declarative shadow roots' styles) and the inline <head> scripts: a
// strict CSP allows them by hash, taken from the HTML as written.
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const styleHashes = new Set();
const scriptHashes = new Set();
for (const page of pages) {
  const html = await renderPage(page, { ...assetsOf(entries[page.kind]), headScripts }, origin);
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styleHashes.add(hash(css));
  const head = html.slice(0, html.indexOf('</head>'));
  for (const [, code] of head.matchAll(/<script>([\s\S]*?)<\/script>/g)) scriptHashes.add(hash(code));
  const file = new URL(`.${page.path.endsWith('/') ? `${page.path}index.html` : page.path}`, dist);
  await mkdir(dirname(file.pathname), { recursive: true });
  await writeFile(file, html);
}

const indexed = pages.filter((page) => page.kind !== 'not-found');
const url = (path) => new URL(path, origin).href;
const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${indexed
  .map((page) => {
    const alternates = indexed
      .filter((other) => other.kind === page.kind)
      .map((other) => `    <xhtml:link rel="alternate" hreflang="${other.site.lang}" href="${url(other.path)}"/>`);
    return `  <url>\n    <loc>${url(page.path)}</loc>\n${alternates.join('\n')}\n  </url>`;
  })
  .join('\n')}
</urlset>
`;
await writeFile(new URL('sitemap.xml', dist), sitemap);
await writeFile(new URL('robots.txt', dist), `User-agent: *\nAllow: /\n\nSitemap: ${url('/sitemap.xml')}\n`);
// The strictest policy the site runs under: scripts from self or by hash, styles from self or by hash,
// the YouTube player's frame, Trusted Types (Lit's policy and Apiary's feed parser's, as
// packages/elements/README.md documents them), and no framing of the site by any page (clickjacking).
const directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", ...[...scriptHashes].sort()],
  'style-src': ["'self'", ...[...styleHashes].sort()],
  'frame-src': ['https://www.youtube-nocookie.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html', 'apiary-feed', "'allow-duplicates'"],
  'frame-ancestors': ["'none'"],
};
const policy = Object.entries(directives)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
await writeFile(new URL('csp.json', dist), `${JSON.stringify({ policy, directives }, null, 2)}\n`);
// `_headers` is what Netlify and Cloudflare Pages read; other hosts copy the policy from csp.json.
await writeFile(new URL('_headers', dist), `/*\n  Content-Security-Policy: ${policy}\n`);
console.log(`prerendered ${pages.length} pages into dist/`);
