// Smoke- and accessibility-tests every story of the static Storybook in Chromium.
//
//   node scripts/storybook-smoke.mjs            builds storybook-static/, then checks every story
//   node scripts/storybook-smoke.mjs --no-build checks the storybook-static/ that is there
//
// Each story opens once (iframe.html?id=<id>&viewMode=story) and every story-level check runs on
// that one render: `checks` below (it renders, axe-core finds no violation) and then the error
// check (no console error, page error or failed same-origin request). Add a check (screenshots,
// say) to `checks`.
//
// Accessibility matrix: each story then re-renders in place (as the toolbar does, no reload) with
// one (locale, theme) pair from {en, zh-Hans, ar} × {light, dark}, in turn by story, and the checks
// marked `matrix` run again there; so every pair is covered across the suite at the cost of one
// extra render per story.
//
// A story that shows a failure on purpose is tagged `expected-error` and lists the console errors
// it expects as regular expressions, `parameters: { smoke: { expectedErrors: ['404'] } }`: every
// error must match one of them and each of them must match an error.
//
// Prints one line per story and a total, writes .reports/storybook.json, exits 1 on any failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const OUT_DIR = 'storybook-static';
const REPORT = join(root, '.reports', 'storybook.json');
const EXPECTED_ERROR_TAG = 'expected-error';

const seconds = (name, fallback) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback) * 1000;
/** Everything, build included. */
const TOTAL_MS = seconds('STORYBOOK_SMOKE_TIMEOUT', 600);
const BUILD_MS = seconds('STORYBOOK_SMOKE_BUILD_TIMEOUT', 300);
/** One story: load, render, settle and every check. */
const STORY_MS = seconds('STORYBOOK_SMOKE_STORY_TIMEOUT', 30);
/** How long the network must be idle before a story counts as settled. */
const QUIET_MS = 150;

const started = Date.now();
const remaining = () => TOTAL_MS - (Date.now() - started);

class Timeout extends Error {}

/** Rejects with a Timeout after `ms`; `onTimeout` may cancel the work. */
function within(ms, promise, what, onTimeout) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => {
          onTimeout?.();
          reject(new Timeout(`${what} took longer than ${Math.round(ms / 1000)} s`));
        },
        Math.max(0, ms),
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

const oneLine = (text, max = 300) => {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

// ---------------------------------------------------------------------------------------------
// Build and serve

function buildStorybook() {
  const pkg = JSON.parse(readFileSync(require.resolve('storybook/package.json'), 'utf8'));
  const bin = join(
    dirname(require.resolve('storybook/package.json')),
    typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.storybook,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', '-o', OUT_DIR, '--quiet'], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const ms = Math.min(BUILD_MS, remaining());
    const timer = setTimeout(() => child.kill('SIGTERM'), ms);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const why = signal ? `was stopped after ${Math.round(ms / 1000)} s` : `exited with ${code}`;
        reject(new Error(`storybook build ${why}\n${output.split('\n').slice(-40).join('\n')}`));
      }
    });
  });
}

/** Serves storybook-static/ on 127.0.0.1 at a free port. */
async function serve(dir) {
  const assets = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      // Chromium asks for /favicon.ico on its own; that is no request of a story's.
      res.statusCode = req.url === '/favicon.ico' ? 204 : 404;
      res.end();
    }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// In the page

/** Waits for Storybook to finish rendering `storyId`; returns the render phase and the story's parameters. */
async function waitForStory(page, storyId, timeout) {
  const handle = await page.waitForFunction(
    (id) => {
      // Storybook 10's preview: `__STORYBOOK_PREVIEW__.currentRender` is the story render, with
      // its lifecycle `phase` and the prepared story (parameters, tags).
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      if (!render || render.id !== id || !['finished', 'errored', 'aborted'].includes(render.phase)) return false;
      const pick = (value) => JSON.parse(JSON.stringify(value ?? null));
      const { smoke, a11y } = render.story?.parameters ?? {};
      return { phase: render.phase, parameters: { smoke: pick(smoke), a11y: pick(a11y) } };
    },
    storyId,
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}

/**
 * Sets Storybook globals in the open story as the toolbar would and waits for the re-render.
 * Returns the render phase, the story's effective globals and what reached `<html>`.
 */
async function switchGlobals(page, globals, timeout) {
  const want = await page.evaluate((updated) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    // Not awaited: it settles before the re-render has, which the wait below covers.
    void preview.onUpdateGlobals({ globals: updated });
    const { locale, theme } = preview.storyStoreValue.getStoryContext(preview.currentRender.story).globals;
    return { locale, theme };
  }, globals);
  const handle = await page.waitForFunction(
    ({ theme }) => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      const done = ['finished', 'errored', 'aborted'].includes(render.phase) && !render.rerenderEnqueued;
      const html = document.documentElement;
      return (
        done && html.dataset.theme === theme && { phase: render.phase, lang: html.lang, theme: html.dataset.theme }
      );
    },
    want,
    { timeout, polling: 50 },
  );
  return { want, ...(await handle.jsonValue()) };
}

