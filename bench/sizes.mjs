// Sizes: every entry of @apiary/elements min+brotli as Size Limit measures it (bundled with lit and
// lazy parts), what a page loads to show each entry in English (the entry and every chunk it imports
// statically, English strings included; lazy locales and parts apart), each element's own code (its
// entry minus what every element shares), the CDN bundle's entry apart from its lazy chunks, and the
// JavaScript the built landing page transfers. Byte counts are exact: no samples, no interval.
// Standalone: `node bench/sizes.mjs [--quick]` prints the groups and goals as JSON.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { measure as sizeLimit } from '../scripts/size-checks.mjs';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from '../scripts/chrome.mjs';
import { serveCdn, servePages } from '../scripts/cdn-server.mjs';
import { serveSite } from './site.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const elements = join(root, 'packages/elements');
const KB = 1000; // kB as Size Limit prints them

// What every element shares, kept out of "own code": lit and its packages, Apiary's i18n, valibot's
// library functions (each element's schemas stay its own code), and the internal base:
// ApiaryElement and its helpers (dist/base: feed controller, feed states, links, storage, safe URLs)
// plus the design-token helper every element's styles use.
const SHARED = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/*',
  '@apiary/i18n',
  'valibot',
];
const INTERNAL_BASE = /^\.\.?\/(.*\/)?(base|tokens)\//;
const internalBase = {
  name: 'internal-base',
  setup: (b) => b.onResolve({ filter: INTERNAL_BASE }, ({ path }) => ({ path, external: true })),
};
const OWN_BUDGET = { 'apiary-project-grid': 8192 };
const OWN_DEFAULT = 4096;
const CDN_ENTRY_BUDGET = 30_000;
const LANDING_BUDGET = 25_000;
const LOADER_BUDGET = 2048;
const LOADER_PAGE_BUDGET = 14_000;
/** What a page loads to show an entry in English, by `exports` key. */
const PAGE_BUDGET = { './feature-card.js': 11_000, './banner.js': 11_000, '.': 35_000 };

const brotli = (bytes) => brotliCompressSync(bytes).length;
const row = (name, bytes, extra = {}) => ({ name, median: bytes, ci95: null, samples: null, ratio: null, ...extra });
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const bytes = (n) => `${n.toLocaleString('en')} B`;
/** A size goal: met when `size` is at most `budget` (shown in bytes when the budget is not a round kB). */
const sizeGoal = (id, text, size, budget) => {
  const show = budget % 100 ? bytes : kb;
  return { id, text, target: `≤ ${show(budget)}`, actual: show(size), met: size <= budget };
};

/** `[{ tag, entry }]`: every element and its own entry file, from the custom elements manifest. */
async function elementEntries() {
  const manifest = JSON.parse(await readFile(join(elements, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ tag: d.tagName, entry: join(elements, 'dist', `${mod.path.split('/')[1]}.js`) })),
  );
}

