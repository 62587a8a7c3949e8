import { expect } from '@open-wc/testing';
import { bundled, loaders, locales } from './locales.js';
import { addTranslations, loadLocale, translate } from './index.js';
import type { TranslationKey, TranslationOverrides } from './types.js';
import type { PluralForm } from './types.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^\s,}]+)[^}]*\}\}/g;

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
const show = (set: Set<string>) => `{${[...set].join(', ')}}`;

/** The plural forms `locale` needs, from the platform's CLDR data, never from a table kept here. */
function pluralForms(locale: string, ordinal: boolean): PluralForm[] {
  const rules = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' });
  return rules.resolvedOptions().pluralCategories as PluralForm[];
}

/**
 * Everything wrong with `strings` as the translation of English into `locale`: missing and extra
 * keys (plural keys must be exactly the forms `Intl.PluralRules(locale)` has, plus an optional
 * `_zero` where English has one), interpolation placeholders that differ from English or are
 * broken, and empty strings.
 */
function problems(locale: string, strings: Tree, source: Tree = bundled.en as Tree): string[] {
  const english = flatten(source);
  const translated = flatten(strings);
  const found: string[] = [];
  const expected = new Map<string, Set<string>>(); // key → the placeholders it may use
  const required = new Map<string, Set<string>>(); // key → the placeholders it must use
  const plurals = new Map<string, string[]>(); // base → English keys of its forms
  for (const [key, text] of english) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      expected.set(key, placeholders(text));
      required.set(key, placeholders(text));
      continue;
    }
    const base = `${plural[1]}${plural[2] ?? ''}`;
    plurals.set(base, [...(plurals.get(base) ?? []), key]);
  }
  for (const [base, keys] of plurals) {
    const all = new Set(keys.flatMap((k) => [...placeholders(english.get(k)!)]));
    const otherKey = `${base}_other`;
    if (!english.has(otherKey)) found.push(`en: ${base} has no _other form`);
    const forms = new Set<string>(pluralForms(locale, base.endsWith('_ordinal')));
    if (english.has(`${base}_zero`)) forms.add('zero');
    for (const form of forms) {
      const key = `${base}_${form}`;
      // A form may leave the number out ("one star" → Arabic "نجمة واحدة"), nothing else.
      const must = new Set([...all].filter((p) => p !== 'count' || form === 'other'));
      if (form === 'other' && !placeholders(english.get(otherKey) ?? '').has('count')) must.delete('count');
      expected.set(key, all);
      required.set(key, must);
    }
  }
  for (const key of expected.keys()) if (!translated.has(key)) found.push(`${locale}: missing ${key}`);
  for (const [key, text] of translated) {
    const allowed = expected.get(key);
    if (!allowed) {
      found.push(`${locale}: extra key ${key}`);
      continue;
    }
    if (!text.trim()) found.push(`${locale}: ${key} is empty`);
    const used = placeholders(text);
    const unknown = [...used].filter((p) => !allowed.has(p));
    const lost = [...required.get(key)!].filter((p) => !used.has(p));
    if (unknown.length || lost.length)
      found.push(
        `${locale}: ${key} uses ${show(used)}, English ${show(allowed)}${lost.length ? ` (lost ${lost})` : ''}`,
      );
    if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) found.push(`${locale}: ${key} has a broken placeholder: ${text}`);
  }
  return found;
}

const load = async (code: string): Promise<Tree> =>
  (code in bundled ? bundled[code] : (await loaders[code]!()).default) as Tree;

