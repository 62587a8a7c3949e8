import { expect } from '@open-wc/testing';
import { NAMESPACE, directionOf, formatDate, formatNumber, getI18n, loadLocale, translate } from './index.js';

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
});
