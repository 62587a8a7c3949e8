// Server rendering: every element renders under @lit-labs/ssr with no DOM, in the locale the
// prerender asks for. Runs on the built package, as a prerender would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { i18n, loadLocale } from '@apiary/i18n';
import '@apiary/elements';

const ssr = async (template) => collectResult(render(template));

test('the feature card renders into declarative shadow DOM', async () => {
  const out = await ssr(
    html`<apiary-feature-card heading="Security" href="/security/" heading-level="2">Body</apiary-feature-card>`,
  );
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  assert.match(out, /<h2 part="title" class="title">/);
  assert.match(out, /<a class="link" href="\/security\/"/);
  assert.match(out, /Learn more/);
});

test('an unsafe href renders no link on the server either', async () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const out = await ssr(html`<apiary-feature-card heading="x" href="javascript:alert(1)"></apiary-feature-card>`);
    const shadow = out.slice(out.indexOf('<template'));
    assert.doesNotMatch(shadow, /<a /);
    assert.doesNotMatch(shadow, /javascript:/i);
  } finally {
    console.warn = warn;
  }
});

test('the element’s own lang picks its strings on the server', async () => {
  await loadLocale('zh-Hans');
  const out = await ssr(html`<apiary-feature-card lang="zh-CN" heading="安全" href="/zh-hans/"></apiary-feature-card>`);
  assert.match(out, /了解更多/);
});

test('a server default set with i18n.changeLanguage applies to elements without lang', async () => {
  await i18n.changeLanguage('zh-Hans');
  await loadLocale('zh-Hans');
  const out = await ssr(html`<apiary-feature-card heading="网络" href="/zh-hans/"></apiary-feature-card>`);
  assert.match(out, /了解更多/);
  assert.match(out, /lang="zh-Hans"/);
});

test('the locale switcher renders a closed menu button on the server, with no storage or DOM access', async () => {
  await i18n.changeLanguage('zh-Hans');
  const out = await ssr(html`<apiary-locale-switcher locales="en zh-Hans ar"></apiary-locale-switcher>`);
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  assert.match(out, /aria-haspopup="menu"/);
  assert.match(out, /aria-expanded="false"/);
  const text = out.replace(/<!--[^>]*-->/g, '');
  assert.match(text, /<span id="label" class="visually-hidden">语言<\/span>/);
  assert.match(text, /lang="zh-Hans"\s+dir="ltr"\s+translate="no"\s*>简体中文</);
  assert.match(out, /role="menu"[^>]* hidden/);
  assert.doesNotMatch(out, /menuitemradio/);
});

test('the locale switcher in navigate mode renders on the server without warnings', async () => {
  const warn = console.warn;
  const warnings = [];
  console.warn = (message) => warnings.push(message);
  try {
    const out = await ssr(
      html`<apiary-locale-switcher mode="navigate" href-template="/{locale}/{path}"></apiary-locale-switcher>`,
    );
    assert.match(out, /aria-haspopup="menu"/);
    assert.deepEqual(warnings, []);
  } finally {
    console.warn = warn;
  }
});

// <apiary-project-grid>: the `projects` property is the server path.
const landscape = JSON.parse(
  await readFile(new URL('../src/project-grid/fixtures/ebpf-landscape.json', import.meta.url), 'utf8'),
).projects;

/** Runs `fn` with fetch counting calls instead of fetching, and console.warn silenced. */
async function offline(fn) {
  const { fetch, warn } = globalThis;
  const calls = [];
  globalThis.fetch = (url) => {
    calls.push(String(url));
    return new Promise(() => {});
  };
  console.warn = () => {};
  try {
    await fn();
  } finally {
    globalThis.fetch = fetch;
    console.warn = warn;
  }
  return calls;
}

test('the project grid renders its projects on the server, grouped and sorted, without fetching', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(
      html`<apiary-project-grid lang="en" src="/ignored.json" .projects=${landscape}></apiary-project-grid>`,
    );
  });
  assert.deepEqual(calls, []);
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  const headings = [...out.matchAll(/<h2 part="group-heading"[^>]*>(?:<!--[^>]*-->)*([^<]+)/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['Major', 'Emerging']);
  const cards = [...out.matchAll(/part="card-link" class="link" id="[^"]+" href="([^"]+)">(?:<!--[^>]*-->)*([^<]+)/g)];
  assert.equal(cards.length, landscape.length);
  assert.deepEqual(
    cards.slice(0, 2).map((m) => m[2]),
    ['Cilium', 'bcc'],
  );
  assert.match(out, /62 projects/);
  assert.match(out, />23\.7K</);
  assert.match(out, /aria-busy="false"/);
});

test('the project grid drops unsafe items on the server and renders data as text', async () => {
  let out = '';
  await offline(async () => {
    out = await ssr(
      html`<apiary-project-grid
        lang="en"
        .projects=${[
          { name: 'evil', url: 'javascript:alert(1)' },
          { name: '<script>alert(1)</script>', url: '/ok' },
        ]}
      ></apiary-project-grid>`,
    );
  });
  const shadow = out.slice(out.indexOf('<template'));
  assert.doesNotMatch(shadow, /javascript:/i);
  assert.doesNotMatch(shadow, /<script>/);
  assert.match(shadow, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(shadow, /1 project</);
});

test('the project grid speaks Chinese on the server with lang="zh-Hans"', async () => {
  await loadLocale('zh-Hans');
  const out = await ssr(html`<apiary-project-grid lang="zh-Hans" .projects=${landscape}></apiary-project-grid>`);
  assert.match(out, />2\.4万</);
  assert.match(out, /主要项目/);
  assert.match(out, /62 个项目/);
});

test('the project grid renders a loading skeleton for src on the server and fetches nothing', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(html`<apiary-project-grid lang="en" src="/projects.json"></apiary-project-grid>`);
  });
  assert.deepEqual(calls, []);
  assert.match(out, /aria-busy="true"/);
  assert.match(out, /part="skeleton"/);
  assert.match(out, /Loading…/);
});

test('past the virtualization threshold the server renders the first projects plainly', async () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ name: `p${i}`, url: `/p/${i}`, stars: 500 - i }));
  const out = await ssr(
    html`<apiary-project-grid
      lang="en"
      group-by="none"
      virtualize-threshold="100"
      .projects=${many}
    ></apiary-project-grid>`,
  );
  assert.equal([...out.matchAll(/part="card"/g)].length, 100);
  assert.match(out, /500 projects/);
});

test('the project JSON Schema is published at @apiary/elements/schemas/project.schema.json', async () => {
  const url = import.meta.resolve('@apiary/elements/schemas/project.schema.json');
  const schema = JSON.parse(await readFile(new URL(url), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(schema.required, ['name', 'url']);
  const pattern = new RegExp(schema.properties.url.pattern);
  for (const ok of ['https://ebpf.io/', 'mailto:a@b.example', '/x', 'x/y', '#h']) assert.match(ok, pattern, ok);
  for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', '']) {
    assert.doesNotMatch(bad, pattern, JSON.stringify(bad));
  }
  assert.deepEqual(schema.properties.maturity.enum, ['major', 'emerging']);
});