/**
 * Waits until every Lit element in #storybook-root (shadow roots included) has no update pending.
 * Returns the number of such elements, or the tags still updating when `timeout` ran out.
 */
function updatesComplete(page, timeout) {
  return page.evaluate(async (ms) => {
    const deadline = performance.now() + ms;
    const root = document.querySelector('#storybook-root');
    const reactive = () => {
      const found = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.updateComplete instanceof Promise) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      if (root) walk(root);
      return found;
    };
    await document.fonts?.ready;
    for (;;) {
      const elements = reactive();
      const left = deadline - performance.now();
      const done = await Promise.race([
        Promise.all(elements.map((el) => el.updateComplete)).then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), Math.max(0, left))),
      ]);
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const pending = reactive().filter((el) => el.isUpdatePending);
      if (done && pending.length === 0) return { count: elements.length };
      if (performance.now() >= deadline) return { pending: [...new Set(pending.map((el) => el.localName))] };
    }
  }, timeout);
}

// ---------------------------------------------------------------------------------------------
// Checks: each gets the story's context and returns its problems (an empty list when it passes).

/** The story rendered without Storybook showing an error, into a non-empty #storybook-root, with every custom element defined. */
async function checkRendered({ page, phase }) {
  const problems = [];
  if (phase !== 'finished') problems.push(`render ${phase}`);
  const shown = await page.evaluate(() => {
    const errorShown = document.body.classList.contains('sb-show-errordisplay');
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const root = document.querySelector('#storybook-root');
    const empty = !root || (root.children.length === 0 && !root.textContent?.trim());
    // A custom element that never got defined renders nothing, silently.
    const undefinedTags = new Set();
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-') && !customElements.get(el.localName)) undefinedTags.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return { errorShown, message, empty, undefinedTags: [...undefinedTags] };
  });
  if (shown.errorShown) problems.push(`Storybook shows an error: ${oneLine(shown.message, 160)}`);
  if (shown.empty) problems.push('#storybook-root is empty');
  if (shown.undefinedTags.length) problems.push(`undefined custom elements: ${shown.undefinedTags.join(', ')}`);
  return problems;
}

let axeSource;
/** axe-core on #storybook-root, configured like addon-a11y (no `region` rule) plus the story's `parameters.a11y`. */
async function checkAxe({ page, parameters }) {
  const a11y = parameters.a11y ?? {};
  if (a11y.disable === true || a11y.test === 'off') return [];
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Once per page: the matrix pass re-renders in the same document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async ({ config = {}, options = {}, context }) => {
    const axe = window.axe;
    axe.reset();
    axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
    const target = typeof context === 'string' || context?.include ? context : '#storybook-root';
    const results = await axe.run(target, { ...options, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((node) => node.target.flat().join(' ')),
      count: v.nodes.length,
    }));
  }, a11y);
  return violations.map(
    (v) => `axe ${v.id} (${v.impact}, ${v.count} node${v.count === 1 ? '' : 's'}: ${v.targets.join(', ')})`,
  );
}

/** Story-level checks, in order, on the one render of each story. */
const checks = [
  { name: 'rendered', run: checkRendered, matrix: true },
  { name: 'axe', run: checkAxe, matrix: true },
];

/**
 * The accessibility matrix: every story renders once with the default globals (en, light) and
 * once more in one (locale, theme) pair of MATRIX, taken in turn by story index, so across the
 * suite every pair is checked many times while each story costs two renders, not six.
 */
const MATRIX = ['en', 'zh-Hans', 'ar'].flatMap((locale) => ['light', 'dark'].map((theme) => ({ locale, theme })));
// Skip en/light, which the default render already covers; rotate the other five.
const matrixGlobals = (index) => MATRIX.slice(1)[index % (MATRIX.length - 1)];

/**
 * Console errors, page errors and failed same-origin requests against what the story expects:
 * nothing, unless it is tagged `expected-error` and lists regular expressions that match them.
 */
