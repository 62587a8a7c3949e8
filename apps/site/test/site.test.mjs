// The built site, served the way `npm start` serves it, shows the four feature cards per locale
// in Chromium, with no console errors and no axe violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from '../../../scripts/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
let browser;
let base;

before(async () => {
  useRepoTmpDir(fileURLToPath(new URL('../../../', import.meta.url)));
  server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  base = server.resolvedUrls.local[0];
  browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const pages = [
  { path: '/', lang: 'en', headings: ['Security', 'Networking', 'Tracing & Profiling', 'Observability & Monitoring'] },
  { path: '/zh-hans/', lang: 'zh-Hans', headings: ['安全', '网络', '跟踪 & 性能分析', '观测 & 监控'] },
];

for (const { path, lang, headings } of pages) {
  test(`${path} shows the four feature cards in ${lang}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('requestfailed', (req) => errors.push(`${req.url()} ${req.failure()?.errorText}`));
    page.on('response', (res) => res.status() >= 400 && errors.push(`${res.status()} ${res.url()}`));
    try {
      const response = await page.goto(new URL(path, base).href, { waitUntil: 'networkidle', timeout: 20000 });
      assert.equal(response.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.waitForFunction(() => customElements.get('apiary-feature-card'), null, { timeout: 10000 });
      const titles = await page.$$eval('apiary-feature-card', (cards) =>
        cards.map((card) => {
          const title = card.shadowRoot.querySelector('[part~="title"]');
          return { tag: title.localName, text: title.textContent.trim() };
        }),
      );
      assert.deepEqual(
        titles,
        headings.map((text) => ({ tag: 'h2', text })),
      );
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.help}`),
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
