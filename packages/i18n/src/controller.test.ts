import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import i18next from 'i18next';
import { LocalizeController, addTranslations, getI18n, loadLocale, setLocale, useI18n } from './index.js';

class TestLocalized extends LitElement {
  localize = new LocalizeController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.localize.t('featureCard.learnMore')}</span
      ><time>${this.localize.date('2021-05-04')}</time>`;
  }
}
customElements.define('test-localized', TestLocalized);

const text = (el: TestLocalized) => el.shadowRoot!.querySelector('span')!.textContent;

describe('LocalizeController', () => {
  afterEach(() => {
    useI18n(undefined);
    document.documentElement.removeAttribute('lang');
  });

  it('renders English by default and never a raw key', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(text(el)).to.equal('Learn more');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('May 4, 2021');
  });

  it('loads a locale lazily and re-renders when it lands', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="zh-CN"></test-localized>`);
    await waitUntil(() => text(el) === '了解更多', 'Chinese strings never arrived');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('2021年5月4日');
  });

  it('re-renders when a lang above it changes, crossing a shadow root', async () => {
    await loadLocale('zh-Hans');
    const outer = await fixture(html`<div lang="en"><div></div></div>`);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-localized') as TestLocalized;
    root.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Learn more');
    outer.setAttribute('lang', 'zh');
    await waitUntil(() => text(el) === '了解更多');
  });

  it('does not re-render for a lang change that leaves its locale alone', async () => {
    const outer = await fixture(html`<div lang="en"><test-localized></test-localized></div>`);
    const el = outer.firstElementChild as TestLocalized;
    await el.updateComplete;
    const before = el.renders;
    outer.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.renders).to.equal(before);
  });

  it('lets a host override strings', async () => {
    addTranslations('en', { featureCard: { learnMore: 'Read on' } });
    const el = await fixture<TestLocalized>(html`<test-localized lang="en"></test-localized>`);
    expect(text(el)).to.equal('Read on');
    addTranslations('en', { featureCard: { learnMore: 'Learn more' } });
    await el.updateComplete;
    expect(text(el)).to.equal('Learn more');
  });

  it('adds strings for a locale nobody ships', async () => {
    addTranslations('tlh', { featureCard: { learnMore: 'ghoj' } });
    const el = await fixture<TestLocalized>(html`<test-localized lang="tlh"></test-localized>`);
    expect(text(el)).to.equal('ghoj');
  });

  it('follows a host’s own i18next instance and its language', async () => {
    const host = i18next.createInstance();
    await host.init({ lng: 'en', resources: { en: { translation: { hello: 'Hello' } } } });
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    useI18n(host);
    expect(getI18n()).to.equal(host);
    expect(host.hasResourceBundle('en', 'apiary')).to.be.true;
    expect(host.t('hello')).to.equal('Hello');
    await host.changeLanguage('zh-CN');
    await waitUntil(() => text(el) === '了解更多', 'did not follow the host instance');
    // The host's own keys are untouched by Apiary's namespace.
    expect(host.t('hello', { lng: 'en' })).to.equal('Hello');
  });

  it('follows setLocale over <html lang>, but not over an element’s own lang', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const outer = await fixture(
      html`<div><test-localized></test-localized><test-localized lang="en"></test-localized></div>`,
    );
    const [a, b] = [...outer.children] as TestLocalized[];
    await setLocale('zh-Hans', { document: false });
    await waitUntil(() => text(a!) === '了解更多');
    expect(text(b!)).to.equal('Learn more');
  });

  it('drops its subscriptions on disconnect', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    el.remove();
    const before = el.renders;
    addTranslations('en', { common: { retry: 'Retry' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(el.renders).to.equal(before);
  });
});
