import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../feature-card.js';
import type { ApiaryFeatureCard } from './feature-card.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<apiary-feature-card>', () => {
  it('is defined with a guarded define that survives a second copy', async () => {
    const { ApiaryFeatureCard } = await import('./feature-card.js');
    expect(customElements.get('apiary-feature-card')).to.equal(ApiaryFeatureCard);
    expect(() => ApiaryFeatureCard.define()).not.to.throw();
    class Copy extends ApiaryFeatureCard {}
    expect(() => Copy.define('apiary-feature-card')).not.to.throw();
    expect(customElements.get('apiary-feature-card')).to.equal(ApiaryFeatureCard);
  });

  it('renders the heading attribute in a real h3 by default, with body text', async () => {
    const el = await fixture<ApiaryFeatureCard>(
      html`<apiary-feature-card heading="Security">Observe every system call.</apiary-feature-card>`,
    );
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent!.trim()).to.equal('Security');
    expect(el.textContent).to.equal('Observe every system call.');
    expect(part(el, 'cta')).to.equal(null);
    expect(title.querySelector('a')).to.equal(null);
  });

  it('renders heading-level 2 to 6, and 3 for anything else', async () => {
    for (const level of [2, 4, 5, 6]) {
      const el = await fixture(html`<apiary-feature-card heading="x" heading-level=${level}></apiary-feature-card>`);
      expect(part(el, 'title')!.localName).to.equal(`h${level}`);
    }
    for (const level of ['1', '7', 'big']) {
      const el = await fixture(html`<apiary-feature-card heading="x" heading-level=${level}></apiary-feature-card>`);
      expect(part(el, 'title')!.localName).to.equal('h3');
    }
  });

  it('takes properties as a framework sets them', async () => {
    const el = document.createElement('apiary-feature-card');
    el.heading = 'Networking';
    el.headingLevel = 2;
    el.href = '/networking/';
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'title')!.querySelector('a')!.getAttribute('href')).to.equal('/networking/');
    el.remove();
  });

  it('puts slotted icon, heading and body in their parts', async () => {
    const el = await fixture(html`
      <apiary-feature-card heading="plain">
        <svg slot="icon" aria-hidden="true" viewBox="0 0 1 1"></svg>
        <span slot="heading">Tracing <em>&amp;</em> profiling</span>
        <p>Body</p>
      </apiary-feature-card>
    `);
    const slotIn = (name: string, slotName: string) =>
      (part(el, name)!.querySelector(slotName ? `slot[name="${slotName}"]` : 'slot:not([name])') as HTMLSlotElement)
        .assignedElements()
        .map((e) => e.localName);
    expect(slotIn('icon', 'icon')).to.deep.equal(['svg']);
    expect(slotIn('title', 'heading')).to.deep.equal(['span']);
    expect(slotIn('body', '')).to.deep.equal(['p']);
  });

  it('links with one link named by the heading, a visible call to action and a whole-card target', async () => {
    const el = await fixture(
      html`<apiary-feature-card heading="Observability" href="https://ebpf.io/">Custom metrics.</apiary-feature-card>`,
    );
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links.length).to.equal(1);
    const link = links[0]!;
    expect(link.getAttribute('href')).to.equal('https://ebpf.io/');
    expect(link.closest('h3')).to.not.equal(null);
    const cta = part(el, 'cta')!;
    expect(cta.textContent).to.contain('Learn more');
    expect(cta.getAttribute('aria-hidden')).to.equal('true');
    expect(link.getAttribute('aria-describedby')).to.equal(cta.id);
    // The stretched link covers the card: a click in its corner lands on the link.
    const box = part(el, 'base')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + 4, box.bottom - 4);
    expect(hit).to.equal(link);
    await expect(el).to.be.accessible();
  });

  it('uses link-label for the call to action', async () => {
    const el = await fixture(
      html`<apiary-feature-card heading="x" href="/x" link-label="Read the docs"></apiary-feature-card>`,
    );
    expect(part(el, 'cta')!.textContent).to.contain('Read the docs');
  });

  for (const href of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x',
    'vbscript:x',
  ]) {
    it(`renders no link for the unsafe href ${JSON.stringify(href)} and warns once`, async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const el = await fixture<ApiaryFeatureCard>(
          html`<apiary-feature-card heading="x" href=${href}></apiary-feature-card>`,
        );
        el.heading = 'y';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(part(el, 'cta')).to.equal(null);
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0])).to.contain('unsafe href');
      } finally {
        console.warn = original;
      }
    });
  }

  for (const href of [
    'http://example.org',
    'https://example.org/a?b#c',
    'mailto:hi@example.org',
    '/blog/',
    '../x',
    '#top',
  ]) {
    it(`links the safe href ${href}`, async () => {
      const el = await fixture(html`<apiary-feature-card heading="x" href=${href}></apiary-feature-card>`);
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(href);
    });
  }

  it('shows the Chinese call to action for lang="zh-CN"', async () => {
    const el = await fixture(
      html`<apiary-feature-card lang="zh-CN" heading="安全" href="/zh-hans/"></apiary-feature-card>`,
    );
    await waitUntil(() => part(el, 'cta')!.textContent!.includes('了解更多'), 'no Chinese call to action');
    expect(part(el, 'cta')!.getAttribute('lang')).to.equal('zh-Hans');
  });

  it('re-renders when lang changes on it or above it', async () => {
    await loadLocale('zh-Hans');
    const wrapper = await fixture(
      html`<div lang="en"><apiary-feature-card heading="x" href="/x"></apiary-feature-card></div>`,
    );
    const el = wrapper.firstElementChild!;
    const cta = () => part(el, 'cta')!.textContent!;
    expect(cta()).to.contain('Learn more');
    wrapper.setAttribute('lang', 'zh-Hans');
    await waitUntil(() => cta().includes('了解更多'));
    el.setAttribute('lang', 'en');
    await waitUntil(() => cta().includes('Learn more'));
  });

  it('is accessible without a link, and in RTL', async () => {
    const el = await fixture(html`<apiary-feature-card heading="x">Body</apiary-feature-card>`);
    await expect(el).to.be.accessible();
    const rtl = await fixture(
      html`<div dir="rtl" lang="ar"><apiary-feature-card heading="أمان" href="/ar/">نص</apiary-feature-card></div>`,
    );
    await expect(rtl).to.be.accessible();
    const arrow = rtl.firstElementChild!.shadowRoot!.querySelector('.arrow')!;
    expect(getComputedStyle(arrow).transform).to.not.equal('none');
  });
});
