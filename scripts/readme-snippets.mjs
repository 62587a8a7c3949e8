// Docs that run as written: every fenced block of a README is marked on the line above it, and the
// marked ones run as printed (node:test, from a package's test folder).
//   <!-- snippet: run -->    html: a page with the block as its body. js/ts: bundled as an app's
//                            bundler would (esbuild, from the package folder) and run in a page.
//   <!-- snippet: markup --> html of elements to put in a page that loads Apiary: run in a page
//                            with the CDN loader (cdn/apiary.loader.js) before it.
//   <!-- snippet: node -->   js run by Node from the package folder; what it prints is the body of
//                            the page the next `run` block runs in (a server render and its client).
//   <!-- snippet: skip — why -->   not run; the reason is required.
// A block without a marker fails, so a new snippet is classified when it is written. Pages load
// over 127.0.0.1; requests to the published CDN URLs are answered from the local build
// (dist) and any other off-machine request from the fixtures given, or refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import sirv from 'sirv';
import { listen } from './cdn-server.mjs';
import { launchChromium, watchedPage } from './page-checks.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const elementsDir = dirname(createRequire(import.meta.url).resolve('@apiary/elements/package.json'));
const MARKER = /^<!--\s*snippet:\s*(run|markup|node|skip)\b\s*(?:[—:-]\s*)?(.*?)\s*-->$/;
const CDN = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/@apiary\/elements@[^/]+\/(dist\/.+)$/;
const LOADER = 'https://cdn.jsdelivr.net/npm/@apiary/elements@0/dist/cdn/apiary.loader.js';
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml' };

/** The fenced blocks of a Markdown file: `{ line, lang, code, mode, reason }` (mode undefined when unmarked). */
export function readSnippets(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    let above = i - 1;
    while (above >= 0 && !lines[above].trim()) above--;
    const marker = MARKER.exec(lines[above]?.trim() ?? '');
    found.push({
      line: i + 1,
      lang: open[1],
      code: lines.slice(i + 1, end).join('\n'),
      mode: marker?.[1],
      reason: marker?.[2],
    });
    i = end;
  }
  return found;
}

/**
 * Node tests for the snippets of `readme`, run from `packageDir` (bare imports resolve there).
 * `fixtures` maps a path of the page's origin (`/landscape.json`) or an off-machine URL to a file.
 */
export function snippetTests(readme, { packageDir, fixtures = {} }) {
  const file = fileURLToPath(readme);
  const snippets = readSnippets(file);
  const name = (s) => `${file.slice(root.length)}:${s.line} (${s.lang || 'text'})`;
  const pages = new Map();
  let browser;
  let server;
  let origin;

  before(async () => {
    const files = sirv(root, { dev: true });
    server = await listen((req, res) => {
      const path = req.url.split('?')[0];
      if (pages.has(path)) {
        const { type, body } = pages.get(path);
        res.setHeader('content-type', type);
        return res.end(body);
      }
      if (fixtures[path]) return serveFile(res, fixtures[path]);
      files(req, res, () => ((res.statusCode = 404), res.end()));
    });
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test(`every block of ${file.slice(root.length)} says whether it runs`, () => {
    const unmarked = snippets.filter((s) => !s.mode).map(name);
    assert.deepEqual(
      unmarked,
      [],
      'mark each block: <!-- snippet: run -->, <!-- snippet: node --> or <!-- snippet: skip — why -->',
    );
    const noReason = snippets.filter((s) => s.mode === 'skip' && !s.reason).map(name);
    assert.deepEqual(noReason, [], 'a skipped block says why');
  });

  let printed = '';
  for (const [index, snippet] of snippets.entries()) {
    if (snippet.mode === 'node') {
      test(`${name(snippet)} runs in Node`, () => {
        const dir = join(packageDir, '.tmp');
        mkdirSync(dir, { recursive: true });
        const script = join(dir, `snippet-${index}.mjs`);
        writeFileSync(script, snippet.code);
        printed = execFileSync(process.execPath, [script], { cwd: packageDir, encoding: 'utf8', timeout: 60_000 });
      });
    }
    if (snippet.mode !== 'run' && snippet.mode !== 'markup') continue;
    test(`${name(snippet)} runs as printed`, async () => {
      const body = await pageBody(snippet, index, packageDir, printed, pages);
      printed = '';
      pages.set(`/snippet-${index}.html`, {
        type: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head><body>${body}</body></html>`,
      });
      const page = await watchedPage(browser);
      try {
        await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => answerOffMachine(route, fixtures));
        await page.goto(`${origin}/snippet-${index}.html`, { waitUntil: 'networkidle' });
        const state = await page.evaluate(async () => {
          const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('apiary-'));
          const undefinedTags = elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName);
          await Promise.all(elements.map((el) => el.updateComplete));
          return {
            undefinedTags,
            errors: elements.flatMap((el) => (el.shadowRoot?.querySelector('[part~="error"]') ? [el.localName] : [])),
            replaced: (window.__server ?? []).filter(
              ({ el, first, count }) => !first?.isConnected || el.shadowRoot.childElementCount !== count,
            ).length,
          };
        });
        assert.deepEqual(state.undefinedTags, [], 'elements left undefined');
        assert.deepEqual(state.errors, [], 'elements showing an error state');
        assert.equal(state.replaced, 0, 'server-rendered shadow DOM was replaced instead of hydrated');
        assert.deepEqual(page.problems, []);
      } finally {
        await page.close();
      }
    });
  }
}

/** The page body a `run` block makes: its HTML, or a module script of the bundled code after what a `node` block printed. */
async function pageBody(snippet, index, packageDir, printed, pages) {
  if (snippet.mode === 'markup') return `<script type="module" src="${LOADER}"></script>${snippet.code}`;
  if (snippet.lang === 'html') return snippet.code;
  const result = await build({
    stdin: { contents: snippet.code, resolveDir: packageDir, loader: snippet.lang === 'ts' ? 'ts' : 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // A URL import stays one: the page loads it (from the local build, see answerOffMachine).
    external: ['https://*'],
    write: false,
    logLevel: 'silent',
  });
  pages.set(`/snippet-${index}.js`, { type: 'text/javascript', body: result.outputFiles[0].text });
  return `${printed}<script>${SNAPSHOT}</script><script type="module" src="/snippet-${index}.js"></script>`;
}

// What the server rendered, read before any module runs: hydration keeps these nodes and adds none beside them.
const SNAPSHOT = `window.__server = [...document.querySelectorAll('*')]
  .filter((el) => el.localName.startsWith('apiary-') && el.shadowRoot)
  .map((el) => ({ el, first: el.shadowRoot.firstElementChild, count: el.shadowRoot.childElementCount }));`;

function serveFile(res, path) {
  res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
  res.setHeader('access-control-allow-origin', '*');
  res.end(readFileSync(path));
}

/** The published CDN URLs from the local build; other URLs from the fixtures, or refused (nothing leaves the machine). */
async function answerOffMachine(route, fixtures) {
  const url = route.request().url();
  const cdn = CDN.exec(url);
  const path = cdn ? join(elementsDir, cdn[1]) : fixtures[url];
  if (!path) return route.abort('blockedbyclient');
  return route.fulfill({
    path,
    headers: { 'access-control-allow-origin': '*', 'content-type': TYPES[extname(path)] ?? 'text/plain' },
  });
}
