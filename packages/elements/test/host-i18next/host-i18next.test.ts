import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { i18n as I18next } from 'i18next';
import { addTranslations, followedTag, getI18n, setLocale } from '@apiary/i18n';
import '../../src/feature-card.js';

// Runs only in the `host-i18next` group: proves the group's elements really render through the host.
describe('elements under a host i18next', () => {
  const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('follow the host instance: its t renders, its language switches them, overrides show', async () => {
    const host = getI18n() as unknown as I18next;
    expect(host?.isInitialized, 'setup.ts did not hand over an i18next instance').to.be.true;
    const calls: unknown[] = [];
    const t = host.t.bind(host);
    (host as unknown as { t: (...args: unknown[]) => unknown }).t = (...args: unknown[]) => (
      calls.push(args[0]),
      t(...(args as Parameters<typeof t>))
    );
    const el = await fixture(html`<apiary-feature-card heading="Q&A <eBPF>" href="/x"></apiary-feature-card>`);
    expect(shadowText(el)).to.contain('Learn more');
    expect(calls).to.include('featureCard.learnMore');
    await host.changeLanguage('fr');
    expect(followedTag()).to.equal('fr');
    await waitUntil(() => shadowText(el).includes('En savoir plus'), 'did not follow the host language');
    addTranslations('fr', { featureCard: { learnMore: 'Lire la suite' } });
    await waitUntil(() => shadowText(el).includes('Lire la suite'), 'override not shown');
    await setLocale('en', { document: false });
    expect(host.language).to.equal('en');
  });
});
