// The CDN autoloader (dist/cdn/apiary.loader.js) in Chromium, served as a CDN serves it: from another
// origin under a deep sub-path. It defines only the elements a page shows, in the document, in
// subtrees added later and in open shadow roots (declarative ones, and ones inside added subtrees);
// closed roots through discover(); allDefined() resolves, or rejects naming the element whose chunk
// failed. Chunks load from beside the loader, lit once, with no injected <script> and no Trusted
// Types policy of its own (the page runs under the documented strict CSP).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/page-checks.mjs';
import { serveCdn, servePages } from '../../../scripts/cdn-server.mjs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
const CSP =
  "default-src 'self'; script-src 'self' http://127.0.0.1:*; connect-src 'self'; img-src 'self' data:; " +
  "style-src 'self' http://127.0.0.1:*; require-trusted-types-for 'script'; trusted-types lit-html apiary-feed 'allow-duplicates'";

let browser;
let cdn;
let site;
let failing; // a tag whose chunk the CDN answers with a 503

const page = (body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>loader</title><link rel="icon" href="data:,">${head}
<script type="module" src="${cdn.base}apiary.loader.js"></script></head>
<body>${body}</body></html>`;

before(async () => {
  cdn = await serveCdn(fileURLToPath(new URL('dist/cdn/', root)), {
    path: `/npm/@apiary/elements@${pkg.version}/dist/cdn/`,
    intercept: (req, res) => {
      if (!failing || !new RegExp(`^/loader/${failing.replace('apiary-', '')}-[\\w-]+\\.js$`).test(req.url))
        return false;
      res.statusCode = 503;
      res.end();
      return true;
    },
  });
  site = await servePages(
    {
      document: page(`<apiary-feature-card heading="Security">Observe the kernel.</apiary-feature-card>
        <apiary-locale-switcher locales="en fr"></apiary-locale-switcher>`),
      empty: page('<p>No Apiary element here.</p>'),
      shadow: page(`<div id="host"><template shadowrootmode="open">
          <section><apiary-feature-card heading="In a shadow root"></apiary-feature-card></section>
        </template></div>`),
      later: page('<main></main>'),
      unknown: page('<apiary-feature-crad></apiary-feature-crad>'),
    },
    // The documented strict CSP, Trusted Types included, on the main page.
    { headers: (name) => (name === 'document' ? { 'Content-Security-Policy': CSP } : {}) },
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

/** Opens `name`; records requests, problems, created Trusted Types policies and CSP violations. */
async function open(name) {
  const p = await browser.newPage();
  p.problems = [];
  p.requests = [];
  p.on('pageerror', (err) => p.problems.push(`page error: ${err.message}`));
  p.on('console', (msg) => msg.type() === 'error' && p.problems.push(`console: ${msg.text()}`));
  p.on('request', (req) => p.requests.push(req.url()));
  await p.addInitScript(() => {
    window.policies = [];
    window.securityViolations = [];
    const create = trustedTypes.createPolicy.bind(trustedTypes);
    trustedTypes.createPolicy = (policyName, rules) => (window.policies.push(policyName), create(policyName, rules));
    document.addEventListener('securitypolicyviolation', (e) => window.securityViolations.push(e.violatedDirective));
  });
  await p.goto(`${site.origin}/${name}`, { waitUntil: 'load' });
  // The loader's own module (the same instance the page's script loaded), for the calls below.
  await p.evaluate(async (url) => (window.loader = await import(url)), `${cdn.base}apiary.loader.js`);
  return p;
}

const defined = (p) => p.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
const chunks = (p) => p.requests.filter((url) => url.endsWith('.js')).map((url) => url.slice(cdn.base.length));

test('the document: defines only the elements on the page, from chunks beside the loader, lit once', async () => {
  const p = await open('document');
  try {
    await p.evaluate(() => window.loader.allDefined());
    assert.deepEqual(await defined(p), ['apiary-feature-card', 'apiary-locale-switcher']);
    const title = await p.locator('apiary-feature-card h3[part~="title"]').textContent();
    assert.equal(title.trim(), 'Security');
    assert.deepEqual(
      p.requests.filter((url) => url.endsWith('.js') && !url.startsWith(cdn.base)),
      [],
      'scripts from elsewhere than the CDN folder',
    );
    const loaded = chunks(p);
    assert.equal(loaded[0], 'apiary.loader.js');
    assert.ok(
      loaded.slice(1).every((file) => file.startsWith('loader/')),
      loaded.join(', '),
    );
    for (const other of ['project-grid', 'talk-list', 'blog-teaser', 'banner']) {
      assert.ok(!loaded.some((file) => file.startsWith(`loader/${other}-`)), `${other} loaded for nothing`);
    }
    // One copy of lit between the chunks.
    assert.deepEqual(
      await p.evaluate(() => [window.litHtmlVersions?.length, window.litElementVersions?.length]),
      [1, 1],
    );
    assert.equal(await p.locator('script').count(), 1, 'the loader injected a <script>');
    assert.deepEqual(await p.evaluate(() => window.securityViolations), []);
    assert.ok((await p.evaluate(() => window.policies)).every((name) => ['lit-html', 'apiary-feed'].includes(name)));
    // A locale chunk still loads from beside the element chunks.
    await p.locator('apiary-locale-switcher [part~="button"]').click();
    await p.locator('apiary-locale-switcher').getByRole('menuitemradio', { name: 'Français' }).click();
    await p.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 10000 });
    assert.ok(
      chunks(p).some((file) => /^loader\/fr-[\w-]+\.js$/.test(file)),
      'fr chunk',
    );
    assert.deepEqual(p.problems, []);
  } finally {
    await p.close();
  }
});

test('no element: allDefined() resolves at once, and nothing but the loader loads', async () => {
  const p = await open('empty');
  try {
    const outcome = await p.evaluate(() =>
      Promise.race([
        window.loader.allDefined().then(() => 'resolved'),
        new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
      ]),
    );
    assert.equal(outcome, 'resolved');
    assert.deepEqual(chunks(p), ['apiary.loader.js']);
    assert.deepEqual(p.problems, []);
  } finally {
    await p.close();
  }
});

test('added later: elements in subtrees added after the scan, and in open shadow roots inside them', async () => {
  const p = await open('later');
  try {
    await p.evaluate(() => window.loader.allDefined());
    assert.deepEqual(await defined(p), []);
    // A plain subtree, then allDefined() at once: found at call time, before the observer runs.
    const state = await p.evaluate(async () => {
      const div = document.createElement('div');
      div.innerHTML = '<p><apiary-talk-list></apiary-talk-list></p>';
      document.querySelector('main').append(div);
      await window.loader.allDefined();
      return customElements.get('apiary-talk-list') !== undefined;
    });
    assert.equal(state, true);
    // An element whose open shadow root already holds an Apiary element when it is added.
    await p.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<apiary-feature-card heading="Shadow"></apiary-feature-card>';
      const wrapper = document.createElement('section');
      wrapper.append(host);
      document.querySelector('main').append(wrapper);
    });
    await p.waitForFunction(() => customElements.get('apiary-feature-card'), null, { timeout: 10000 });
    // The observer watches that shadow root too: what is added into it later is found.
    await p.evaluate(() =>
      document.querySelector('section > div').shadowRoot.append(document.createElement('apiary-blog-teaser')),
    );
    await p.waitForFunction(() => customElements.get('apiary-blog-teaser'), null, { timeout: 10000 });
    assert.deepEqual(await defined(p), ['apiary-blog-teaser', 'apiary-feature-card', 'apiary-talk-list']);
    assert.deepEqual(p.problems, []);
  } finally {
    await p.close();
  }
});

test('shadow roots: declarative ones at the scan; a closed one through discover()', async () => {
  const p = await open('shadow');
  try {
    await p.evaluate(() => window.loader.allDefined());
    assert.deepEqual(await defined(p), ['apiary-feature-card']);
    assert.equal(
      await p.evaluate(() =>
        document
          .querySelector('#host')
          .shadowRoot.querySelector('apiary-feature-card')
          .shadowRoot.textContent.includes('In a shadow root'),
      ),
      true,
    );
    // A closed shadow root is invisible to the loader until the page hands it over.
    const before = await p.evaluate(async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'closed' });
      window.closedRoot = root;
      root.innerHTML = '<apiary-project-grid></apiary-project-grid>';
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return customElements.get('apiary-project-grid') !== undefined;
    });
    assert.equal(before, false);
    await p.evaluate(() => {
      window.loader.discover(window.closedRoot);
      return window.loader.allDefined();
    });
    assert.ok((await defined(p)).includes('apiary-project-grid'));
    // Once discovered, the closed root is watched: a later addition loads too.
    await p.evaluate(() => {
      window.closedRoot.append(document.createElement('apiary-banner'));
      return window.loader.allDefined();
    });
    assert.ok((await defined(p)).includes('apiary-banner'));
    assert.deepEqual(p.problems, []);
  } finally {
    await p.close();
  }
});

test('a chunk that fails to load: allDefined() rejects naming the element; the others still load', async () => {
  failing = 'apiary-feature-card';
  const p = await open('document');
  try {
    const outcome = await p.evaluate(() =>
      window.loader.allDefined().then(
        () => 'resolved',
        (e) => e.message,
      ),
    );
    assert.match(outcome, /<apiary-feature-card> could not be loaded/);
    await p.waitForFunction(() => customElements.get('apiary-locale-switcher'), null, { timeout: 10000 });
    assert.deepEqual(await defined(p), ['apiary-locale-switcher']);
    assert.ok(
      p.problems.some((line) => line.includes('<apiary-feature-card> could not be loaded')),
      p.problems.join('\n'),
    );
  } finally {
    failing = undefined;
    await p.close();
  }
});

test('an apiary-* tag the package does not have: allDefined() rejects naming it', async () => {
  const p = await open('unknown');
  try {
    const outcome = await p.evaluate(() =>
      window.loader.allDefined().then(
        () => 'resolved',
        (e) => e.message,
      ),
    );
    assert.match(outcome, /<apiary-feature-crad> is not an element of @apiary\/elements/);
    assert.deepEqual(chunks(p), ['apiary.loader.js']);
  } finally {
    await p.close();
  }
});
