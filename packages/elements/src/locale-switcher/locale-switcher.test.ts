import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followedTag, locales, setLocale } from '@apiary/i18n';
import '../locale-switcher.js';
import '../feature-card.js';
import '../project-grid.js';
import type { ApiaryLocaleSwitcher } from './locale-switcher.js';
import { alternateFor, canonicalTag, fromTemplate, stripLocale } from './urls.js';

const projects = [
  { name: 'Cilium', url: 'https://github.com/cilium/cilium', maturity: 'major', stars: 23725, areas: ['networking'] },
  { name: 'bpftrace', url: 'https://github.com/bpftrace/bpftrace', maturity: 'major', stars: 9945, areas: ['tracing'] },
];

type ChangeEvent = CustomEvent<{ locale: string; previous: string; url?: string }>;

const root = document.documentElement;
const shadow = (el: Element) => el.shadowRoot!;
const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.button')!;
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="menu"]')!;
const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
const item = (el: Element, tag: string) => items(el).find((i) => i.lang === tag)!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const cta = (card: Element) => shadow(card).querySelector('[part~="cta"]')!.textContent!;
const isOpen = (el: Element) => button(el).getAttribute('aria-expanded') === 'true';

/** The accessible name from aria-labelledby, as a screen reader would compute it. */
const nameOf = (el: Element) =>
  button(el)
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => shadow(el).getElementById(id)!.textContent!.trim())
    .join(' ');

async function open(el: ApiaryLocaleSwitcher) {
  button(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => isOpen(el) && focused(el)?.getAttribute('role') === 'menuitemradio', 'menu did not open');
}

/** Stops any link in the page from navigating, the way a test page must (the switcher never navigates itself). */
function holdNavigation() {
  /** The links that would have navigated. */
  const clicks: string[] = [];
  /** The links whose navigation something else had cancelled already. */
  const cancelled: string[] = [];
  const stop = (event: MouseEvent) => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!link) return;
    (event.defaultPrevented ? cancelled : clicks).push(link.getAttribute('href')!);
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  return { clicks, cancelled, release: () => document.removeEventListener('click', stop) };
}

const events: ChangeEvent[] = [];
const record = (e: Event) => events.push(e as ChangeEvent);

