// SSR parity: every element (from custom-elements.json, feed elements with sample data from their
// schema) rendered by @lit-labs/ssr on the test server, then hydrated here, gives the same DOM as
// a client render — in en and in ar (RTL) — with no hydration warning or error.
// The hydrate support must load before any LitElement is defined: it is the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
// The published build, as the server renders it: dist's templates are minified, and hydration
// needs the very templates the server rendered.
import '@apiary/elements';
import { canonical, diff, serverRender } from './dom.js';
import { elements, sample, type ElementInfo } from './elements.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

describe('SSR parity', function () {
  this.timeout(60000);
  let all: ElementInfo[] = [];
  const messages: string[] = [];
  const { warn, error } = console;

  before(async () => {
    all = await elements();
    await loadLocale('ar');
    console.warn = (...args: unknown[]) => messages.push(args.join(' '));
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
  });
  after(() => Object.assign(console, { warn, error }));

  for (const lang of ['en', 'ar'])
    it(`every element hydrates to the DOM a client render gives (${lang})`, async () => {
      for (const { tag, data } of all) {
        const value = data ? [sample(data.schema)] : undefined;
        const host = await serverRender(tag, lang, data && { property: data.property, value });
        const server = host.querySelector(tag) as Lit;
        expect(server.shadowRoot, `${tag}: declarative shadow root`).to.exist;
        const serverDom = canonical(server.shadowRoot!);
        const markers = document.createTreeWalker(server.shadowRoot!, NodeFilter.SHOW_COMMENT).nextNode();
        expect(markers, `${tag}: Lit's hydration markers`).to.exist;
        if (data) server[data.property] = value;

        messages.length = 0;
        document.body.append(host);
        const hydrated = host.querySelector(tag) as Lit;
        await hydrated.updateComplete;

        const client = document.createElement(tag) as Lit;
        client.lang = lang;
        if (data) client[data.property] = value;
        host.append(client);
        await client.updateComplete;

        expect(messages, `${tag}: hydration messages`).to.deep.equal([]);
        const clientDom = canonical(client.shadowRoot!);
        expect(diff(canonical(hydrated.shadowRoot!), clientDom), `${tag}: hydrated vs client`).to.equal('');
        // The server's markup already was that DOM: hydration did not have to redo it.
        expect(diff(serverDom, clientDom), `${tag}: server vs client`).to.equal('');
        host.remove();
      }
    });
});
