import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from './index.js';

// Its own test file, so its own page: nothing else has loaded a locale here.
class LazyLocalized extends LitElement {
  localize = new LocalizeController(this);
  override render() {
    return html`${this.localize.t('featureCard.learnMore')}`;
  }
}
customElements.define('lazy-localized', LazyLocalized);

/** The translation modules this page has fetched, by locale. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/translations\/([\w-]+)\.(?:ts|js)\b/.exec(entry.name)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('lazy translations', () => {
  it('fetch only English with the package', () => {
    expect(fetched()).to.deep.equal(['en']);
  });

  it('fetch exactly the locale an element resolves to', async () => {
    const el = await fixture(html`<lazy-localized lang="fr-FR"></lazy-localized>`);
    await waitUntil(() => text(el) === 'En savoir plus', 'French never arrived');
    expect(fetched()).to.deep.equal(['en', 'fr']);
  });

  it('fetch a regional locale with its fallback and nothing else', async () => {
    const el = await fixture(html`<lazy-localized lang="pt-BR"></lazy-localized>`);
    await waitUntil(() => text(el) === 'Saiba mais', 'Brazilian Portuguese never arrived');
    // pt-BR is complete, so its text shows before its fallback (pt) has loaded: wait for that too.
    await waitUntil(() => fetched().length >= 4, `fetched only ${fetched().join(', ')}`, { timeout: 4000 });
    expect(fetched()).to.deep.equal(['en', 'fr', 'pt', 'pt-BR']);
  });

  it('fetch nothing for a locale that falls back to English', async () => {
    const el = await fixture<LitElement>(html`<lazy-localized lang="de"></lazy-localized>`);
    await el.updateComplete;
    expect(text(el)).to.equal('Learn more');
    expect(fetched()).to.deep.equal(['en', 'fr', 'pt', 'pt-BR']);
  });
});
