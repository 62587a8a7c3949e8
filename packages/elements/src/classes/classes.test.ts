// `@apiary/elements/classes/<name>.js`: every element class without its registration, and
// `Class.define(name)` for a tag of one's own beside the default one. This page imports no define
// entry up front, so nothing is registered until a test says so.
import { expect, fixture, html } from '@open-wc/testing';
import { ApiaryBanner } from './banner.js';
import { ApiaryBlogTeaser } from './blog-teaser.js';
import { ApiaryFeatureCard } from './feature-card.js';
import { ApiaryLocaleSwitcher } from './locale-switcher.js';
import { ApiaryProjectGrid } from './project-grid.js';
import { ApiaryTalkList } from './talk-list.js';
import { ApiaryElement } from '../base/apiary-element.js';

const classes = [
  ApiaryBanner,
  ApiaryBlogTeaser,
  ApiaryFeatureCard,
  ApiaryLocaleSwitcher,
  ApiaryProjectGrid,
  ApiaryTalkList,
];

/** Runs `fn` with console.warn recorded; returns what it warned. */
async function warnings(fn: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('classes entries', () => {
  it('export each element class without registering any tag', () => {
    for (const Class of classes) {
      expect(Class.prototype).to.be.instanceOf(ApiaryElement);
      expect(Class.tagName).to.match(/^apiary-/);
      expect(customElements.get(Class.tagName), Class.tagName).to.equal(undefined);
    }
  });

  it('register a class under a tag of your own that renders, beside the default tag', async () => {
    ApiaryFeatureCard.define('my-card');
    expect(customElements.get('my-card')).to.equal(ApiaryFeatureCard);
    expect(customElements.get('apiary-feature-card')).to.equal(undefined);

    // The default entry registers the same class under its own tag: a class registers once, so a subclass.
    await import('../feature-card.js');
    const Default = customElements.get('apiary-feature-card')!;
    expect(Default).to.not.equal(ApiaryFeatureCard);
    expect(Default.prototype).to.be.instanceOf(ApiaryFeatureCard);

    const el = await fixture(html`
      <div>
        <my-card heading="Mine" href="/mine">Own tag.</my-card>
        <apiary-feature-card heading="Default">Default tag.</apiary-feature-card>
      </div>
    `);
    const [mine, standard] = [...el.children] as ApiaryFeatureCard[];
    for (const [card, heading] of [
      [mine, 'Mine'],
      [standard, 'Default'],
    ] as const) {
      expect(card).to.be.instanceOf(ApiaryFeatureCard);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(heading);
    }
    expect(mine.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/mine');
    // Each tag keeps its own styles.
    expect(getComputedStyle(mine).display).to.equal('block');
  });

  it('define a subclass under another name once the class is registered', () => {
    ApiaryTalkList.define();
    expect(customElements.get('apiary-talk-list')).to.equal(ApiaryTalkList);
    ApiaryTalkList.define('my-talks');
    const Mine = customElements.get('my-talks')!;
    expect(Mine).to.not.equal(ApiaryTalkList);
    expect(document.createElement('my-talks')).to.be.instanceOf(ApiaryTalkList);
  });

  it('leave a tag this copy owns as it is, silently, when defined twice', async () => {
    const seen = await warnings(() => {
      ApiaryFeatureCard.define('my-card');
      ApiaryFeatureCard.define();
      class Mine extends ApiaryFeatureCard {}
      Mine.define('my-card');
    });
    expect(customElements.get('my-card')).to.equal(ApiaryFeatureCard);
    expect(seen).to.deep.equal([]);
  });

  it('register in a scoped registry, seen only inside the shadow root that uses it', async function () {
    const Registry = (globalThis as { CustomElementRegistry?: new () => CustomElementRegistry }).CustomElementRegistry;
    let registry: CustomElementRegistry;
    try {
      registry = new Registry!();
    } catch {
      this.skip(); // no scoped custom element registries in this browser
    }
    registry.define('x-card', ApiaryFeatureCard);
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = '<x-card heading="Scoped">Only this shadow root knows x-card.</x-card>';
    const card = root.querySelector('x-card') as ApiaryFeatureCard;
    expect(card).to.be.instanceOf(ApiaryFeatureCard);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Scoped');
    expect(customElements.get('x-card')).to.equal(undefined);
  });

  it('throw on a name no element may have, like customElements.define', () => {
    expect(() => ApiaryBanner.define('nodash')).to.throw(DOMException);
  });

  it('warn once, naming both versions, when another copy of Apiary owns a tag', async () => {
    // Another copy: a class of its own (not this copy's ApiaryElement) with its version.
    const other = (version: string) =>
      class extends HTMLElement {
        static version = version;
      };
    customElements.define('apiary-banner', other('0.0.9'));
    customElements.define('apiary-blog-teaser', other('0.0.9'));
    // A tag some other library owns: not a copy of Apiary, nothing to say.
    customElements.define('apiary-project-grid', class extends HTMLElement {});

    const seen = await warnings(async () => {
      ApiaryProjectGrid.define();
      ApiaryBanner.define();
      ApiaryBlogTeaser.define();
      await import('../banner.js');
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include('<apiary-banner>');
    expect(seen[0]).to.include('Apiary 0.0.9');
    expect(seen[0]).to.include(`Apiary ${ApiaryElement.version}`);
    // The first definition wins.
    expect(customElements.get('apiary-banner')!.prototype).to.not.be.instanceOf(ApiaryElement);
  });

  it('name the package version', () => {
    // The sources carry a placeholder; the build writes package.json's version (test/package.test.mjs).
    expect(ApiaryElement.version).to.match(/^\d+\.\d+\.\d+/);
    expect(ApiaryLocaleSwitcher.version).to.equal(ApiaryElement.version);
  });
});
