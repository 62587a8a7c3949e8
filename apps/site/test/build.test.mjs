// The static build: every page of every locale exists with its head, every inline script is pinned
// by hash in the CSP, every internal link and asset resolves, and the sitemap, robots.txt and 404 pages are there;
// the server renders with i18next, the client loads none, and both carry the site's element strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const ssr = fileURLToPath(new URL('../.ssr/', import.meta.url));

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    ),
  );
  return nested.flat();
}

const files = await htmlFiles(dist);
const pages = Object.fromEntries(
  await Promise.all(
    files.map(async (file) => [`/${relative(dist, file)}`.replace(/index\.html$/, ''), await readFile(file, 'utf8')]),
  ),
);

test('every locale has its landing, projects and 404 page', () => {
  for (const base of ['/', '/zh-hans/', '/fr/']) {
    for (const path of [base, `${base}projects/`, `${base}404.html`]) assert.ok(pages[path], `missing ${path}`);
  }
});

test('each page declares its language, direction, title, description, canonical, alternates and Open Graph', () => {
  for (const [path, html] of Object.entries(pages)) {
    const lang = path.startsWith('/zh-hans/') ? 'zh-Hans' : path.startsWith('/fr/') ? 'fr' : 'en';
    assert.match(html, new RegExp(`<html lang="${lang}" dir="ltr">`), path);
    assert.match(html, /<title>[^<]+<\/title>/, path);
    assert.match(html, /<meta name="description" content="[^"]+"/, path);
    assert.match(html, /<meta property="og:title"/, path);
    if (path.endsWith('404.html')) continue;
    assert.match(html, /<link rel="canonical" href="https:\/\/[^"]+"/, path);
    for (const hreflang of ['en', 'zh-Hans', 'fr', 'x-default']) {
      assert.match(html, new RegExp(`<link rel="alternate" hreflang="${hreflang}"`), `${path}: ${hreflang}`);
    }
  }
});

test('every inline script is pinned by its hash in the CSP; the others are external or JSON data islands', async () => {
  const { directives } = JSON.parse(await readFile(join(dist, 'csp.json'), 'utf8'));
  const pinned = new Set(directives['script-src'].filter((value) => value.startsWith("'sha256-")));
  let inline = 0;
  for (const [path, html] of Object.entries(pages)) {
    for (const [, tag, code] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=|type="application\/json"/.test(tag)) continue;
      inline++;
      const hash = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
      assert.ok(pinned.has(hash), `${path}: an inline script not in script-src: ${code.slice(0, 80)}`);
    }
  }
  assert.ok(inline >= files.length, 'every page inlines the banner preload');
  assert.deepEqual(
    directives['script-src'].filter((value) => !pinned.has(value)),
    ["'self'"],
  );
});

test('the policy is the one packages/elements/README.md documents, with its hashes, and no framing', async () => {
  const readme = await readFile(new URL('../../../packages/elements/README.md', import.meta.url), 'utf8');
  const block = /The whole policy a page of Apiary elements runs under[\s\S]*?```\n([\s\S]*?)```/.exec(readme)[1];
  // Hashes are the site's own (the README has a placeholder): compare everything else.
  const parse = (policy) =>
    Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name, values.filter((v) => !v.startsWith("'sha256-")).join(' ')]),
    );
  const { policy } = JSON.parse(await readFile(join(dist, 'csp.json'), 'utf8'));
  const site = parse(policy);
  assert.equal(site['frame-ancestors'], "'none'");
  delete site['frame-ancestors'];
  assert.deepEqual(site, parse(block));
});

test('every internal link and asset resolves to a file of the build', () => {
  const missing = [];
  for (const [path, html] of Object.entries(pages)) {
    for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/|#)/i.test(url)) continue;
      const target = new URL(url, `http://site${path}`).pathname;
      const file = join(dist, target.endsWith('/') ? `${target}index.html` : target);
      if (!existsSync(file)) missing.push(`${path} → ${url}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('sitemap.xml lists every indexable page with its alternates; robots.txt points at it', async () => {
  const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
  for (const path of ['/', '/zh-hans/', '/fr/', '/projects/', '/zh-hans/projects/', '/fr/projects/']) {
    assert.match(sitemap, new RegExp(`<loc>https://[^<]+${path.replace(/\//g, '\\/')}</loc>`), path);
  }
  assert.doesNotMatch(sitemap, /404/);
  assert.match(sitemap, /hreflang="zh-Hans"/);
  assert.match(await readFile(join(dist, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
});

/** The built client's JavaScript: file → source. */
async function clientChunks() {
  const assets = join(dist, 'assets');
  const names = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(assets, name), 'utf8')])),
  );
}

test('the server renders with i18next; no client chunk contains any of it', async () => {
  // Names of i18next's own options, which survive minification as property names; checked against
  // i18next's build first, so the test keeps meaning something when i18next changes.
  const markers = [/i18next/i, /appendNamespaceToMissingKey/, /missingInterpolationHandler/, /returnedObjectHandler/];
  const require = createRequire(import.meta.url);
  const i18next = await readFile(require.resolve('i18next'), 'utf8');
  for (const marker of markers) assert.match(i18next, marker, `i18next's own build lacks ${marker}`);

  const chunks = await clientChunks();
  assert.ok(Object.keys(chunks).length > 5, 'no client chunks');
  for (const [name, code] of Object.entries(chunks)) {
    for (const marker of markers) assert.doesNotMatch(code, marker, `dist/assets/${name}`);
  }

  const server = await readFile(join(ssr, 'render.js'), 'utf8');
  assert.match(server, /^import \w+ from "i18next";$/m, 'the server entry imports i18next');
  assert.match(server, /\buseI18n\(/, 'the server entry hands its i18next to Apiary');
});

test('the site’s wording of element strings is in every prerendered page of its locale and in the client’s boot', async () => {
  const wording = {
    '/': ['Watch the talk: ', 'placeholder="Search eBPF projects"'],
    '/zh-hans/': ['观看演讲：', 'placeholder="搜索 eBPF 项目"'],
    '/fr/': ['Regarder la conférence : ', 'placeholder="Rechercher un projet eBPF"'],
  };
  for (const [base, [play, search]] of Object.entries(wording)) {
    assert.ok(pages[base].includes(play), `${base}: ${play}`);
    assert.ok(pages[`${base}projects/`].includes(search), `${base}projects/: ${search}`);
  }
  // The boot module (which every page loads before its elements) and its static imports.
  const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'));
  const chunks = await clientChunks();
  const seen = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const child of chunk.imports ?? []) walk(child);
  };
  walk('src/client/boot.ts');
  const boot = [...seen].map((file) => chunks[file.replace(/^assets\//, '')] ?? '').join('\n');
  for (const text of [
    'Watch the talk: {{title}}',
    '观看演讲：{{title}}',
    'Search eBPF projects',
    'Rechercher un projet eBPF',
  ]) {
    assert.ok(boot.includes(text), `the client's boot lacks ${text}`);
  }
});
