// Locale edge cases for every element (from custom-elements.json): unknown tags, `lang=""`, a
// malformed tag, nested elements with different `lang`, and a host-supplied locale that lacks most
// keys. Each falls back to sensible strings — never a raw translation key, never an error.
import { expect } from '@open-wc/testing';
import { addTranslations, loadLocale } from '@apiary/i18n';
import '../index.js';
import { elements, sample, type ElementInfo } from './elements.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

/** Text and labels a reader gets, through shadow roots. */
function shown(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += ` ${node.nodeValue}`;
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) out += ` ${node.getAttribute(name) ?? ''}`;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}
// A raw key looks like `common.error` or `projectGrid.sort_other`: words joined by dots.
const RAW_KEY = /\b(?:common|[a-z]+[A-Z][a-zA-Z]*)\.[a-zA-Z_.]+\b/;

describe('locale edge cases', function () {
  this.timeout(30000);
  let all: ElementInfo[] = [];
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const { warn } = console;

  before(async () => {
    all = await elements();
    await loadLocale('ar');
    // A host's own locale with one string: everything else must fall back, not show keys.
    addTranslations('tlh', { common: { retry: 'Qagh' } });
    window.addEventListener('error', onError);
    console.warn = () => {};
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.warn = warn;
  });

  async function render(tag: string, data: ElementInfo['data'], lang: string | null, parent?: HTMLElement) {
    const el = document.createElement(tag) as Lit;
    if (lang !== null) el.setAttribute('lang', lang);
    if (data) el[data.property] = [sample(data.schema)];
    (parent ?? document.body).append(el);
    await el.updateComplete;
    return el;
  }

  for (const lang of ['xx-Unknown', '', 'not a tag!', 'EN_us', 'zh-Hant-TW', 'tlh', 'ar-EG'])
    it(`lang="${lang}": every element shows strings, no raw keys`, async () => {
      for (const { tag, data } of all) {
        const el = await render(tag, data, lang);
        const text = shown(el);
        expect(text, `${tag} lang="${lang}"`).not.to.match(RAW_KEY);
        el.remove();
      }
      expect(errors).to.deep.equal([]);
    });

  it('nested elements with different lang each follow their own', async () => {
    const outer = Object.assign(document.createElement('div'), { lang: 'ar' });
    document.body.append(outer);
    try {
      for (const { tag, data } of all) {
        const inherits = await render(tag, data, null, outer);
        const inner = Object.assign(document.createElement('section'), { lang: 'en' });
        outer.append(inner);
        const own = await render(tag, data, null, inner);
        const ownText = shown(own);
        expect(shown(inherits), tag).not.to.match(RAW_KEY);
        expect(ownText, tag).not.to.match(RAW_KEY);
        // The Arabic one says something in Arabic script; the English one does not.
        if (/[\u0600-\u06ff]/.test(shown(inherits))) expect(ownText, tag).not.to.match(/[\u0600-\u06ff]/);
      }
    } finally {
      outer.remove();
    }
  });
});
