import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, resolveTag } from './index.js';

// Nothing sets a language on purpose in this page: `followed` is only what a test passes.
describe('resolveTag', () => {
  const htmlEl = document.documentElement;
  let saved: string | null;
  beforeEach(() => {
    saved = htmlEl.getAttribute('lang');
  });
  afterEach(() => {
    if (saved === null) htmlEl.removeAttribute('lang');
    else htmlEl.setAttribute('lang', saved);
  });

  it('gives the tag as written: the nearest lang, then the followed one, then <html lang>', async () => {
    const el = await fixture(html`<div lang="de-AT"><p></p></div>`);
    const p = el.querySelector('p')!;
    htmlEl.setAttribute('lang', 'pt-PT');
    expect(resolveTag(p, 'fr-CA')).to.equal('de-AT');
    el.removeAttribute('lang');
    expect(resolveTag(p, 'fr-CA')).to.equal('fr-CA');
    expect(resolveTag(p)).to.equal('pt-PT');
    expect(resolveLocale(p)).to.equal('pt');
    htmlEl.setAttribute('lang', '');
    expect(resolveTag(p)).to.equal(undefined);
    expect(resolveLocale(p)).to.equal('en');
  });
});
