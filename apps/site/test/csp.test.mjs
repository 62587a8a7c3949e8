// The built site under the strict Content-Security-Policy the build writes (dist/csp.json): scripts
// from self or by the hashes of the inline <head> scripts (the banner preload), styles from self or by the hashes of the prerendered <style> blocks, the YouTube
// frame, and Trusted Types limited to `lit-html` and `apiary-feed`. Every page is opened and every
// button and field is used; not one `securitypolicyviolation` may fire.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { hydrated, start } from './server.mjs';

const dist = new URL('../dist/', import.meta.url);
const { policy } = JSON.parse(await readFile(new URL('csp.json', dist), 'utf8'));
const pages = (await readdir(dist, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

let site;
before(async () => (site = await start({ headers: { 'Content-Security-Policy': policy } })));
after(() => site?.close());

/** Opens `path` with a listener that reports every CSP violation, across navigations too. */
async function openWatched(path) {
  const { page, context } = await site.open();
  const violations = [];
  const inflight = new Set();
  page.on('request', (request) => inflight.add(request));
  for (const done of ['requestfinished', 'requestfailed']) page.on(done, (request) => inflight.delete(request));
  /**
   * Resolves once no request has been in flight for 500 ms (at most 10 s). Playwright's
   * `networkidle` does not do here: a player frame that was opened keeps it from coming back.
   */
  const settled = async () => {
    for (let quiet = 0, waited = 0; quiet < 500 && waited < 10000; waited += 100) {
      await page.waitForTimeout(100);
      quiet = inflight.size ? 0 : quiet + 100;
    }
  };
  await page.exposeFunction('__cspViolation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__cspViolation(`${e.effectiveDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    ),
  );
  const response = await page.goto(new URL(path, site.base).href, { waitUntil: 'networkidle', timeout: 20000 });
  return { page, context, violations, response, settled };
}

test('the build writes the policy with a hash for every prerendered <style> block and inline script', async () => {
  assert.match(policy, /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  assert.match(policy, /trusted-types lit-html apiary-feed/);
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.match(policy, /frame-src https:\/\/www\.youtube-nocookie\.com/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  assert.match(await readFile(new URL('_headers', dist), 'utf8'), /Content-Security-Policy: default-src 'self'/);
  assert.ok(pages.length >= 3, `pages: ${pages}`);
});

test('the policy is enforced, and the violation listener hears it', async () => {
  const { page, context, violations, response } = await openWatched('/');
  try {
    assert.equal(response.headers()['content-security-policy'], policy);
    const blocked = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(blocked, 'Trusted Types did not block innerHTML');
    await page.waitForTimeout(50);
    assert.ok(
      violations.some((v) => v.startsWith('require-trusted-types-for')),
      violations.join('\n'),
    );
  } finally {
    await context.close();
  }
});

test('no page may frame the site (frame-ancestors)', async () => {
  // The framing page has no policy of its own (the site's frame-src would block the frame first).
  const { page, context } = await site.open();
  try {
    await page.setContent(`<iframe src="${new URL('/', site.base).href}"></iframe>`, { waitUntil: 'load' });
    const child = page.frames().find((frame) => frame !== page.mainFrame());
    const shown = await child.evaluate(() => Boolean(document.querySelector('apiary-banner'))).catch(() => false);
    assert.equal(shown, false, `the site rendered inside a frame (${child.url()})`);
  } finally {
    await context.close();
  }
});

test('the inline banner preload runs under the policy: a dismissed banner is hidden before hydration', async () => {
  const { page, context, violations } = await openWatched('/');
  try {
    await page.evaluate(() => localStorage.setItem('apiary-banner-dismissed:summit-2021-videos', '1'));
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('apiary-banner', { state: 'attached' });
    const hidden = await page.evaluate(
      () => document.adoptedStyleSheets.length > 0 && getComputedStyle(document.querySelector('apiary-banner')).display,
    );
    assert.equal(hidden, 'none');
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

for (const path of pages) {
  test(`${path}: no CSP violation on load or when every button and field is used`, async () => {
    const { page, context, violations, settled } = await openWatched(path);
    try {
      await hydrated(page);
      // Playwright's CSS locators pierce open shadow roots: these are the elements' controls too.
      const fields = page.locator('input:visible');
      for (let i = 0; i < Math.min(await fields.count(), 10); i++)
        await fields
          .nth(i)
          .fill('ebpf', { timeout: 2000 })
          .catch(() => {});
      const buttons = page.locator('button:visible');
      const count = Math.min(await buttons.count(), 40);
      for (let i = 0; i < count; i++) {
        await buttons
          .nth(i)
          .click({ timeout: 2000 })
          .catch(() => {}); // a button hidden by an earlier click (a closed menu) is fine
        await page.waitForTimeout(30);
        // A button that navigated (a locale in the switcher): check the new page, then come back.
        if (new URL(page.url()).pathname !== new URL(path, site.base).pathname) {
          await page.waitForLoadState('networkidle');
          await page.goto(new URL(path, site.base).href, { waitUntil: 'networkidle' });
          await hydrated(page);
        }
      }
      await settled();
      assert.deepEqual(violations, [], path);
    } finally {
      await context.close();
    }
  });
}
