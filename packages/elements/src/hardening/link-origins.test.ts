// Link origins: a link Apiary builds from the page's own URL stays on the page's origin, whatever
// the path looks like; a link counts as external exactly when the browser's URL parser sends it to
// another origin. Hostile paths (`/fr//evil.example/x`, `/fr/\evil.example/x`, encoded slashes),
// alternates whose pathnames start with `//`, and every documented `href-template`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../locale-switcher.js';
import { isExternal } from '../base/external-link.js';
import { safeUrl } from '../base/safe-url.js';
import type { ApiaryLocaleSwitcher } from '../locale-switcher/locale-switcher.js';
import { localeUrl, readAlternates } from '../locale-switcher/urls.js';

const HOSTILE_PATHS = [
  '/en//evil.example/x',
  '/fr//evil.example/x',
  '/fr/\\evil.example/x',
  '/fr/\\\\evil.example/x',
  '/fr/\\/evil.example/x',
  '/fr/%2F%2Fevil.example/x',
  '/fr/%2f%5cevil.example/x',
  '/fr/%5C%5Cevil.example/x',
  '/fr/..//evil.example/x',
  '/fr/.//evil.example/x',
  '//evil.example/x',
  '/\\evil.example/x',
  '/zh-hans///evil.example',
  '/fr/\t//evil.example/x',
];

/** Templates from the element's README (read at run time, so a newly documented one is covered too) and the tests'. */
async function documentedTemplates(): Promise<string[]> {
  const readme = await (await fetch('/packages/elements/README.md')).text();
  const documented = [...readme.matchAll(/href-template="([^"]+)"/g)].map((m) => m[1]!);
  expect(documented, 'README documents an href-template').not.to.be.empty;
  return [...new Set([...documented, '/{locale}/{path}', '/{path}?lang={locale}', '/docs/{locale}/{path}', '{path}'])];
}

const PAGE = 'https://site.example';
/** The page `PAGE` with this path (set, not resolved: `//evil.example/x` is a path here). */
function pageAt(path: string): URL {
  const url = new URL('?q=1#top', PAGE);
  url.pathname = path;
  return url;
}
const prefixes = new Set(['en', 'fr', 'zh-hans', 'ja']);

