import { expect } from '@open-wc/testing';
import { pseudoLocalize, pseudoLocalizeString } from './index.js';
import en from './translations/en.js';
import enXA from './translations/en-XA.js';

const PLACEHOLDERS = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;
const strings = (tree: object): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v as object)));

describe('pseudo-locale en-XA', () => {
  it('accents, brackets and lengthens a string by about 40%', () => {
    const out = pseudoLocalizeString('Learn more');
    expect(out).to.match(/^\[Ļéåŕñ ɱöŕé [^\]a-zA-Z]+\]$/u);
    expect(out.length - 2).to.be.within(14, 16);
  });

  it('leaves interpolations and nesting alone', () => {
    const out = pseudoLocalizeString('{{count}} stars by {{name, uppercase}} – $t(common.retry)');
    expect(out.match(PLACEHOLDERS)).to.deep.equal(['{{count}}', '{{name, uppercase}}', '$t(common.retry)']);
    expect(out).to.contain(' šţåŕš ƀý ');
  });

  it('is generated from English: same keys, every string pseudo-localized', () => {
    expect(enXA).to.deep.equal(pseudoLocalize(en));
    const source = strings(en);
    const pseudo = strings(enXA);
    expect(pseudo.length).to.equal(source.length);
    pseudo.forEach((text, i) => {
      expect(text.startsWith('[') && text.endsWith(']'), text).to.be.true;
      // Nothing left that reads as plain English, so a hard-coded string stands out.
      expect(text.replace(PLACEHOLDERS, ''), text).not.to.match(/[a-zA-Z]/);
      const words = (t: string) => t.replace(PLACEHOLDERS, '').length;
      expect(words(text), text).to.be.at.least(Math.floor(words(source[i]!) * 1.3));
    });
  });
});
