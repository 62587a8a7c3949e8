import { expect } from '@open-wc/testing';
import {
  NAMESPACE,
  directionOf,
  fallbackChain,
  formatDate,
  formatNumber,
  getI18n,
  loadLocale,
  translate,
} from './index.js';

describe('formatting', () => {
  it('formats a date without a time in UTC, so it never shifts a day', () => {
    expect(formatDate('2021-05-04', 'en')).to.equal('May 4, 2021');
    expect(formatDate('2021-05-04', 'zh-Hans')).to.equal('2021年5月4日');
    expect(formatDate('2021-05', 'en', { year: 'numeric', month: 'long' })).to.equal('May 2021');
  });

  it('returns an empty string for something that is not a date', () => {
    expect(formatDate('soon', 'en')).to.equal('');
  });

  it('formats numbers in the locale', () => {
    expect(formatNumber(23725, 'en')).to.equal('23,725');
    expect(formatNumber(23725, 'fr')).to.match(/^23\s725$/u);
  });

  it('knows text direction', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('zh-Hans')).to.equal('ltr');
  });
});

describe('numbers in strings', () => {
  it('formats {{x, number}} with Intl in the locale, its options included', async () => {
    await loadLocale('fr');
    expect(translate('en', 'projectGrid.stars', { count: 23725 })).to.equal('23,725 stars');
    expect(translate('fr', 'projectGrid.stars', { count: 23725 })).to.contain(
      new Intl.NumberFormat('fr').format(23725),
    );
    getI18n().addResource('en', NAMESPACE, 'test.fraction', '{{value, number(minimumFractionDigits: 2)}}');
    expect(translate('en', 'test.fraction', { value: 3 })).to.equal('3.00');
    expect(translate('en', 'test.fraction', { value: 1234.5 })).to.equal('1,234.50');
  });

  it('gives a count the same text as i18next, whatever the plural forms and fallbacks', async () => {
    await Promise.all(['fr', 'ar', 'pt-BR', 'ja'].map((code) => loadLocale(code)));
    const i18n = getI18n();
    const own = (code: string, key: string, count: number) =>
      i18n.t(key, { count, ns: NAMESPACE, keySeparator: '.', lng: code, lngs: fallbackChain(code) });
    i18n.addResource('en', NAMESPACE, 'test.items_one', 'one item ({{count, number}})');
    i18n.addResource('en', NAMESPACE, 'test.items_other', '{{count, number}} items');
    i18n.addResource('en', NAMESPACE, 'test.items_zero', 'no items');
    i18n.addResource('fr', NAMESPACE, 'test.items_one', '{{count}} élément brut'); // not a number format: t()
    i18n.addResource('ar', NAMESPACE, 'test.items_few', '{{count, number}} عناصر قليلة');
    const counts = [0, 1, 2, 3, 5, 11, 21, 100, 102, 1.5, 23725, 1e6];
    for (const code of ['en', 'fr', 'ar', 'pt-BR', 'ja']) {
      for (const key of ['projectGrid.stars', 'test.items']) {
        for (const count of [...counts, ...counts]) {
          expect(translate(code, key, { count }), `${code} ${key} ${count}`).to.equal(own(code, key, count));
        }
      }
    }
    // New strings replace what was looked up before.
    i18n.addResource('en', NAMESPACE, 'test.items_other', '{{count, number}} things');
    expect(translate('en', 'test.items', { count: 7 })).to.equal('7 things');
  });
});
