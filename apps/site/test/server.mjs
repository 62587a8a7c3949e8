// The built site served the way `npm start` serves it (vite preview on 127.0.0.1), and Chromium
// driven by playwright-core. Every request that would leave 127.0.0.1 is recorded and refused.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from '../../../scripts/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serves dist/ (with extra response `headers`, e.g. a Content-Security-Policy) and opens Chromium. */
export async function start({ headers } = {}) {
  useRepoTmpDir(fileURLToPath(new URL('../../../', import.meta.url)));
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, headers },
  });
  const base = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  const external = [];

  /** A page that records console errors and warnings, page errors, failed and external requests. */
  async function open(path, { javaScript = true, context } = {}) {
    const ctx = context ?? (await browser.newContext({ javaScriptEnabled: javaScript }));
    const page = await ctx.newPage();
    const problems = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      external.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on(
      'console',
      (msg) => ['error', 'warning'].includes(msg.type()) && problems.push(`${msg.type()}: ${msg.text()}`),
    );
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (res) => res.status() >= 400 && problems.push(`${res.status()} ${res.url()}`));
    if (path) await page.goto(new URL(path, base).href, { waitUntil: 'networkidle', timeout: 20000 });
    return { page, problems, context: ctx };
  }

  async function close() {
    await browser.close();
    await server.close();
  }

  return { base, browser, open, close, external };
}

/** Runs axe on the page and returns its violations as short strings. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () =>
    (await window.axe.run(document)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  );
}

/**
 * Waits until every Apiary element on the page is defined and has rendered. Elements below the
 * fold hydrate only near the viewport, so each one still undefined is scrolled to in turn; the page
 * is scrolled back to the top at the end.
 */
export async function hydrated(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('apiary-'));
      elements.find((el) => !customElements.get(el.localName))?.scrollIntoView({ block: 'center' });
      return elements.every((el) => customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending);
    },
    null,
    { timeout: 15000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}
