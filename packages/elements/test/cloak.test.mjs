// The opt-in cloak of apiary.css (`<html class="apiary-cloak">`) in Chromium, with the CDN loader:
// an undefined element is hidden (keeping its box) until it is defined; a prerendered one
// (declarative shadow DOM) is never hidden; when a chunk never arrives, the failsafe timeout
// (`--apiary-cloak-timeout`, 2s) shows the element anyway.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { launchChromium } from '../../../scripts/page-checks.mjs';
import { serveCdn, servePages } from '../../../scripts/cdn-server.mjs';
import '../dist/feature-card.js';

const root = new URL('../', import.meta.url);
let browser;
let cdn;
let site;
let hold; // resolves to let the held-back feature card chunk through
let fail = false; // the feature card chunk fails

const prerendered = await collectResult(
  render(html`<apiary-feature-card id="ssr" heading="Prerendered">Rendered on the server.</apiary-feature-card>`),
);

before(async () => {
  cdn = await serveCdn(fileURLToPath(new URL('dist/cdn/', root)), {
    intercept: async (req, res) => {
      if (!/^\/loader\/feature-card-[\w-]+\.js$/.test(req.url)) return false;
      if (fail) return ((res.statusCode = 503), res.end(), true);
      await hold?.promise;
      return false;
    },
  });
  const page = (body) => `<!doctype html>
<html lang="en" class="apiary-cloak"><head><meta charset="utf-8"><title>cloak</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${cdn.base}apiary.css">
<script type="module" src="${cdn.base}apiary.loader.js"></script></head>
<body>${body}</body></html>`;
  site = await servePages({
    client: page('<apiary-feature-card id="client" heading="Client">Rendered in the browser.</apiary-feature-card>'),
    prerendered: page(prerendered),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

const state = (page, id) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    return { defined: el.matches(':defined'), visibility: getComputedStyle(el).visibility, height: el.offsetHeight };
  }, id);

test('an undefined element is hidden, keeping its box, until it is defined', async () => {
  let release;
  hold = { promise: new Promise((resolve) => (release = resolve)) };
  const page = await browser.newPage();
  try {
    await page.goto(`${site.origin}/client`, { waitUntil: 'domcontentloaded' });
    const before = await state(page, 'client');
    assert.deepEqual({ ...before, height: before.height > 0 }, { defined: false, visibility: 'hidden', height: true });
    release();
    await page.waitForFunction(() => document.getElementById('client').matches(':defined'), null, { timeout: 10000 });
    assert.equal((await state(page, 'client')).visibility, 'visible');
  } finally {
    release();
    hold = undefined;
    await page.close();
  }
});

test('a prerendered element (declarative shadow DOM) is never hidden, before it is defined either', async () => {
  let release;
  hold = { promise: new Promise((resolve) => (release = resolve)) };
  const page = await browser.newPage();
  try {
    await page.goto(`${site.origin}/prerendered`, { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await state(page, 'ssr').then((s) => [s.defined, s.visibility]), [false, 'visible']);
    assert.match(await page.evaluate(() => document.getElementById('ssr').shadowRoot.textContent), /Prerendered/);
  } finally {
    release();
    hold = undefined;
    await page.close();
  }
});

test('failsafe: when the chunk never comes, the element shows after --apiary-cloak-timeout (2s)', async () => {
  fail = true;
  const page = await browser.newPage();
  page.on('console', () => {}); // the loader reports the failed chunk; expected here
  try {
    const start = Date.now();
    await page.goto(`${site.origin}/client`, { waitUntil: 'domcontentloaded' });
    assert.equal((await state(page, 'client')).visibility, 'hidden');
    await page.waitForFunction(
      () => getComputedStyle(document.getElementById('client')).visibility === 'visible',
      null,
      {
        timeout: 5000,
      },
    );
    assert.ok(Date.now() - start >= 1900, `shown after ${Date.now() - start} ms`);
    assert.equal((await state(page, 'client')).defined, false);
  } finally {
    fail = false;
    await page.close();
  }
});
