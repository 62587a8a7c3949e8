import { expect } from '@open-wc/testing';
import {
  addTranslations,
  directionOf,
  formatDate,
  formatNumber,
  loadLocale,
  translate,
  type TranslationKey,
  type TranslationOverrides,
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
    addTranslations('en', {
      test: { fraction: '{{value, number(minimumFractionDigits: 2)}}' },
    } as TranslationOverrides);
    const key = 'test.fraction' as TranslationKey;
    expect(translate('en', key, { value: 3 })).to.equal('3.00');
    expect(translate('en', key, { value: 1234.5 })).to.equal('1,234.50');
    expect(translate('en', key, { value: 3, formatParams: { value: { minimumFractionDigits: 3 } } })).to.equal('3.000');
    expect(translate('en', key, { value: 3, formatParams: { value: { maximumFractionDigits: 0 } } })).to.equal('3');
  });

  it('forgets a string’s form when the string changes', () => {
    const key = 'test.items' as TranslationKey;
    addTranslations('en', { test: { items_other: '{{count, number}} items' } } as TranslationOverrides);
    expect(translate('en', key, { count: 7 })).to.equal('7 items');
    addTranslations('en', { test: { items_other: '{{count, number}} things' } } as TranslationOverrides);
    expect(translate('en', key, { count: 7 })).to.equal('7 things');
  });
});
