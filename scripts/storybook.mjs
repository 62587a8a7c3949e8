// What the Storybook runners (scripts/storybook-smoke.mjs, scripts/storybook-visual.mjs) share:
// building and serving the static Storybook, its story list, and watching a story render and
// settle in a playwright-core page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
export const OUT_DIR = 'storybook-static';
/** How long the network must be idle before a story counts as settled. */
const QUIET_MS = 150;

/** Milliseconds from the environment variable `name` (in seconds), or `fallback` seconds. */
export const seconds = (name, fallback) =>
  (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback) * 1000;

export class Timeout extends Error {}

/** A last resort should something hang outside the bounded steps: exits 1 a minute after `ms`. */
export function startWatchdog(name, ms) {
  const timer = setTimeout(() => {
    console.error(`${name}: gave up after ${Math.round((ms + 60_000) / 1000)} s`);
    process.exit(1);
  }, ms + 60_000);
  timer.unref();
}

/** Rejects with a Timeout after `ms`; `onTimeout` may cancel the work. */
export function within(ms, promise, what, onTimeout) {
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

export const oneLine = (text, max = 300) => {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

// ---------------------------------------------------------------------------------------------
// Build and serve

/** `storybook build` into storybook-static/, stopped after `ms`. */
export function buildStorybook(ms) {
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

/** The stories (not docs pages) of the built Storybook, in the sidebar's order. */
export async function readStories() {
  const file = join(root, OUT_DIR, 'index.json');
  if (!existsSync(file)) throw new Error(`${OUT_DIR}/index.json is missing: build Storybook first`);
  const index = JSON.parse(await readFile(file, 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  if (stories.length === 0) throw new Error(`${OUT_DIR}/index.json lists no stories`);
  return stories;
}

/** Serves storybook-static/ on 127.0.0.1 at a free port. */
export async function serve() {
  const assets = sirv(join(root, OUT_DIR), { dev: false, etag: true });
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

/** A story's URL in the preview iframe; `globals` as the toolbar sets them in the URL (`globals=theme:dark;…`). */
export const storyUrl = (origin, id, globals) =>
  `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story` +
  (globals
    ? `&globals=${Object.entries(globals)
        .map(([key, value]) => `${key}:${value}`)
        .join(';')}`
    : '');

/** The open story's effective globals: its own win over the toolbar's. */
export const storyGlobals = (page) =>
  page.evaluate(() => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const { locale, direction, theme } = preview.storyStoreValue.getStoryContext(preview.currentRender.story).globals;
    return { locale, direction, theme };
  });

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Watches `page`: collects console errors, page errors and failed same-origin requests into
 * `errors`, and counts requests in flight so `quiet(deadline)` can wait for the network to rest.
 */
export function watchPage(page, origin) {
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
  const isQuiet = () => inFlight === 0 && Date.now() - lastNetwork >= QUIET_MS;
  const quiet = async (deadline) => {
    while (Date.now() < deadline && !isQuiet()) await new Promise((resolve) => setTimeout(resolve, 25));
  };
  return { errors, quiet, isQuiet };
}

/**
 * Settled: no request for a while (lazily loaded locales, say) and no Lit update pending.
 * Returns the tags still updating when the deadline ran out, or undefined.
 */
export async function settle(page, watcher, deadline) {
  for (let round = 0; round < 3; round++) {
    await watcher.quiet(deadline);
    const updates = await updatesComplete(page, Math.max(1, deadline - Date.now()));
    if (updates.pending) return updates.pending;
    if (watcher.isQuiet()) return undefined;
  }
  return undefined;
}

/** Waits for Storybook to finish rendering `storyId`; returns the render phase and the story's parameters. */
export async function waitForStory(page, storyId, timeout) {
  const handle = await page.waitForFunction(
    (id) => {
      // Storybook 10's preview: `__STORYBOOK_PREVIEW__.currentRender` is the story render, with
      // its lifecycle `phase` and the prepared story (parameters, tags).
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      if (!render || render.id !== id || !['finished', 'errored', 'aborted'].includes(render.phase)) return false;
      const pick = (value) => JSON.parse(JSON.stringify(value ?? null));
      const { smoke, a11y, visual } = render.story?.parameters ?? {};
      return { phase: render.phase, parameters: { smoke: pick(smoke), a11y: pick(a11y), visual: pick(visual) } };
    },
    storyId,
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}

/**
 * Sets Storybook globals in the open story as the toolbar would and waits for the re-render.
 * Returns the render phase, the story's effective globals (`want`: a story's own globals win
 * over the toolbar's) and what reached `<html>`.
 */
export async function switchGlobals(page, globals, timeout) {
  const want = await page.evaluate((updated) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    // Not awaited: it settles before the re-render has, which the wait below covers.
    void preview.onUpdateGlobals({ globals: updated });
    const { locale, direction, theme } = preview.storyStoreValue.getStoryContext(preview.currentRender.story).globals;
    return { locale, direction, theme };
  }, globals);
  const handle = await page.waitForFunction(
    ({ theme }) => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      const done = ['finished', 'errored', 'aborted'].includes(render.phase) && !render.rerenderEnqueued;
      const html = document.documentElement;
      return (
        done &&
        html.dataset.theme === theme && {
          phase: render.phase,
          lang: html.lang,
          dir: html.dir,
          theme: html.dataset.theme,
        }
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
export function updatesComplete(page, timeout) {
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
