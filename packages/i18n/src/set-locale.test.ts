import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, followedLanguage, followedTag, isLocaleLoaded, setLocale } from './index.js';

class SwitchLocalized extends LitElement {
  localize = new LocalizeController(this);
  override render() {
    return html`${this.localize.t('featureCard.learnMore')}`;
  }
}
customElements.define('switch-localized', SwitchLocalized);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();
const root = document.documentElement;

describe('setLocale', () => {
  beforeEach(() => {
    root.lang = 'en';
    root.dir = 'ltr';
  });

  it('follows the language it set, not the first one with strings (en-XA is not en)', async () => {
    const el = await fixture<LitElement>(html`<switch-localized></switch-localized>`);
    await setLocale('en-XA', { document: false });
    expect(followedLanguage()).to.equal('en-XA');
    await waitUntil(() => text(el).startsWith('[Ļéåŕñ'), 'pseudo strings never arrived');
  });

  it('loads the strings first, then changes the language and <html lang dir>', async () => {
    const el = await fixture<LitElement>(html`<switch-localized></switch-localized>`);
    let loadedFirst = false;
    const watch = new MutationObserver(() => (loadedFirst ||= isLocaleLoaded('ar') && root.lang === 'ar-EG'));
    watch.observe(root, { attributes: true, attributeFilter: ['lang'] });
    await setLocale('ar-EG');
    watch.disconnect();
    expect(loadedFirst).to.be.true;
    expect([root.lang, root.dir]).to.deep.equal(['ar-EG', 'rtl']);
    await waitUntil(() => text(el) === 'اعرف المزيد');
    // The document speaks Arabic: the element needs no dir of its own.
    expect(el.hasAttribute('dir')).to.be.false;
  });

  it('with document: false leaves <html> alone and gives elements their direction', async () => {
    const el = await fixture<LitElement>(html`<switch-localized></switch-localized>`);
    const authored = await fixture(html`<switch-localized dir="ltr"></switch-localized>`);
    const pinned = await fixture(html`<div lang="en"><switch-localized></switch-localized></div>`);
    await setLocale('ar', { document: false });
    expect([root.lang, root.dir]).to.deep.equal(['en', 'ltr']);
    await waitUntil(() => text(el) === 'اعرف المزيد');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(authored.getAttribute('dir')).to.equal('ltr');
    const inner = pinned.firstElementChild!;
    expect(text(inner)).to.equal('Learn more');
    expect(inner.hasAttribute('dir')).to.be.false;

    // The document catches up: the element gives its dir back.
    root.lang = 'ar';
    root.dir = 'rtl';
    await waitUntil(() => !el.hasAttribute('dir'), 'kept its own dir');
    expect(authored.getAttribute('dir')).to.equal('ltr');
  });

  it('lets the last of overlapping calls win', async () => {
    const el = await fixture<LitElement>(html`<switch-localized></switch-localized>`);
    await Promise.all([setLocale('ja'), setLocale('ko')]);
    expect(followedTag()).to.equal('ko');
    await waitUntil(() => text(el) === '자세히 알아보기');
    expect(root.lang).to.equal('ko');
  });

  it('canonicalizes the tag and rejects what is not one', async () => {
    await setLocale('pt_br');
    expect(followedTag()).to.equal('pt-BR');
    let error: unknown;
    await setLocale('not a tag').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
    expect(followedTag()).to.equal('pt-BR');
  });
});
