// End to end in Chromium against the built site: readable without JavaScript, hydrates cleanly,
// every element's hydrated shadow DOM is what the client renders itself (the server's i18next and
// the client's own string store agree, site wording included), the locale switcher, the banner and
// the project grid's URL state work, axe finds nothing, and no request leaves 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { axe, hydrated, start } from './server.mjs';

let site;
before(async () => (site = await start()));
after(async () => {
  await site?.close();
  assert.deepEqual(site.external, [], 'requests left 127.0.0.1');
});

const locales = [
  {
    base: '/',
    lang: 'en',
    hero: 'What is eBPF?',
    cards: ['Security', 'Networking', 'Tracing & Profiling', 'Observability & Monitoring'],
    projects: 'eBPF project landscape',
  },
  {
    base: '/zh-hans/',
    lang: 'zh-Hans',
    hero: 'eBPF 是什么?',
    cards: ['安全', '网络', '跟踪 & 性能分析', '观测 & 监控'],
    projects: 'eBPF 项目列表',
  },
  {
    base: '/fr/',
    lang: 'fr',
    hero: 'Qu’est-ce qu’eBPF ?',
    cards: ['Sécurité', 'Réseau', 'Traçage et profilage', 'Observabilité et supervision'],
    projects: 'Panorama des projets eBPF',
  },
];

/** Text of the page, shadow roots included (what a reader sees). */
const deepText = (page) =>
  page.evaluate(() => {
    const walk = (node) =>
      [...node.childNodes]
        .map((child) =>
          child.nodeType === 3
            ? child.textContent
            : child.nodeType === 1
              ? walk(child.shadowRoot ?? child) + (child.shadowRoot ? walk(child) : '')
              : '',
        )
        .join(' ');
    return walk(document.body).replace(/\s+/g, ' ');
  });

for (const { base, lang, hero, cards, projects } of locales) {
  test(`${base}: the full content is there with JavaScript off`, async () => {
    const { page, context } = await site.open(base, { javaScript: false });
    try {
      const text = await deepText(page);
      for (const expected of [hero, ...cards]) assert.ok(text.includes(expected), `missing “${expected}”`);
      // Declarative shadow DOM: the cards' headings are real, server-rendered h2s.
      const headings = await page.$$eval('apiary-feature-card', (els) =>
        els.map((el) => el.shadowRoot?.querySelector('h2')?.textContent.trim()),
      );
      assert.deepEqual(headings, cards);
      const grid = await site.open(`${base}projects/`, { javaScript: false, context });
      const gridText = await deepText(grid.page);
      assert.ok(
        gridText.includes(projects) && gridText.includes('Cilium') && gridText.includes('Katran'),
        'projects missing',
      );
    } finally {
      await context.close();
    }
  });

  test(`${base}: hydrates with one copy of each element's content, no errors or warnings, no axe violations`, async () => {
    for (const path of [base, `${base}projects/`, `${base}404.html`]) {
      const { page, problems, context } = await site.open(path);
      try {
        await hydrated(page);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const copies = await page.$$eval('*', (els) =>
          els
            .filter((el) => el.localName.startsWith('apiary-'))
            .map((el) => [el.localName, el.shadowRoot.querySelectorAll('[part~="base"]').length]),
        );
        for (const [tag, count] of copies) assert.equal(count, 1, `${path}: ${tag} rendered ${count} copies`);
        assert.deepEqual(await axe(page), [], `${path}: axe`);
        assert.deepEqual(problems, [], path);
      } finally {
        await context.close();
      }
    }
  });
}

/** The site's wording of element strings (src/strings.ts), as it shows in each locale. */
const wording = {
  en: { 'apiary-talk-list': 'Watch the talk: ', 'apiary-project-grid': 'placeholder="Search eBPF projects"' },
  'zh-Hans': { 'apiary-talk-list': '观看演讲：', 'apiary-project-grid': 'placeholder="搜索 eBPF 项目"' },
  fr: {
    'apiary-talk-list': 'Regarder la conférence : ',
    'apiary-project-grid': 'placeholder="Rechercher un projet eBPF"',
  },
};

