import { expect, fixture, html } from '@open-wc/testing';
import { resolveLocale, resolveTag } from './index.js';

// Nothing sets a language on purpose in this page: `followed` is only what a test passes.
describe('resolveTag', () => {
  it('gives the tag as written: the nearest lang, then the followed one, then <html lang>', async () => {
    const root = document.documentElement;
    const lang = root.getAttribute('lang');
    const el = await fixture(html`<div lang="de-AT"><p></p></div>`);
    const p = el.querySelector('p')!;
    try {
      root.setAttribute('lang', 'pt-PT');
      expect(resolveTag(p, 'fr-CA')).to.equal('de-AT');
      el.removeAttribute('lang');
      expect(resolveTag(p, 'fr-CA')).to.equal('fr-CA');
      expect(resolveTag(p)).to.equal('pt-PT');
      expect(resolveLocale(p)).to.equal('pt');
      root.setAttribute('lang', '');
      expect(resolveTag(p)).to.equal(undefined);
      expect(resolveLocale(p)).to.equal('en');
    } finally {
      if (lang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', lang);
    }
  });
});