/** Bundles `entryPoints` minified with code splitting; brotli sizes of what loads eagerly and lazily. */
async function bundle(entryPoints, external, plugins) {
  const result = await build({
    entryPoints,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    outdir: join(root, '.tmp/sizes-out'),
    absWorkingDir: root,
    external,
    plugins,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const size = Object.fromEntries(result.outputFiles.map((f) => [relative(root, f.path), brotli(f.contents)]));
  const outputs = result.metafile.outputs;
  return entryPoints.map((entryPoint) => {
    const name = Object.keys(outputs).find((key) => outputs[key].entryPoint?.endsWith(relative(root, entryPoint)));
    const eager = new Set([name]);
    for (const file of eager) {
      for (const i of outputs[file].imports) if (i.kind === 'import-statement' && !i.external) eager.add(i.path);
    }
    const lazy = new Set();
    for (const file of [...eager, ...lazy]) {
      for (const i of outputs[file].imports) {
        if (i.kind === 'dynamic-import' && !i.external && !eager.has(i.path)) lazy.add(i.path);
      }
    }
    const sum = (files) => [...files].reduce((total, file) => total + size[file], 0);
    const externals = [...new Set([...eager].flatMap((f) => outputs[f].imports.filter((i) => i.external)))];
    return { eager: sum(eager), lazy: sum(lazy), lazyFiles: [...lazy], externals: externals.map((i) => i.path) };
  });
}

async function ownCode() {
  const entries = await elementEntries();
  const results = await bundle(
    entries.map((e) => e.entry),
    SHARED,
    [internalBase],
  );
  // The shared part once: everything the elements import from lit, i18next, i18n and the base.
  const imported = [...new Set(results.flatMap((r) => r.externals))].map((path) =>
    path.startsWith('.') ? join(elements, 'dist', path.replace(/^(\.\.\/)+|^\.\//, '')) : path,
  );
  const sharedEntry = imported.map((path) => `export * from ${JSON.stringify(path)};`).join('\n');
  const shared = await build({
    stdin: { contents: sharedEntry, resolveDir: elements, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Locale strings load lazily in every build; the shared part is what loads first.
    plugins: [{ name: 'no-lazy', setup: (b) => b.onResolve({ filter: /translations\// }, () => ({ external: true })) }],
    logLevel: 'silent',
  });
  const rows = entries.map(({ tag }, i) => {
    const { eager, lazy, lazyFiles } = results[i];
    const note = lazy
      ? `+ ${kb(lazy)} loaded lazily (${lazyFiles.length} chunk${lazyFiles.length > 1 ? 's' : ''})`
      : undefined;
    return row(tag, eager, note ? { note } : {});
  });
  rows.push(
    row('shared by every element', brotli(shared.outputFiles[0].contents), {
      note: 'lit, @apiary/i18n, valibot functions, ApiaryElement and its helpers (dist/base, tokens)',
    }),
  );
  const goals = entries.map(({ tag }, i) =>
    sizeGoal(
      `size-own-${tag}`,
      `${tag}: own code (entry minus lit, @apiary/i18n, valibot functions, base), min+brotli, loaded at definition`,
      results[i].eager,
      OWN_BUDGET[tag] ?? OWN_DEFAULT,
    ),
  );
  return { rows, goals };
}

/**
 * What a page loads to show each entry of the package in English: the entry and every chunk it
 * imports statically (lit, @apiary/i18n with its bundled English strings), each entry bundled on its
 * own; the locales and parts it loads lazily counted apart.
 */
async function pageLoads() {
  const pkg = JSON.parse(await readFile(join(elements, 'package.json'), 'utf8'));
  const entries = Object.entries(pkg.exports)
    .filter(
      ([key, value]) => /^\.(\/[\w-]+\.js)?$/.test(key) && typeof value === 'object' && !/\/(react|vue)\b/.test(key),
    )
    .map(([key, value]) => ({ key, file: join(elements, value.default) }));
  const rows = [];
  const goals = [];
  for (const { key, file } of entries) {
    const [result] = await bundle([file], [], []);
    const note = result.lazy
      ? `+ ${kb(result.lazy)} lazily (${result.lazyFiles.length} chunks: other locales, parts)`
      : undefined;
    rows.push(row(`${key}: loaded to show it in English`, result.eager, note ? { note } : {}));
    if (PAGE_BUDGET[key]) {
      goals.push(
        sizeGoal(
          `size-page-${key}`,
          `${key === '.' ? '`.` (every element)' : key}: entry and its static chunks, English strings included, min+brotli`,
          result.eager,
          PAGE_BUDGET[key],
        ),
      );
    }
  }
  return { rows, goals };
}

/** The CDN entry file plus anything it imports statically, apart from the chunks it loads lazily. */
async function cdnBundle() {
  const dir = join(elements, 'dist/cdn');
  // The loader and its chunks (loader/) are another build, measured apart.
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js') && f !== 'apiary.loader.js');
  const source = Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))])));
  const eager = new Set(['apiary.js']);
  for (const file of eager) {
    for (const [, dep] of source[file].toString().matchAll(/import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)) {
      eager.add(dep);
    }
  }
  const lazy = files.filter((f) => !eager.has(f));
  const sum = (list) => list.reduce((total, f) => total + brotli(source[f]), 0);
  const entry = sum([...eager]);
  const rows = [
    row('CDN bundle: entry (cdn/apiary.js)', entry, { note: [...eager].join(' + ') }),
    row('CDN bundle: lazy chunks, all', sum(lazy), {
      note: `${lazy.length} chunks (locales, feed parser, virtualizer…)`,
    }),
  ];
  const goal = sizeGoal(
    'size-cdn-entry',
    'CDN all-in-one entry (cdn/apiary.js) min+brotli (lazily loaded chunks counted apart)',
    entry,
    CDN_ENTRY_BUDGET,
  );
  return { rows, goals: [goal] };
}

/**
 * The CDN loader (cdn/apiary.loader.js) on its own, and what a page with one <apiary-feature-card>
 * through it fetches in Chromium until every element is defined and the network is idle: each
 * JavaScript file requested, at its brotli size (what a CDN that compresses transfers), loader included.
 */
async function cdnLoader() {
  const dir = join(elements, 'dist/cdn');
  const loader = brotli(await readFile(join(dir, 'apiary.loader.js')));
  const cdn = await serveCdn(dir);
  const page = await servePages({
    '': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>one card</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.base}apiary.loader.js"></script></head>
<body><apiary-feature-card heading="Networking">Programmable, fast packet processing.</apiary-feature-card></body></html>`,
  });
  useRepoTmpDir(root);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const tab = await browser.newPage();
    const files = [];
    tab.on('request', (request) => request.url().endsWith('.js') && files.push(request.url().slice(cdn.base.length)));
    await tab.goto(`${page.origin}/`, { waitUntil: 'networkidle', timeout: 30_000 });
    await tab.evaluate(async (url) => (await import(url)).allDefined(), `${cdn.base}apiary.loader.js`);
    await tab.waitForLoadState('networkidle');
    const sizes = await Promise.all([...new Set(files)].map(async (f) => brotli(await readFile(join(dir, f)))));
    const total = sizes.reduce((sum, n) => sum + n, 0);
    const rows = [
      row('CDN loader (cdn/apiary.loader.js)', loader, { note: 'defines each element the page shows, on sight' }),
      row('page with one <apiary-feature-card> through the loader: JavaScript in all', total, {
        note: `${sizes.length} files: ${[...new Set(files)].map((f) => f.replace(/^loader\//, '')).join(', ')}`,
      }),
    ];
    const goals = [
      sizeGoal('size-cdn-loader', 'CDN loader (cdn/apiary.loader.js) min+brotli', loader, LOADER_BUDGET),
      sizeGoal(
        'size-cdn-loader-one-card',
        'A page with one <apiary-feature-card> through the CDN loader: every JavaScript file it fetches, loader included, brotli',
        total,
        LOADER_PAGE_BUDGET,
      ),
    ];
    return { rows, goals };
  } finally {
    await browser.close();
    await page.close();
    await cdn.close();
  }
}

/** Compressed bytes of every JavaScript response of the landing page until the network is idle. */
async function landingJavaScript() {
  const site = await serveSite();
  useRepoTmpDir(root);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(site.base + site.paths.landing, { waitUntil: 'networkidle', timeout: 30_000 });
    const scripts = [];
    for (const response of responses) {
      const type = response.headers()['content-type'] ?? '';
      if (!/javascript/.test(type) && !/\.m?js$/.test(new URL(response.url()).pathname)) continue;
      const { responseBodySize } = await response.request().sizes();
      scripts.push({ url: new URL(response.url()).pathname, bytes: responseBodySize });
    }
    scripts.sort((a, b) => b.bytes - a.bytes);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    const biggest = scripts
      .slice(0, 5)
      .map((s) => `${s.url.replace(/^\/assets\//, '')} ${kb(s.bytes)}`)
      .join(', ');
    const rows = [
      row('landing page: JavaScript transferred (brotli)', total, {
        note: `${scripts.length} files; biggest: ${biggest}`,
      }),
    ];
    const goal = sizeGoal(
      'size-landing-js',
      'Landing page JavaScript transferred (brotli), until network idle',
      total,
      LANDING_BUDGET,
    );
    return { rows, goals: [goal] };
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function measure({ log = () => {} } = {}) {
  log('sizes: size-limit on @apiary/elements');
  const limits = sizeLimit(elements);
  const entryRows = limits.map((r) =>
    row(r.name, r.size, r.limit ? { note: `budget ${r.limit}${r.passed ? '' : ' (over)'}` } : {}),
  );
  log('sizes: what a page loads per entry');
  const page = await pageLoads();
  log('sizes: own code per element');
  const own = await ownCode();
  log('sizes: CDN bundle');
  const cdn = await cdnBundle();
  log('sizes: CDN loader');
  const loader = await cdnLoader();
  log('sizes: landing page JavaScript');
  const landing = await landingJavaScript();
  return {
    groups: [
      {
        id: 'sizes-entries',
        title: 'Entries of @apiary/elements, min+brotli (Size Limit; with lit and lazy parts)',
        unit: 'B',
        rows: entryRows,
      },
      {
        id: 'sizes-page',
        title: 'What a page loads to show each entry in English, min+brotli (lazy locales and parts apart)',
        unit: 'B',
        rows: page.rows,
      },
      {
        id: 'sizes-own',
        title: "Each element's own code, min+brotli (loaded at definition)",
        unit: 'B',
        rows: own.rows,
      },
      { id: 'sizes-cdn', title: 'CDN bundle (dist/cdn), min+brotli', unit: 'B', rows: [...cdn.rows, ...loader.rows] },
      { id: 'sizes-landing', title: 'Landing page JavaScript transferred', unit: 'B', rows: landing.rows },
    ],
    goals: [...page.goals, ...own.goals, ...cdn.goals, ...loader.goals, ...landing.goals],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measure({ quick: process.argv.includes('--quick'), log: (line) => console.error(line) });
  console.log(JSON.stringify(result, null, 2));
}