describe('translations', () => {
  it('ship a module for every listed locale and list every module', () => {
    const codes = locales.map((l) => l.code).sort();
    expect(codes).to.deep.equal([...Object.keys(bundled), ...Object.keys(loaders)].sort());
    expect(codes.length).to.equal(14);
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).to.deep.equal(['ar']);
    expect(locales.filter((l) => l.pseudo).map((l) => l.code)).to.deep.equal(['en-XA']);
  });

  for (const { code } of locales) {
    it(`${code}: every key of en and no other, placeholders intact, the plural forms ${code} needs`, async () => {
      expect(problems(code, await load(code))).to.deep.equal([]);
    });
  }

  for (const { code, pseudo } of locales.filter((l) => l.code !== 'en')) {
    it(`${code}: is translated, not a copy of English`, async () => {
      const english = flatten(bundled.en as Tree);
      const same = [...flatten(await load(code))].filter(([k, v]) => english.get(k) === v && !pseudo);
      expect(same.length, same.map(([k]) => k).join(', ')).to.be.below(Math.max(2, english.size / 4));
    });
  }

  describe('the check itself', () => {
    const source: Tree = {
      a: { plain: 'Plain', named: 'Hi {{name}}', stars_one: '{{count}} star', stars_other: '{{count}} stars' },
    };
    const good: Tree = {
      a: {
        plain: 'Simple',
        named: 'Salut {{name}}',
        stars_one: 'une étoile',
        stars_many: '{{count}} d’étoiles',
        stars_other: '{{count}} étoiles',
      },
    };

    it('passes a good translation (a form may leave out the count)', () => {
      expect(problems('fr', good, source)).to.deep.equal([]);
    });

    it('fails on a missing key, an extra key, a lost or renamed placeholder and an empty string', () => {
      const bad: Tree = {
        a: { named: 'Salut {{nom}}', stars_one: '', stars_many: 'x {{count}}', stars_other: 'étoiles', extra: 'x' },
      };
      expect(problems('fr', bad, source)).to.have.members([
        'fr: missing a.plain',
        'fr: a.named uses {nom}, English {name} (lost name)',
        'fr: a.stars_one is empty',
        'fr: a.stars_other uses {}, English {count} (lost count)',
        'fr: extra key a.extra',
      ]);
    });

    it('fails on a broken placeholder', () => {
      const bad: Tree = { a: { ...(good.a as Tree), named: 'Salut {{name}' } };
      expect(problems('fr', bad, source).join()).to.contain('lost name');
      const bad2: Tree = { a: { ...(good.a as Tree), named: 'Salut {{name}} }' } };
      expect(problems('fr', bad2, source)).to.deep.equal(['fr: a.named has a broken placeholder: Salut {{name}} }']);
    });

    it('wants the plural forms of each locale: six in Arabic, only _other in Japanese', () => {
      expect(pluralForms('ar', false)).to.have.members(['zero', 'one', 'two', 'few', 'many', 'other']);
      expect(pluralForms('ja', false)).to.deep.equal(['other']);
      const japanese: Tree = { a: { plain: 'x', named: '{{name}}', stars_other: '{{count}} 個' } };
      expect(problems('ja', japanese, source)).to.deep.equal([]);
      expect(problems('ar', japanese, source)).to.have.members([
        'ar: missing a.stars_zero',
        'ar: missing a.stars_one',
        'ar: missing a.stars_two',
        'ar: missing a.stars_few',
        'ar: missing a.stars_many',
      ]);
      expect(problems('ja', { a: { ...(japanese.a as Tree), stars_one: '1' } }, source)).to.deep.equal([
        'ja: extra key a.stars_one',
      ]);
    });
  });
});

describe('plurals', () => {
  const stars = {
    en: { stars_one: '{{count}} star', stars_other: '{{count}} stars' },
    ar: {
      stars_zero: 'لا نجوم',
      stars_one: 'نجمة واحدة',
      stars_two: 'نجمتان',
      stars_few: '{{count}} نجوم',
      stars_many: '{{count}} نجمةً',
      stars_other: '{{count}} نجمة',
    },
    ja: { stars_other: 'スター {{count}} 個' },
  };
  before(() => {
    for (const [lng, strings] of Object.entries(stars))
      addTranslations(lng, { pluralTest: strings } as TranslationOverrides);
  });
  const t = (lng: string, count: number) => translate(lng, 'pluralTest.stars' as TranslationKey, { count });

  it('picks each of Arabic’s six forms through Intl.PluralRules', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => t('ar', n))).to.deep.equal([
      'لا نجوم',
      'نجمة واحدة',
      'نجمتان',
      '3 نجوم',
      '10 نجوم',
      '11 نجمةً',
      '99 نجمةً',
      '100 نجمة',
      '102 نجمة',
    ]);
  });

  it('has one form in Japanese and two in English', () => {
    expect([0, 1, 5].map((n) => t('ja', n))).to.deep.equal(['スター 0 個', 'スター 1 個', 'スター 5 個']);
    expect([0, 1, 5].map((n) => t('en', n))).to.deep.equal(['0 stars', '1 star', '5 stars']);
  });

  it('resolves every plural key Apiary ships in every locale, never falling back', async () => {
    const english = flatten(bundled.en as Tree);
    const bases = new Set([...english.keys()].map((k) => PLURAL.exec(k)).flatMap((m) => (m ? [m[1]!] : [])));
    for (const { code } of locales) {
      await loadLocale(code);
      const strings = flatten(await load(code));
      for (const base of bases) {
        const rules = new Intl.PluralRules(code);
        for (const count of [0, 1, 2, 3, 11, 100, 1.5]) {
          const form = count === 0 && strings.has(`${base}_zero`) ? 'zero' : rules.select(count);
          const expected = translate(code, `${base}_${form}` as TranslationKey, { count });
          expect(strings.has(`${base}_${form}`), `${code} ${base}_${form}`).to.be.true;
          expect(translate(code, base as TranslationKey, { count }), `${code} ${base} ${count}`).to.equal(expected);
        }
      }
    }
  });
});
