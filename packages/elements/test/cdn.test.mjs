// The all-in-one CDN bundle (dist/cdn/apiary.js) in Chromium, served as a CDN serves it: from another
// origin under a deep sub-path. The one script defines every element; a locale's strings load as a
// chunk from beside it; none of the loader's chunks load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium, watchedPage } from '../../../scripts/page-checks.mjs';
import { serveCdn, servePages } from '../../../scripts/cdn-server.mjs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

let browser;
let cdn;
let site;

before(async () => {
  cdn = await serveCdn(fileURLToPath(new URL('dist/cdn/', root)), {
    path: `/npm/@apiary/elements@${pkg.version}/dist/cdn/`,
  });
  site = await servePages({
    'all-in-one': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>all-in-one</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${cdn.base}apiary.css">
<script type="module" src="${cdn.base}apiary.js"></script></head>
<body><apiary-locale-switcher locales="en fr"></apiary-locale-switcher>
<apiary-feature-card heading="Security">Observe the kernel.</apiary-feature-card></body></html>`,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

test('cdn/apiary.js defines every element; locale chunks load from beside it', async () => {
  const page = await watchedPage(browser);
  try {
    await page.goto(`${site.origin}/all-in-one`, { waitUntil: 'networkidle', timeout: 20000 });
    assert.deepEqual(await page.evaluate((list) => list.filter((tag) => !customElements.get(tag)), tags), []);
    assert.equal((await page.locator('apiary-feature-card h3[part~="title"]').textContent()).trim(), 'Security');
    await page.locator('apiary-locale-switcher [part~="button"]').click();
    await page.locator('apiary-locale-switcher').getByRole('menuitemradio', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 10000 });
    const scripts = page.requests.filter((url) => url.endsWith('.js'));
    assert.ok(
      scripts.every((url) => url.startsWith(cdn.base)),
      scripts.join(', '),
    );
    const files = scripts.map((url) => url.slice(cdn.base.length));
    assert.equal(files[0], 'apiary.js');
    assert.ok(
      files.some((file) => /^fr-[\w-]+\.js$/.test(file)),
      'fr chunk',
    );
    assert.deepEqual(
      files.filter((file) => file.startsWith('loader/') || file === 'apiary.loader.js'),
      [],
    );
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});