describe('link origins', () => {
  describe('URLs built from a given location', () => {
    it('a relative href-template keeps every locale on the page’s origin, on hostile paths', async () => {
      for (const template of await documentedTemplates())
        for (const path of HOSTILE_PATHS)
          for (const tag of ['en', 'fr', 'zh-Hans']) {
            const here = pageAt(path);
            const href = localeUrl(template, tag, here, { defaultLocale: 'en', prefixes });
            if (href === undefined) continue; // no link is safe too
            expect(new URL(href, here).origin, `${template} ${path} ${tag} → ${href}`).to.equal(PAGE);
          }
    });

    it('hostile raw paths (not normalized by a URL parser) stay on the origin too', () => {
      for (const path of HOSTILE_PATHS) {
        const here = { pathname: path, search: '', hash: '', href: new URL(path, PAGE).href };
        const href = localeUrl('/{locale}/{path}', 'en', here, { defaultLocale: 'en', prefixes });
        if (href !== undefined) expect(new URL(href, PAGE).origin, `${path} → ${href}`).to.equal(PAGE);
      }
    });

    it('an absolute template goes where it says, with the path on it', () => {
      const here = pageAt('/fr//evil.example/x');
      const href = localeUrl('https://{locale}.example.org/{path}', 'fr', here, { defaultLocale: 'en', prefixes })!;
      expect(new URL(href).origin).to.equal('https://fr.example.org');
    });

    it('ordinary paths still map as documented', () => {
      const here = new URL('/zh-hans/docs/intro/?q=1#top', PAGE);
      const options = { defaultLocale: 'en', prefixes };
      expect(localeUrl('/{locale}/{path}', 'en', here, options)).to.equal('/docs/intro/?q=1#top');
      expect(localeUrl('/{locale}/{path}', 'fr', here, options)).to.equal('/fr/docs/intro/?q=1#top');
    });

    it('alternates rebased from a declared other origin stay on the page’s origin, even when their path starts with //', () => {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.lang = 'en';
      const base = doc.createElement('base');
      base.href = `${PAGE}/page/`;
      doc.head.append(base);
      for (const [hreflang, href] of [
        ['en', 'https://declared.example/en/'],
        ['fr', 'https://declared.example//evil.example/fr/'],
        ['ja', 'https://declared.example/\\evil.example/ja/'],
        ['zh-Hans', 'https://declared.example///evil.example'],
        ['de', 'https://other.example//x/'],
      ]) {
        const link = doc.createElement('link');
        link.rel = 'alternate';
        link.hreflang = hreflang!;
        link.setAttribute('href', href!);
        doc.head.append(link);
      }
      const alternates = readAlternates(doc);
      for (const { tag, href } of alternates.slice(0, 4))
        expect(new URL(href, doc.baseURI).origin, `${tag} → ${href}`).to.equal(PAGE);
      expect(new URL(alternates.find((a) => a.tag === 'fr')!.href, doc.baseURI).pathname).to.equal(
        '//evil.example/fr/',
      );
      // Configured absolute on another origin: left as it is.
      expect(alternates.find((a) => a.tag === 'de')!.href).to.equal('https://other.example//x/');
    });
  });

  describe('the switcher in navigate mode, menu open', () => {
    const url = location.href;
    const links: HTMLLinkElement[] = [];
    let lang = '';
    beforeEach(() => (lang = document.documentElement.lang));
    afterEach(() => {
      history.replaceState(null, '', url);
      links.splice(0).forEach((l) => l.remove());
      document.documentElement.lang = lang;
    });

    async function openItems(el: ApiaryLocaleSwitcher) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="menuitemradio"]'), 'menu did not open');
      return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[role="menuitemradio"]')];
    }

    // history.replaceState only takes same-origin URLs: the ones the browser's parser keeps here.
    for (const path of HOSTILE_PATHS.filter((p) => !/^\/[/\\]/.test(p)))
      it(`${JSON.stringify(path)}: every href-template link stays on the page’s origin`, async () => {
        history.replaceState(null, '', path);
        document.documentElement.lang = 'fr';
        const el = await fixture<ApiaryLocaleSwitcher>(
          html`<apiary-locale-switcher
            mode="navigate"
            locales="en zh-Hans fr ja"
            href-template="/{locale}/{path}"
            default-locale="en"
          ></apiary-locale-switcher>`,
        );
        const items = await openItems(el);
        expect(items.length).to.be.greaterThan(0);
        for (const item of items)
          expect(new URL(item.href).origin, `${item.lang}: ${item.getAttribute('href')}`).to.equal(location.origin);
      });

    it('alternates on a declared other origin with // pathnames stay on the page’s origin', async () => {
      document.documentElement.lang = 'en';
      for (const [hreflang, href] of [
        ['en', 'https://declared.example/en/'],
        ['fr', 'https://declared.example//evil.example/fr/'],
        ['ja', 'https://declared.example///evil.example/'],
      ]) {
        const link = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang: hreflang! });
        link.setAttribute('href', href!);
        document.head.append(link);
        links.push(link);
      }
      const el = await fixture<ApiaryLocaleSwitcher>(
        html`<apiary-locale-switcher mode="navigate"></apiary-locale-switcher>`,
      );
      const items = await openItems(el);
      expect(items.map((i) => i.lang)).to.deep.equal(['en', 'fr', 'ja']);
      for (const item of items)
        expect(new URL(item.href).origin, `${item.lang}: ${item.getAttribute('href')}`).to.equal(location.origin);
    });
  });

  describe('isExternal', () => {
    const origin = 'https://site.example';
    it('counts links that only look internal as external', () => {
      for (const url of [
        '/\\evil.example',
        '\\\\evil.example',
        '\\/evil.example',
        ' //evil.example',
        '\t//evil.example',
      ])
        expect(isExternal(url, origin), JSON.stringify(url)).to.be.true;
      for (const url of ['/docs/', 'docs/', '?q=1', '#top', '/%2F%2Fevil.example', 'https://site.example/x'])
        expect(isExternal(url, origin), JSON.stringify(url)).to.be.false;
      expect(isExternal('mailto:a@example.org', origin)).to.be.false;
    });

    it('without an origin (server render) every link off the page is external', () => {
      expect(isExternal('/\\evil.example', undefined)).to.be.true;
      expect(isExternal('/docs/', undefined)).to.be.false;
    });

    it('agrees with safeUrl and new URL() on generated URLs', () => {
      const random = seeded(0x5eed);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
      const lead = ['', '', ' ', '\t', '\n', '\u0000', '\u001f', '\u00a0'];
      const schemes = [
        '',
        '',
        '',
        'http:',
        'HTTPS:',
        'https:',
        'mailto:',
        'javascript:',
        'JaVa\tScRiPt:',
        'data:',
        'ftp:',
        'vbscript:',
        'java\u0000script:',
        'blob:',
        'file:',
      ];
      const slashes = [
        '',
        '/',
        '//',
        '\\\\',
        '/\\',
        '\\/',
        '///',
        '\\',
        '%2F%2F',
        '/./',
        './/',
        '../',
        '\t/\t/',
        '/\u0000/',
      ];
      const hosts = [
        '',
        'site.example',
        'evil.example',
        'site.example:443',
        'site.example.evil',
        '127.0.0.1',
        '[::1]',
        'user@evil.example',
        'site.example@evil.example',
        'EVIL.example.',
        'xn--e1a.example',
      ];
      const rests = ['', '/', '/x', '?q=1', '#top', '/a/../b', '/%2e%2e/', ':8080/x', '\\y', '/ü'];
      const base = `${origin}/page/`;
      let checked = 0;
      for (let i = 0; i < 4000; i++) {
        const raw = pick(lead) + pick(schemes) + pick(slashes) + pick(hosts) + pick(rests) + pick(lead);
        const safe = safeUrl(raw);
        const parsed = parse(safe ?? raw, base);
        if (!safe) {
          // Refused: the parser agrees, or the string has whitespace or controls that safeUrl drops
          // and the parser keeps (`\u00a0file:` is a relative path to it): refusing is the safe side.
          const refusedToo = !parsed || !['http:', 'https:', 'mailto:'].includes(parsed.protocol);
          expect(refusedToo || /[\s\p{Cc}]/u.test(raw), JSON.stringify(raw)).to.be.true;
          continue;
        }
        if (!parsed) continue; // unparseable: a link to nowhere, whatever it is called
        checked++;
        const message = `${JSON.stringify(raw)} → ${parsed.href}`;
        expect(['http:', 'https:', 'mailto:'], message).to.include(parsed.protocol);
        const offSite = /^https?:$/.test(parsed.protocol) && parsed.origin !== origin;
        expect(isExternal(safe, origin), message).to.equal(offSite);
        if (offSite) expect(isExternal(safe, undefined), `${message} (no origin)`).to.be.true;
        // What the server does not know, the browser's parser decides: a relative link resolves on the page.
        const relative = new URL(safe, 'https://a.invalid/x/').origin === 'https://a.invalid';
        if (relative) expect(isExternal(safe, undefined), `${message} (relative)`).to.be.false;
      }
      expect(checked).to.be.greaterThan(1000);
    });
  });
});

function parse(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** mulberry32: a small seeded generator, so a failure names a URL that fails again. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