describe('<apiary-locale-switcher>', () => {
  before(() => document.addEventListener('apiary-locale-change', record));
  after(() => document.removeEventListener('apiary-locale-change', record));
  beforeEach(() => {
    events.length = 0;
    localStorage.clear();
  });
  afterEach(async () => {
    await setLocale('en');
    localStorage.clear();
  });

  it('is defined with a guarded define', async () => {
    const { ApiaryLocaleSwitcher } = await import('./locale-switcher.js');
    expect(customElements.get('apiary-locale-switcher')).to.equal(ApiaryLocaleSwitcher);
    expect(() => ApiaryLocaleSwitcher.define()).not.to.throw();
  });

  it('is a menu button named “Language” and the current locale, closed at first', async () => {
    const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
    const b = button(el);
    expect(b.getAttribute('aria-haspopup')).to.equal('menu');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(b.getAttribute('aria-controls')).to.equal(menu(el).id);
    expect(nameOf(el)).to.equal('Language English');
    expect(shadow(el).querySelector('[part="label"]')!.getAttribute('lang')).to.equal('en');
    expect(menu(el).hidden).to.be.true;
    expect(getComputedStyle(menu(el)).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('offers every shipped locale but the pseudo-locale, each by its endonym in its own lang and dir', async () => {
    const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
    expect(items(el).length, 'items before the menu opens').to.equal(0);
    await open(el);
    const shown = items(el).map((i) => [i.lang, i.textContent!.trim()]);
    expect(shown).to.deep.equal(locales.filter((l) => !l.pseudo).map((l) => [l.code, l.endonym]));
    expect(shown.length).to.equal(13);
    expect(item(el, 'ar').querySelector('.name')!.getAttribute('dir')).to.equal('rtl');
    expect(items(el).every((i) => i.getAttribute('translate') === 'no')).to.be.true;
    expect(item(el, 'en').getAttribute('aria-checked')).to.equal('true');
    expect(items(el).filter((i) => i.getAttribute('aria-checked') === 'true').length).to.equal(1);
  });

  it('offers the locales attribute’s tags in its order, or the property’s', async () => {
    const el = await fixture<ApiaryLocaleSwitcher>(
      html`<apiary-locale-switcher locales="fr-FR en zh-hans en-XA de-AT bogus!"></apiary-locale-switcher>`,
    );
    await open(el);
    expect(items(el).map((i) => [i.lang, i.textContent!.trim()])).to.deep.equal([
      ['fr-FR', 'Français'],
      ['en', 'English'],
      ['zh-Hans', '简体中文'],
      ['en-XA', '[Ƥšéûðö Éñĝļîšĥ]'],
      ['de-AT', 'Österreichisches Deutsch'],
    ]);
    el.locales = ['en-GB', 'en-US', 'ja'];
    await el.updateComplete;
    expect(items(el).map((i) => i.textContent!.trim())).to.deep.equal([
      'British English',
      'American English',
      '日本語',
    ]);
    expect(el.getAttribute('locales')).to.equal('fr-FR en zh-hans en-XA de-AT bogus!');
  });

  it('names a locale in force that it does not offer, and checks none', async () => {
    await setLocale('ja');
    const el = await fixture<ApiaryLocaleSwitcher>(
      html`<apiary-locale-switcher locales="en fr"></apiary-locale-switcher>`,
    );
    expect(nameOf(el)).to.equal('言語 日本語');
    await open(el);
    expect(items(el).map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['false', 'false']);
    expect(focused(el)!.lang).to.equal('en');
  });

  describe('keyboard', () => {
    it('opens on Enter at the current locale and moves with arrows, Home, End and wrap-around', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher locales="en zh-Hans fr ja ar"></apiary-locale-switcher>`,
      );
      await open(el);
      expect(focused(el)!.lang).to.equal('en');
      expect(getComputedStyle(menu(el)).display).to.not.equal('none');
      const at = () => focused(el)!.lang;
      await sendKeys({ press: 'ArrowDown' });
      expect(at()).to.equal('zh-Hans');
      await sendKeys({ press: 'End' });
      expect(at()).to.equal('ar');
      await sendKeys({ press: 'ArrowDown' });
      expect(at()).to.equal('en');
      await sendKeys({ press: 'ArrowUp' });
      expect(at()).to.equal('ar');
      await sendKeys({ press: 'Home' });
      expect(at()).to.equal('en');
      // Roving tabindex: only the focused item is in the tab order.
      expect(items(el).map((i) => i.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    });

    it('opens with ArrowDown at the current locale and with ArrowUp at the last', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher locales="en fr ja"></apiary-locale-switcher>`,
      );
      button(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focused(el)?.lang === 'en');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => focused(el)?.lang === 'ja');
    });

    it('jumps by typeahead on the endonym or the tag', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      await open(el);
      await sendKeys({ type: 'fr' });
      expect(focused(el)!.lang).to.equal('fr');
      await new Promise((r) => setTimeout(r, 600));
      await sendKeys({ press: 'p' });
      expect(focused(el)!.lang).to.equal('pt');
      await sendKeys({ press: 'p' });
      expect(focused(el)!.lang).to.equal('pt-BR');
      await new Promise((r) => setTimeout(r, 600));
      await sendKeys({ type: 'ar' });
      expect(focused(el)!.lang).to.equal('ar');
      await new Promise((r) => setTimeout(r, 600));
      await sendKeys({ type: 'ja' });
      expect(focused(el)!.lang).to.equal('ja');
    });

    it('closes on Escape and returns focus to the button, and on Tab', async () => {
      // Something focusable after it: Tab must not leave the page (Firefox would hand the keyboard to its UI).
      const wrapper = await fixture(
        html`<div><apiary-locale-switcher></apiary-locale-switcher><button>after</button></div>`,
      );
      const el = wrapper.firstElementChild as ApiaryLocaleSwitcher;
      await open(el);
      await sendKeys({ press: 'Escape' });
      expect(isOpen(el)).to.be.false;
      expect(focused(el)).to.equal(button(el));
      await open(el);
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !isOpen(el));
      expect(events.length).to.equal(0);
    });

    it('picks with Enter or Space, then closes and returns focus', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher locales="en fr ja"></apiary-locale-switcher>`,
      );
      await open(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.lang === 'fr', 'Enter did not switch');
      expect(isOpen(el)).to.be.false;
      expect(focused(el)).to.equal(button(el));
      await open(el);
      expect(focused(el)!.lang).to.equal('fr');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await waitUntil(() => root.lang === 'ja', 'Space did not switch');
      expect(events.map((e) => [e.detail.locale, e.detail.previous])).to.deep.equal([
        ['fr', 'en'],
        ['ja', 'fr'],
      ]);
    });
  });

  describe('live mode', () => {
    it('re-renders every Apiary element in place, flips dir and sets <html lang dir>', async () => {
      const page = await fixture(html`
        <div>
          <apiary-locale-switcher></apiary-locale-switcher>
          <apiary-feature-card heading="Networking" href="/networking/">Body</apiary-feature-card>
          <apiary-feature-card heading="Security" href="/security/">Body</apiary-feature-card>
          <apiary-project-grid .projects=${projects}></apiary-project-grid>
        </div>
      `);
      const el = page.querySelector('apiary-locale-switcher')!;
      const cards = [...page.querySelectorAll('apiary-feature-card')];
      const grid = page.querySelector('apiary-project-grid')!;
      const count = () => shadow(grid).querySelector('[part~="count"]')?.textContent?.trim();
      await waitUntil(() => count() === '2 projects', 'the grid did not render');
      const before = cards.map((c) => shadow(c).querySelector('article'));
      expect(cta(cards[0]!)).to.contain('Learn more');

      await open(el);
      item(el, 'ar').click();
      await waitUntil(() => cards.every((c) => cta(c).includes('اعرف المزيد')), 'cards did not switch to Arabic');
      expect([root.lang, root.dir]).to.deep.equal(['ar', 'rtl']);
      expect(getComputedStyle(cards[0]!).direction).to.equal('rtl');
      const arrow = shadow(cards[0]!).querySelector('.arrow')!;
      expect(getComputedStyle(arrow).transform).to.not.equal('none');
      expect(nameOf(el)).to.equal('اللغة العربية');
      // In place: the same rendered nodes, no reload.
      expect(cards.map((c) => shadow(c).querySelector('article'))).to.deep.equal(before);
      expect(followedTag()).to.equal('ar');
      // Arabic's dual: two projects are «مشروعان».
      await waitUntil(() => count() === 'مشروعان', 'the grid did not switch to Arabic');
      expect(getComputedStyle(grid).direction).to.equal('rtl');

      await open(el);
      item(el, 'zh-Hans').click();
      await waitUntil(() => cards.every((c) => cta(c).includes('了解更多')));
      await waitUntil(() => count() === '2 个项目', 'the grid did not switch to Chinese');
      expect([root.lang, root.dir]).to.deep.equal(['zh-Hans', 'ltr']);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { locale: 'ar', previous: 'en' },
        { locale: 'zh-Hans', previous: 'ar' },
      ]);
    });

    it('with scope="elements" leaves <html> alone; elements follow, in their direction', async () => {
      root.lang = 'en';
      root.dir = 'ltr';
      const page = await fixture(html`
        <div>
          <apiary-locale-switcher scope="elements"></apiary-locale-switcher>
          <apiary-feature-card heading="x" href="/x">Body</apiary-feature-card>
          <div lang="en"><apiary-feature-card heading="pinned" href="/y">Body</apiary-feature-card></div>
        </div>
      `);
      const el = page.querySelector('apiary-locale-switcher')!;
      const [card, pinned] = [...page.querySelectorAll('apiary-feature-card')];
      await open(el);
      item(el, 'ar').click();
      await waitUntil(() => cta(card!).includes('اعرف المزيد'));
      expect([root.lang, root.dir]).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(card!).direction).to.equal('rtl');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      // An element inside an explicit lang keeps it.
      expect(cta(pinned!)).to.contain('Learn more');
      expect(getComputedStyle(pinned!).direction).to.equal('ltr');
    });

    it('lets a listener cancel the switch', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('apiary-locale-change', cancel);
      await open(el);
      item(el, 'fr').click();
      await new Promise((r) => setTimeout(r, 50));
      el.removeEventListener('apiary-locale-change', cancel);
      expect(events.length).to.equal(1);
      expect(events[0]!.cancelable).to.be.true;
      expect(events[0]!.defaultPrevented).to.be.true;
      expect(root.lang).to.equal('en');
      expect(followedTag()).to.equal('en');
      expect(localStorage.length).to.equal(0);
      expect(isOpen(el)).to.be.false;
    });

    it('fires nothing when the current locale is picked again', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      await open(el);
      item(el, 'en').click();
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(events.length).to.equal(0);
    });
  });

  describe('remembering', () => {
    it('stores the choice under persist-key (default apiary-locale), or nowhere with no-persist', async () => {
      const a = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      await open(a);
      item(a, 'fr').click();
      expect(localStorage.getItem('apiary-locale')).to.equal('fr');
      const b = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher persist-key="site-lang"></apiary-locale-switcher>`,
      );
      await open(b);
      item(b, 'ja').click();
      expect(localStorage.getItem('site-lang')).to.equal('ja');
      localStorage.clear();
      const c = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher no-persist></apiary-locale-switcher>`);
      await open(c);
      item(c, 'ko').click();
      await waitUntil(() => root.lang === 'ko');
      expect(localStorage.length).to.equal(0);
    });

    it('applies a remembered choice on load in live mode, without an event', async () => {
      localStorage.setItem('apiary-locale', 'ja');
      const page = await fixture(
        html`<div>
          <apiary-feature-card heading="x" href="/x"></apiary-feature-card>
          <apiary-locale-switcher></apiary-locale-switcher>
        </div>`,
      );
      const card = page.firstElementChild!;
      await waitUntil(() => cta(card).includes('詳しく見る'), 'the remembered locale was not applied');
      expect(root.lang).to.equal('ja');
      expect(nameOf(page.lastElementChild!)).to.equal('言語 日本語');
      expect(events.length).to.equal(0);
    });

    it('ignores a remembered locale it does not offer, and storage with no-persist', async () => {
      localStorage.setItem('apiary-locale', 'ko');
      await fixture(html`<apiary-locale-switcher locales="en fr"></apiary-locale-switcher>`);
      await fixture(html`<apiary-locale-switcher no-persist></apiary-locale-switcher>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(root.lang).to.equal('en');
    });

    describe('detect', () => {
      let saved: PropertyDescriptor | undefined;
      beforeEach(() => {
        saved = Object.getOwnPropertyDescriptor(navigator, 'languages');
        Object.defineProperty(navigator, 'languages', { value: ['de-DE', 'pt-PT', 'en'], configurable: true });
      });
      afterEach(() => {
        if (saved) Object.defineProperty(navigator, 'languages', saved);
        else delete (navigator as { languages?: unknown }).languages;
      });

      it('picks the best match of navigator.languages on a first visit', async () => {
        await fixture(html`<apiary-locale-switcher detect></apiary-locale-switcher>`);
        await waitUntil(() => root.lang === 'pt', 'did not detect pt');
        expect(localStorage.length).to.equal(0);
        expect(events.length).to.equal(0);
      });

      it('matches a language to an offered regional tag', async () => {
        Object.defineProperty(navigator, 'languages', { value: ['ko', 'en'], configurable: true });
        await fixture(html`<apiary-locale-switcher detect locales="en ko-KR"></apiary-locale-switcher>`);
        await waitUntil(() => root.lang === 'ko-KR');
      });

      it('lets a remembered choice win, and does nothing without detect or in navigate mode', async () => {
        localStorage.setItem('apiary-locale', 'fr');
        await fixture(html`<apiary-locale-switcher detect></apiary-locale-switcher>`);
        await waitUntil(() => root.lang === 'fr');
        await setLocale('en');
        localStorage.clear();
        await fixture(html`<apiary-locale-switcher></apiary-locale-switcher>`);
        await fixture(html`<apiary-locale-switcher mode="navigate" detect></apiary-locale-switcher>`);
        await new Promise((r) => setTimeout(r, 50));
        expect(root.lang).to.equal('en');
      });
    });
  });

  describe('navigate mode', () => {
    const links: HTMLLinkElement[] = [];
    const alternate = (hreflang: string, href: string) => {
      const link = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang });
      link.setAttribute('href', href);
      document.head.append(link);
      links.push(link);
    };
    let url: string;
    let nav: ReturnType<typeof holdNavigation>;
    beforeEach(() => {
      url = location.href;
      nav = holdNavigation();
    });
    afterEach(() => {
      nav.release();
      links.splice(0).forEach((l) => l.remove());
      history.replaceState(null, '', url);
    });

    it('keeps a visitor on the origin they are on when the page is served away from its declared origin', async () => {
      const lang = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        alternate('en', 'https://example.org/projects/');
        alternate('zh-Hans', 'https://example.org/zh-hans/projects/?q=x');
        alternate('fr', 'https://fr.example.org/projects/');
        const el = await fixture<ApiaryLocaleSwitcher>(
          html`<apiary-locale-switcher mode="navigate"></apiary-locale-switcher>`,
        );
        await open(el);
        expect(items(el).map((i) => i.getAttribute('href'))).to.deep.equal([
          '/projects/',
          '/zh-hans/projects/?q=x',
          'https://fr.example.org/projects/',
        ]);
      } finally {
        document.documentElement.lang = lang;
      }
    });

    it('links each locale to its <link rel="alternate" hreflang> page', async () => {
      alternate('en', '/');
      alternate('zh-Hans', '/zh-hans/');
      alternate('fr-FR', 'https://example.org/fr/');
      alternate('x-default', '/');
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher mode="navigate"></apiary-locale-switcher>`,
      );
      await open(el);
      expect(
        items(el).map((i) => [i.localName, i.lang, i.getAttribute('href'), i.getAttribute('hreflang')]),
      ).to.deep.equal([
        ['a', 'en', '/', 'en'],
        ['a', 'zh-Hans', '/zh-hans/', 'zh-Hans'],
        ['a', 'fr-FR', 'https://example.org/fr/', 'fr-FR'],
      ]);
      expect(item(el, 'fr-FR').textContent!.trim()).to.equal('Français');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(nav.clicks).to.deep.equal(['/zh-hans/']);
      expect(events.map((e) => e.detail)).to.deep.equal([{ locale: 'zh-Hans', previous: 'en', url: '/zh-hans/' }]);
      expect(localStorage.getItem('apiary-locale')).to.equal('zh-Hans');
      // It never changes the language itself: the next page does.
      expect([root.lang, followedTag()]).to.deep.equal(['en', 'en']);
    });

    it('navigates with Space too, and not at all when the event is cancelled', async () => {
      alternate('en', '/');
      alternate('ja', '/ja/');
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher mode="navigate"></apiary-locale-switcher>`,
      );
      await open(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      expect(nav.clicks).to.deep.equal(['/ja/']);
      expect(localStorage.getItem('apiary-locale')).to.equal('ja');
      // A host (a client-side router, say) takes over: the link does not navigate.
      localStorage.clear();
      el.addEventListener('apiary-locale-change', (e) => e.preventDefault(), { once: true });
      await open(el);
      item(el, 'ja').click();
      expect(nav.cancelled).to.deep.equal(['/ja/']);
      expect(nav.clicks).to.deep.equal(['/ja/']);
      expect(localStorage.length).to.equal(0);
    });

    it('builds URLs from href-template, with the default locale unprefixed', async () => {
      history.replaceState(null, '', '/zh-hans/docs/intro/?q=1#top');
      root.lang = 'zh-Hans';
      const el = await fixture<ApiaryLocaleSwitcher>(html`
        <apiary-locale-switcher
          mode="navigate"
          locales="en zh-Hans pt-BR"
          href-template="/{locale}/{path}"
          default-locale="en"
        ></apiary-locale-switcher>
      `);
      await open(el);
      expect(items(el).map((i) => [i.lang, i.getAttribute('href'), i.getAttribute('aria-checked')])).to.deep.equal([
        ['en', '/docs/intro/?q=1#top', 'false'],
        ['zh-Hans', '/zh-hans/docs/intro/?q=1#top', 'true'],
        ['pt-BR', '/pt-br/docs/intro/?q=1#top', 'false'],
      ]);
      item(el, 'pt-BR').click();
      expect(nav.clicks).to.deep.equal(['/pt-br/docs/intro/?q=1#top']);
      expect(events[0]!.detail).to.deep.equal({
        locale: 'pt-BR',
        previous: 'zh-Hans',
        url: '/pt-br/docs/intro/?q=1#top',
      });
    });

    it('prefers hreflang alternates to the template', async () => {
      alternate('fr', '/fr/accueil/');
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher mode="navigate" locales="en fr" href-template="/{locale}/{path}">
        </apiary-locale-switcher>`,
      );
      await open(el);
      expect(item(el, 'fr').getAttribute('href')).to.equal('/fr/accueil/');
      expect(item(el, 'en').getAttribute('href')).to.match(/^\/en\//);
    });

    it('never redirects on load, even with a remembered choice', async () => {
      localStorage.setItem('apiary-locale', 'fr');
      alternate('fr', '/fr/');
      await fixture(html`<apiary-locale-switcher mode="navigate"></apiary-locale-switcher>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(nav.clicks).to.deep.equal([]);
      expect(root.lang).to.equal('en');
    });

    it('offers only locales it has a URL for, warns once, and never links an unsafe URL', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<ApiaryLocaleSwitcher>(
          html`<apiary-locale-switcher mode="navigate" locales="en fr"></apiary-locale-switcher>`,
        );
        await open(el);
        expect(items(el).map((i) => [i.localName, i.lang])).to.deep.equal([['button', 'en']]);
        expect(warnings.filter((w) => w.includes('found no URL')).length).to.equal(1);
        el.hrefTemplate = 'javascript:alert("{locale}")';
        await el.updateComplete;
        expect(shadow(el).querySelector('a')).to.equal(null);
        expect(warnings.some((w) => w.includes('unsafe URL'))).to.be.true;
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('pointer', () => {
    it('toggles on click and closes on a click outside', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      button(el).click();
      await waitUntil(() => isOpen(el));
      button(el).click();
      await waitUntil(() => !isOpen(el));
      button(el).click();
      await waitUntil(() => isOpen(el));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await waitUntil(() => !isOpen(el));
    });

    it('places the open menu below the button, inside the viewport', async () => {
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      await open(el);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const b = button(el).getBoundingClientRect();
      const m = menu(el).getBoundingClientRect();
      expect(m.top).to.be.at.least(b.bottom);
      expect(m.left).to.be.at.least(0);
      expect(m.bottom).to.be.at.most(innerHeight);
      expect(menu(el).matches(':popover-open')).to.be.true;
    });
  });

  describe('in Arabic', () => {
    it('is accessible, closed and open, right to left', async () => {
      await setLocale('ar');
      const el = await fixture<ApiaryLocaleSwitcher>(html`<apiary-locale-switcher></apiary-locale-switcher>`);
      expect(nameOf(el)).to.equal('اللغة العربية');
      expect(getComputedStyle(button(el)).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      await open(el);
      expect(focused(el)!.lang).to.equal('ar');
      await expect(el).to.be.accessible();
      // Right to left: the menu's start edge is the button's right edge.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const b = button(el).getBoundingClientRect();
      const m = menu(el).getBoundingClientRect();
      expect(Math.abs(m.right - b.right) < 1 || m.left <= 8).to.be.true;
    });
  });
});

