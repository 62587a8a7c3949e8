import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale } from './index.js';

// Runs before anything sets i18next's language: the page decides.
describe('resolveLocale', () => {
  const htmlEl = document.documentElement;
  let saved: string | null;
  beforeEach(() => {
    saved = htmlEl.getAttribute('lang');
  });
  afterEach(() => {
    if (saved === null) htmlEl.removeAttribute('lang');
    else htmlEl.setAttribute('lang', saved);
  });

  it('uses the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="fr"><span lang="zh-TW"></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.equal('zh-Hant');
  });

  it('uses the closest ancestor’s lang', async () => {
    const el = await fixture(
      html`<section lang="zh-CN">
        <div><p></p></div>
      </section>`,
    );
    expect(resolveLocale(el.querySelector('p')!)).to.equal('zh-Hans');
  });

  it('crosses shadow roots', async () => {
    const outer = await fixture(html`<div lang="fr-CA"><div></div></div>`);
    const host = outer.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span></span></p>';
    expect(resolveLocale(root.querySelector('span')!)).to.equal('fr');
  });

  it('falls back to <html lang>, then to en', async () => {
    const el = await fixture(html`<div><p></p></div>`);
    htmlEl.setAttribute('lang', 'pt-PT');
    expect(resolveLocale(el.querySelector('p')!)).to.equal('pt');
    htmlEl.removeAttribute('lang');
    expect(resolveLocale(el.querySelector('p')!)).to.equal('en');
  });

  it('ignores an empty lang', async () => {
    htmlEl.setAttribute('lang', 'zh');
    const el = await fixture(html`<div lang=""><p></p></div>`);
    expect(resolveLocale(el.querySelector('p')!)).to.equal('zh-Hans');
  });
});