// The canonical form the elements' SSR parity suite compares (packages/elements/src/hardening/dom.ts:
// tags, sorted attributes, text with whitespace collapsed; no Lit markers, no <style>), bundled once
// and evaluated in each page as `apiaryDom` (evaluated, not a script tag: the site's CSP stays strict).
const domHelpers = (
  await build({
    entryPoints: [fileURLToPath(new URL('../../../packages/elements/src/hardening/dom.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'apiaryDom',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text.concat('\nwindow.apiaryDom = apiaryDom;');

/**
 * Runs in the page (after `domHelpers`): every Apiary element's shadow DOM in canonical form, and,
 * with `fresh`, the same of a new element made beside it with the same attributes, light DOM (data
 * island included) and data property, rendered by the client alone.
 */
function shadowDoms(fresh) {
  const { canonical } = window.apiaryDom;
  const data = { 'apiary-talk-list': 'talks', 'apiary-blog-teaser': 'posts', 'apiary-project-grid': 'projects' };
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('apiary-'));
  return Promise.all(
    elements.map(async (el) => {
      const tag = el.localName;
      const server = canonical(el.shadowRoot);
      if (!fresh) return { tag, server };
      const client = document.createElement(tag);
      for (const { name, value } of el.attributes) client.setAttribute(name, value);
      for (const child of el.childNodes) client.append(child.cloneNode(true));
      if (data[tag]) client[data[tag]] = el[data[tag]];
      el.after(client);
      await client.updateComplete;
      const dom = canonical(client.shadowRoot);
      client.remove();
      return { tag, hydrated: server, client: dom };
    }),
  );
}

/** Where two renderings part, with some context (as dom.ts's `diff`); empty when they are the same. */
function diff(a, b) {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}\n    ≠ …${b.slice(Math.max(0, i - 120), i + 80)}`;
}

for (const { base, lang } of locales) {
  test(`${base}: each element's hydrated shadow DOM is the server's and a fresh client render's, site wording included`, async () => {
    for (const path of [base, `${base}projects/`, `${base}404.html`]) {
      const { page, problems, context } = await site.open(path);
      const prerendered = await site.open(path, { javaScript: false });
      try {
        await hydrated(page);
        // Below-the-fold elements are pinned to the rendered locale while they hydrate: wait for the pin to go.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('*')].every(
              (el) => !el.localName.startsWith('apiary-') || (!el.hasAttribute('lang') && !el.isUpdatePending),
            ),
          null,
          { timeout: 5000 },
        );
        await prerendered.page.evaluate(domHelpers);
        await page.evaluate(domHelpers);
        const server = await prerendered.page.evaluate(shadowDoms, false);
        const doms = await page.evaluate(shadowDoms, true);
        assert.deepEqual(
          doms.map((d) => d.tag),
          server.map((d) => d.tag),
          `${path}: the elements`,
        );
        assert.ok(doms.length >= 2, `${path}: elements`);
        doms.forEach(({ tag, hydrated, client }, i) => {
          assert.equal(diff(hydrated, client), '', `${path} ${tag}: hydrated vs client`);
          assert.equal(diff(server[i].server, client), '', `${path} ${tag}: server vs client`);
          const expected = wording[lang][tag];
          if (expected)
            assert.ok(
              client.includes(expected) && server[i].server.includes(expected),
              `${path} ${tag}: “${expected}”`,
            );
        });
        const tags = doms.map((d) => d.tag);
        if (path === base) assert.ok(tags.includes('apiary-talk-list'), `${path}: no talk list`);
        if (path.endsWith('projects/')) assert.ok(tags.includes('apiary-project-grid'), `${path}: no project grid`);
        assert.deepEqual(problems, [], path);
      } finally {
        await context.close();
        await prerendered.context.close();
      }
    }
  });
}

test('the talks and posts below the fold hydrate only as they come near the viewport', async () => {
  const { page, problems, context } = await site.open();
  try {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL('/', site.base).href, { waitUntil: 'networkidle' });
    const defined = () =>
      page.evaluate(() => ['apiary-talk-list', 'apiary-blog-teaser'].map((tag) => !!customElements.get(tag)));
    assert.deepEqual(await defined(), [false, false]);
    assert.ok(!requested.some((path) => /\/(talk-list|blog-teaser)-/.test(path)), requested.join('\n'));
    await page.locator('apiary-talk-list').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get('apiary-talk-list'), null, { timeout: 10000 });
    await hydrated(page);
    assert.deepEqual(await defined(), [true, true]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an element not hydrated yet when the locale is switched live hydrates, then shows the new locale', async () => {
  const shadowText = (page) =>
    page.$eval('apiary-talk-list', (el) =>
      el.shadowRoot.querySelector('[part~="base"]').textContent.replace(/\s+/g, ' ').trim(),
    );
  const french = await site.open('/fr/');
  const { page, problems, context } = await site.open('/');
  try {
    await hydrated(french.page);
    const expected = await shadowText(french.page);
    await page.waitForFunction(() => customElements.get('apiary-locale-switcher'), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => !!customElements.get('apiary-talk-list')), false);
    assert.notEqual(await shadowText(page), expected, 'the prerendered English list already reads as the French one');
    // What a live switch does to the document (the site's own switcher navigates instead).
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await hydrated(page);
    assert.equal(await shadowText(page), expected);
    assert.equal(
      await page.$eval('apiary-talk-list', (el) => el.shadowRoot.querySelectorAll('[part~="base"]').length),
      1,
    );
    assert.equal(await page.getAttribute('apiary-talk-list', 'lang'), null);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await french.context.close();
  }
});

test('the locale switcher goes to the same page in the other locale', async () => {
  const { page, context } = await site.open('/projects/');
  try {
    await hydrated(page);
    await page.locator('apiary-locale-switcher [part~="button"]').click();
    await Promise.all([
      page.waitForURL('**/zh-hans/projects/'),
      page.getByRole('menuitemradio', { name: '简体中文' }).click(),
    ]);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  } finally {
    await context.close();
  }
});

test('the banner stays dismissed after a reload, without shifting the layout', async () => {
  const { page, context } = await site.open('/');
  try {
    await hydrated(page);
    await page.locator('apiary-banner [part~="close"]').click();
    assert.equal(await page.locator('apiary-banner').isVisible(), false);
    // Before any module runs, the preload script has hidden it already.
    await page.reload({ waitUntil: 'domcontentloaded' });
    const height = await page.evaluate(() => document.querySelector('apiary-banner').getBoundingClientRect().height);
    assert.equal(height, 0);
    await page.goto(new URL('/fr/', site.base).href, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('apiary-banner').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('the project grid’s URL state survives a reload', async () => {
  const { page, problems, context } = await site.open('/projects/');
  try {
    await hydrated(page);
    await page.locator('apiary-project-grid [part~="search-input"]').fill('cilium');
    await page.waitForURL(/[?&]q=cilium/);
    await page.reload({ waitUntil: 'networkidle' });
    await hydrated(page);
    assert.equal(await page.locator('apiary-project-grid [part~="search-input"]').inputValue(), 'cilium');
    const names = await page.evaluate(() => document.querySelector('apiary-project-grid').shadowRoot.textContent);
    assert.ok(names.includes('Cilium') && !names.includes('Katran'), 'the filter did not survive');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
