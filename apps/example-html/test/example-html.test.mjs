// The plain HTML example in Chromium, with the CDN folder served the way a CDN serves it: from
// another origin (another 127.0.0.1 port) under a deep sub-path. Every element the package has is
// defined by the one script; the page's JSON feed loads; switching the locale and crossing the
// virtualizer threshold load their chunks from beside the bundle; no errors, no axe violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { axeViolations, launchChromium, watchedPage } from '../../../scripts/page-checks.mjs';

const pkgDir = dirname(createRequire(import.meta.url).resolve('@apiary/elements/package.json'));
const pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8'));
const manifest = JSON.parse(await readFile(join(pkgDir, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
const projects = JSON.parse(await readFile(new URL('../projects.json', import.meta.url), 'utf8'));
const cdnPath = `/npm/@apiary/elements@${pkg.version}/dist/cdn/`;

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const origin = (server) => `http://127.0.0.1:${server.address().port}`;
const notFound = (res) => () => ((res.statusCode = 404), res.end());

let browser;
let pageServer;
let cdnServer;
let cdnBase;

before(async () => {
  const cdnFiles = sirv(join(pkgDir, 'dist/cdn'), { dev: true });
  cdnServer = await listen((req, res) => {
    // A CDN answers module requests from any origin (module scripts are fetched with CORS).
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!req.url.startsWith(cdnPath)) return notFound(res)();
    req.url = req.url.slice(cdnPath.length - 1);
    cdnFiles(req, res, notFound(res));
  });
  cdnBase = `${origin(cdnServer)}${cdnPath}`;
  const pageFiles = sirv(fileURLToPath(new URL('..', import.meta.url)), { dev: true });
  const html = (await readFile(new URL('../index.html', import.meta.url), 'utf8')).replaceAll('./cdn/', cdnBase);
  pageServer = await listen((req, res) => {
    if (req.url !== '/') return pageFiles(req, res, notFound(res));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  pageServer?.close();
  cdnServer?.close();
});

test('the page works with only the CDN bundle, attributes and a JSON URL, served from another origin', async () => {
  const page = await watchedPage(browser);
  try {
    await page.goto(`${origin(pageServer)}/`, { waitUntil: 'networkidle', timeout: 20000 });
    const undefinedTags = await page.evaluate((list) => list.filter((tag) => !customElements.get(tag)), tags);
    assert.deepEqual(undefinedTags, [], 'elements the bundle does not define');

    const card = page.locator('apiary-feature-card').first();
    assert.equal(await card.locator('h2[part~="title"]').textContent(), 'Security');
    const grid = page.locator('apiary-project-grid');
    await grid.locator('[part~="card"]').first().waitFor({ timeout: 10000 });
    assert.equal(await grid.locator('[part~="card"]').count(), projects.length);
    assert.equal((await grid.locator('[part~="count"]').textContent()).trim(), `${projects.length} projects`);

    // The French strings are a chunk beside the bundle, fetched from the CDN origin.
    await page.locator('apiary-locale-switcher [part~="button"]').click();
    await page.locator('apiary-locale-switcher').getByRole('menuitemradio', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 10000 });
    await grid.locator('[part~="count"]', { hasText: 'projets' }).waitFor({ timeout: 10000 });
    assert.ok(
      page.requests.some((url) => url.startsWith(cdnBase) && /\/fr-[\w-]+\.js$/.test(url)),
      'fr chunk',
    );

    // So is the virtualizer, loaded once a grid crosses its threshold.
    await grid.evaluate((el) => (el.virtualizeThreshold = 2));
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/virtual-[\w-]+\.js$/.test(e.name)),
    );
    await grid.locator('[part~="card"]').first().waitFor({ timeout: 10000 });

    const apiaryScripts = page.requests.filter((url) => url.endsWith('.js'));
    assert.ok(apiaryScripts.length >= 3);
    assert.deepEqual(
      apiaryScripts.filter((url) => !url.startsWith(cdnBase)),
      [],
      'scripts from elsewhere than the CDN folder',
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});