describe('locale switcher URLs', () => {
  it('canonicalizes tags', () => {
    expect(canonicalTag('zh-hans')).to.equal('zh-Hans');
    expect(canonicalTag('pt_br')).to.equal('pt-BR');
    expect(canonicalTag('not a tag')).to.equal(undefined);
  });

  it('strips a known locale prefix from the path', () => {
    const prefixes = new Set(['en', 'zh-hans', 'fr']);
    expect(stripLocale('/zh-hans/docs/intro/', prefixes)).to.equal('docs/intro/');
    expect(stripLocale('/ZH-Hans', prefixes)).to.equal('');
    expect(stripLocale('/docs/', prefixes)).to.equal('docs/');
    expect(stripLocale('/', prefixes)).to.equal('');
    expect(stripLocale('/french/', prefixes)).to.equal('french/');
  });

  it('fills href-template', () => {
    const ctx = { path: 'docs/', defaultLocale: 'en', query: '?a=1' };
    expect(fromTemplate('/{locale}/{path}', 'zh-Hans', ctx)).to.equal('/zh-hans/docs/?a=1');
    expect(fromTemplate('/{locale}/{path}', 'en', ctx)).to.equal('/docs/?a=1');
    expect(fromTemplate('/{locale}/{path}', 'EN', { path: '' })).to.equal('/en/');
    expect(fromTemplate('https://{locale}.example.org/{path}', 'en', ctx)).to.equal('https://example.org/docs/?a=1');
    expect(fromTemplate('https://{locale}.example.org/{path}', 'fr', ctx)).to.equal('https://fr.example.org/docs/?a=1');
    expect(fromTemplate('/{path}?lang={locale}', 'fr', ctx)).to.equal('/docs/?lang=fr');
  });

  it('finds the alternate for a tag: the same tag, else the same locale and language', () => {
    const alternates = [
      { tag: 'en', href: '/' },
      { tag: 'fr-FR', href: '/fr/' },
      { tag: 'zh-CN', href: '/zh/' },
    ];
    expect(alternateFor('fr', alternates)?.href).to.equal('/fr/');
    expect(alternateFor('zh-Hans', alternates)?.href).to.equal('/zh/');
    expect(alternateFor('EN', alternates)?.href).to.equal('/');
    expect(alternateFor('de', alternates)).to.equal(undefined);
    expect(alternateFor('xx', alternates)).to.equal(undefined);
  });
});
