import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import i18next23 from 'i18next-23';
import { bundled, locales } from './locales.js';
import { NAMESPACE, addTranslations, getI18n, loadLocale, translate, useI18n } from './index.js';
import type { HostI18n, TranslationKey, TranslationOverrides } from './types.js';

// The two ends of the supported host range (`>=23 <28`). Both must fit Apiary's own `HostI18n`
// type: assigning them here is the typecheck's proof.
const versions: Record<string, () => HostI18n> = {
  'i18next 27': () => i18next.createInstance(),
  'i18next 23': () => i18next23.createInstance(),
};

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5];
// Data as elements pass it: markup, an ampersand, i18next's nesting and a placeholder, all to be shown as written.
const VALUES = { title: 'Q&A <eBPF> $t(common.retry) {{count}}', sources: 'nakryiko.com & lwn.net', status: 404 };

type Tree = { [key: string]: string | Tree };
const paths = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : paths(value, `${prefix}${key}.`),
  );
const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = paths(bundled.en as Tree);
const plural = new Set(english.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
const keys = [...new Set(english.map((k) => k.replace(PLURAL, '')))] as TranslationKey[];
const codes = locales.map((l) => l.code);

/** Every key × locale × count (and no count for a key without plural forms), through `translate`. */
function table(): Map<string, string> {
  const out = new Map<string, string>();
  for (const code of codes)
    for (const key of keys) {
      if (!plural.has(key)) out.set(`${code} ${key}`, translate(code, key, VALUES));
      else for (const count of COUNTS) out.set(`${code} ${key} ${count}`, translate(code, key, { ...VALUES, count }));
    }
  return out;
}

describe('parity with i18next', function () {
  this.timeout(20000);
  let core: Map<string, string>;

  before(async () => {
    await Promise.all(codes.map((code) => loadLocale(code)));
    core = table();
  });
  afterEach(() => useI18n(undefined));

  it('shows data as written: no escaping, no nesting, no second interpolation', () => {
    expect(core.get('en talkList.play')).to.equal(`Play video: ${VALUES.title}`);
    expect(core.get('en blogTeaser.feedsFailed 2')).to.equal(`2 feeds could not be loaded: ${VALUES.sources}.`);
    expect(core.get('ar projectGrid.count 2')).to.equal('مشروعان');
  });

  for (const [name, create] of Object.entries(versions)) {
    it(`gives the same text as ${name} at its defaults, for every key, shipped locale and count`, async () => {
      // A host left at i18next's defaults: escapeValue true, no namespace of Apiary's.
      const host = create();
      await (host as unknown as { init(o: object): Promise<unknown> }).init({ lng: 'en', resources: {} });
      useI18n(host);
      await Promise.all(codes.map((code) => loadLocale(code)));
      const through = table();
      const differ = [...core].filter(([id, text]) => through.get(id) !== text);
      expect(
        differ.map(([id, text]) => `${id}: core ${JSON.stringify(text)}, ${name} ${JSON.stringify(through.get(id))}`),
      ).to.deep.equal([]);
      expect(through.size).to.equal(core.size);
    });

    it(`keeps a host's own strings in the apiary namespace over the shipped ones (${name})`, async () => {
      const host = create();
      const init = host as unknown as { init(o: object): Promise<unknown> };
      await init.init({
        lng: 'fr',
        resources: { fr: { [NAMESPACE]: { featureCard: { learnMore: 'Lire la suite' } } } },
      });
      useI18n(host);
      expect(getI18n()).to.equal(host);
      await loadLocale('fr');
      expect(translate('fr', 'featureCard.learnMore')).to.equal('Lire la suite');
      expect(translate('fr', 'common.retry')).to.equal('Réessayer');
      addTranslations('fr', { common: { retry: 'Encore' } });
      expect(translate('fr', 'common.retry')).to.equal('Encore');
      addTranslations('fr', { common: { retry: 'Réessayer' } } as TranslationOverrides);
    });
  }
});
