import { expect } from '@open-wc/testing';
import { fallbackChain, normalizeLocale } from './index.js';

describe('normalizeLocale', () => {
  const table: Array<[string | undefined, string]> = [
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['pt-PT', 'pt'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['zh-hans', 'zh-Hans'],
    ['xx', 'en'],
    ['not a tag', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of table) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => {
      expect(normalizeLocale(tag)).to.equal(expected);
    });
  }

  it('falls back from a region to its language, then to English', () => {
    expect(fallbackChain('pt-BR')).to.deep.equal(['pt-BR', 'pt', 'en']);
    expect(fallbackChain('zh-Hant')).to.deep.equal(['zh-Hant', 'zh-Hans', 'en']);
    expect(fallbackChain('en')).to.deep.equal(['en']);
  });
});
