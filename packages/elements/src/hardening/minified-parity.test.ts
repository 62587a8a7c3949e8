// The published build's templates are minified (scripts/minify-templates.mjs): every element the
// test server renders from it shows the DOM the TypeScript source renders here, in en and in ar,
// but for whitespace next to tags (dropped by the minifier, ignored by layout). The attributes,
// text and structure are the same, so no minifier option (or update) changes what users get.
import { expect } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../index.js';
import { canonical, diff, serverRender } from './dom.js';
import { elements, sample, type ElementInfo } from './elements.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

const squeeze = (dom: string) => dom.replace(/>\s+/g, '>').replace(/\s+</g, '<');

describe('minified templates', function () {
  this.timeout(60000);
  let all: ElementInfo[] = [];

  before(async () => {
    all = await elements();
    await loadLocale('ar');
  });

  for (const lang of ['en', 'ar'])
    it(`render what the source renders (${lang})`, async () => {
      for (const { tag, data } of all) {
        const value = data ? [sample(data.schema)] : undefined;
        const server = (await serverRender(tag, lang, data && { property: data.property, value })).querySelector(tag)!;
        const client = document.createElement(tag) as Lit;
        client.lang = lang;
        if (data) client[data.property] = value;
        document.body.append(client);
        await client.updateComplete;
        expect(diff(squeeze(canonical(server.shadowRoot!)), squeeze(canonical(client.shadowRoot!))), tag).to.equal('');
        client.remove();
      }
    });
});
