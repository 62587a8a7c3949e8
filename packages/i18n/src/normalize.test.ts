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
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['fr-FR', 'fr'],
    ['it-IT', 'it'],
    ['ko-KR', 'ko'],
    ['hi-IN', 'hi'],
    ['ja-JP', 'ja'],
    ['es-419', 'es'],
    ['sw-KE', 'sw'],
    ['ar-EG', 'ar'],
    ['ar', 'ar'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['en-XA', 'en-XA'],
    ['en-xa', 'en-XA'],
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
    expect(fallbackChain('en-XA')).to.deep.equal(['en-XA', 'en']);
    expect(fallbackChain('ar')).to.deep.equal(['ar', 'en']);
  });
});
