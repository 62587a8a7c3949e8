import { expect } from '@open-wc/testing';
import { directionOf, formatDate, formatNumber } from './index.js';

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
