// Server rendering: every element renders under @lit-labs/ssr with no DOM, in the locale the
// prerender asks for. Runs on the built package, as a prerender would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
