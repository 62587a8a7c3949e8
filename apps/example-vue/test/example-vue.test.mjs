// The Vue 3 example, built by Vite and served by `vite preview`, in Chromium: arrays reach the
// elements as properties, and Vue's `@apiary-*` listeners receive the elements' events.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { axeViolations, launchChromium, watchedPage } from '../../../scripts/page-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const projects = JSON.parse(await readFile(new URL('../src/projects.json', import.meta.url), 'utf8'));
let server;
let browser;

before(async () => {
  server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Vue passes arrays as properties and hears apiary-* events', async () => {
  const page = await watchedPage(browser);
  try {
    await page.goto(server.resolvedUrls.local[0], { waitUntil: 'networkidle', timeout: 20000 });
    const grid = page.locator('apiary-project-grid');
    await grid.locator('[part~="card"]').first().waitFor({ timeout: 10000 });
    assert.equal(await grid.locator('[part~="card"]').count(), projects.length);
    assert.deepEqual(await grid.evaluate((el) => Array.isArray(el.projects) && el.projects.length), projects.length);

    // `@apiary-filter-change` updates Vue state.
    await grid.locator('[part~="search-input"]').fill('cilium');
    await page.getByTestId('matching').filter({ hasText: '1 matching' }).waitFor({ timeout: 10000 });

    // `locales` is an array property; `@apiary-locale-change` reports the pick to Vue.
    await page.locator('apiary-locale-switcher [part~="button"]').click();
    const items = page.locator('apiary-locale-switcher').getByRole('menuitemradio');
    assert.equal(await items.count(), 3);
    await items.filter({ hasText: 'Français' }).click();
    await page.getByTestId('locale').filter({ hasText: 'fr' }).waitFor({ timeout: 10000 });
    await grid.locator('[part~="count"]', { hasText: 'projet' }).waitFor({ timeout: 10000 });

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});