function checkErrors({ entry, parameters, errors }) {
  const tagged = entry.tags?.includes(EXPECTED_ERROR_TAG) ?? false;
  const expected = parameters.smoke?.expectedErrors;
  const problems = [];
  if (expected !== undefined && (!Array.isArray(expected) || expected.some((p) => typeof p !== 'string')))
    return ['parameters.smoke.expectedErrors must be a list of regular expressions (strings)'];
  if (tagged && !expected?.length)
    problems.push(`tagged ${EXPECTED_ERROR_TAG} but lists no parameters.smoke.expectedErrors`);
  if (!tagged && expected?.length)
    problems.push(`lists parameters.smoke.expectedErrors but is not tagged ${EXPECTED_ERROR_TAG}`);
  const patterns = (tagged ? (expected ?? []) : []).map((source) => ({ source, regex: new RegExp(source) }));
  for (const error of errors) {
    if (!patterns.some(({ regex }) => regex.test(error))) problems.push(oneLine(error));
  }
  for (const { source } of patterns) {
    if (!errors.some((error) => new RegExp(source).test(error)))
      problems.push(`expected error /${source}/ did not occur`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One story

async function runStory(context, origin, entry, index) {
  const page = await context.newPage();
  const errors = [];
  let inFlight = 0;
  let lastNetwork = Date.now();
  const sameOrigin = (url) => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    errors.push(`console.error: ${message.text()}${where ? ` (${where.replace(origin, '')})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('request', () => {
    inFlight++;
    lastNetwork = Date.now();
  });
  const settled = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastNetwork = Date.now();
  };
  page.on('requestfinished', async (request) => {
    settled();
    if (!sameOrigin(request.url())) return;
    const response = await request.response().catch(() => null);
    if (response && response.status() >= 400)
      errors.push(`request ${response.status()} ${request.method()} ${request.url().replace(origin, '')}`);
  });
  page.on('requestfailed', (request) => {
    settled();
    if (sameOrigin(request.url()))
      errors.push(
        `request failed ${request.method()} ${request.url().replace(origin, '')}: ${request.failure()?.errorText}`,
      );
  });

  const networkQuiet = async (deadline) => {
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastNetwork < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  const work = async () => {
    const deadline = Date.now() + STORY_MS;
    const left = () => Math.max(1, deadline - Date.now());
    const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`;
    const problems = [];
    let ctx;
    let rendered;
    // The default render, then the same story again in this story's turn of the matrix.
    for (const globals of [null, matrixGlobals(index)]) {
      const label = globals ? `[${globals.locale}/${globals.theme}] ` : '';
      if (!globals) {
        await page.goto(url, { waitUntil: 'load', timeout: left() });
        try {
          rendered = await waitForStory(page, entry.id, left());
        } catch (error) {
          if (error.name === 'TimeoutError') return ['did not finish rendering in time'];
          throw error;
        }
      } else {
        // As the toolbar does: new globals re-render the story in place (loaders and decorators
        // run again), much cheaper than a reload. A story's own globals still win over them.
        let switched;
        try {
          switched = await switchGlobals(page, globals, left());
        } catch (error) {
          if (error.name === 'TimeoutError') return [...problems, `${label}did not re-render in time`];
          throw error;
        }
        rendered = { ...rendered, phase: switched.phase };
        if (!switched.lang.startsWith(String(switched.want.locale).split('-')[0]))
          problems.push(`${label}locale not applied (lang=${switched.lang})`);
      }
      // Settled: no request for a while (lazily loaded locales, say) and no Lit update pending.
      for (let round = 0; round < 3; round++) {
        await networkQuiet(deadline);
        const updates = await updatesComplete(page, left());
        if (updates.pending) return [...problems, `${label}elements still updating: ${updates.pending.join(', ')}`];
        if (inFlight === 0 && Date.now() - lastNetwork >= QUIET_MS) break;
      }
      ctx = { page, entry, url, phase: rendered.phase, parameters: rendered.parameters, errors, globals };
      for (const check of checks) {
        if (globals && !check.matrix) continue;
        try {
          problems.push(...(await check.run(ctx)).map((problem) => label + problem));
        } catch (error) {
          problems.push(`${label}${check.name} check failed: ${oneLine(error.message, 200)}`);
        }
      }
      await networkQuiet(deadline);
    }
    problems.push(...checkErrors(ctx));
    return problems;
  };

  try {
    return await within(
      Math.min(STORY_MS + 5000, remaining()),
      work(),
      'the story',
      () => void page.close().catch(() => {}),
    );
  } catch (error) {
    return [oneLine(error instanceof Timeout ? error.message : `${error.name}: ${error.message}`, 200)];
  } finally {
    page.removeAllListeners();
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------

async function writeReport(passed, failed) {
  await mkdir(dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${JSON.stringify({ runner: 'storybook-smoke', passed, failed, skipped: 0 })}\n`);
}

async function main() {
  const executablePath = requireChrome();
  useRepoTmpDir(root);
  const outDir = join(root, OUT_DIR);

  if (!process.argv.includes('--no-build')) {
    console.log('Building Storybook…');
    await buildStorybook();
  }
  if (!existsSync(join(outDir, 'index.json')))
    throw new Error(`${OUT_DIR}/index.json is missing: build Storybook first`);
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  if (stories.length === 0) throw new Error(`${OUT_DIR}/index.json lists no stories`);

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    server = await serve(outDir);
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    for (const [index, entry] of stories.entries()) {
      const problems =
        remaining() > 0
          ? await runStory(context, server.origin, entry, index)
          : ['not run: the total time limit ran out'];
      if (problems.length === 0) {
        passed++;
        console.log(`✓ ${entry.id}`);
      } else {
        failed++;
        console.log(`✗ ${entry.id} — ${problems.join('; ')}`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  await writeReport(passed, failed);
  return failed === 0;
}

// A last resort should something hang outside the bounded steps.
const watchdog = setTimeout(() => {
  console.error(`storybook-smoke: gave up after ${Math.round((TOTAL_MS + 60_000) / 1000)} s`);
  process.exit(1);
}, TOTAL_MS + 60_000);
watchdog.unref();

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✗ storybook-smoke: ${error.message}`);
  await writeReport(0, 1).catch(() => {});
  process.exitCode = 1;
}
