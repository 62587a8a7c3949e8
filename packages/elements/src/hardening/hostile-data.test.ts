// Hostile data: every text and URL field of every element gets a corpus of XSS payloads — as
// properties, as attributes and inside `src` feeds (JSON, RSS with CDATA, Atom). Elements, fields
// and attributes come from custom-elements.json and the valibot schemas, never from a list here,
// so a new element or field is covered the day it lands.
import { expect } from '@open-wc/testing';
import '../index.js';
import { distinct, elements, sample, withValue, type ElementInfo, type Field } from './elements.js';

/* ---------------------------------------------------------------- the corpus */

// Every payload that could run calls one of these: the trap records it.
const TRAP = 'alert(1)';
const DANGEROUS_SCHEMES = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'];

const MARKUP = [
  `<script>${TRAP}</script>`,
  `<SCRIPT SRC=//127.0.0.1:1/x.js></SCRIPT>`,
  `<script>__xss()</script>`,
  `"><script>${TRAP}</script>`,
  `'><script>${TRAP}</script>`,
  `</title><script>${TRAP}</script>`,
  `</textarea><script>${TRAP}</script>`,
  `</style><script>${TRAP}</script>`,
  `<img src=x onerror=${TRAP}>`,
  `<img src=x onerror="__xss()">`,
  `<IMG SRC="javascript:alert(1);">`,
  `<img src=1 oNeRrOr=alert\`1\`>`,
  `<svg onload=${TRAP}>`,
  `<svg><script>${TRAP}</script></svg>`,
  `<svg><animate onbegin=${TRAP} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${TRAP}>`,
  `<math><a xlink:href="javascript:alert(1)">x</a></math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="data:text/html,<script>alert(1)</script>">`,
  `<body onload=${TRAP}>`,
  `<details open ontoggle=${TRAP}>`,
  `<video><source onerror=${TRAP}></video>`,
  `<audio src=x onerror=${TRAP}>`,
  `<input autofocus onfocus=${TRAP}>`,
  `<select autofocus onfocus=${TRAP}>`,
  `<marquee onstart=${TRAP}>`,
  `<div style="background:url(javascript:alert(1))">`,
  `<div style="width: expression(alert(1))">`,
  `<link rel=import href="data:text/html,<script>alert(1)</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<form action="javascript:alert(1)"><button>x</button></form>`,
  `<button formaction="javascript:alert(1)">x</button>`,
  `<a href="javascript:alert(1)">click</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>`,
  `<template><script>${TRAP}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${TRAP}>">`,
  `<!--<img src="--><img src=x onerror=${TRAP}//">`,
  `<![CDATA[<script>${TRAP}</script>]]>`,
  `<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>`,
  `<xss onpointerover=${TRAP} style=display:block>hover`,
  `<slot name=x onslotchange=${TRAP}></slot>`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<isindex action=javascript:alert(1) type=image>`,
  `<scr<script>ipt>${TRAP}</scr</script>ipt>`,
  `&lt;script&gt;${TRAP}&lt;/script&gt;`,
  `&#60;script&#62;${TRAP}&#60;/script&#62;`,
  `\\u003cscript\\u003e${TRAP}\\u003c/script\\u003e`,
  `%3Cscript%3E${TRAP}%3C%2Fscript%3E`,
];

// Strings that break out of templates, attributes, JSON and i18next interpolation.
const TEMPLATE = [
  '${alert(1)}',
  '`${alert(1)}`',
  '{{constructor.constructor("alert(1)")()}}',
  '{{ __xss() }}',
  '{{count}}',
  '$t(common.error)',
  '<%= alert(1) %>',
  '#{alert(1)}',
  '"; alert(1); "',
  "'; alert(1); '",
  '"}]}; alert(1); //',
  '</script><script>alert(1)</script>',
  '<!--lit-part-->',
  '<?lit$1234$>',
  'lit$123$',
  '\u0000<script>alert(1)</script>',
  '\u202eevil\u202c <b>bidi</b>',
  '\ud83d\udc1d <i>bee</i> \u200b\ufeff',
  ' '.repeat(3) + '<script>alert(1)</script>' + '\n\t',
  'x'.repeat(2000) + '<script>alert(1)</script>',
];

// URLs: the dangerous schemes in mixed case, with whitespace, control characters and entities.
const URLS = [
  ...DANGEROUS_SCHEMES,
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'javascript\u0000:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript :alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
  'jav&#x09;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javas&#99;ript:alert(1)',
  'VbScript:msgbox(1)',
  ' vbscript:msgbox(1)',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  ' data:text/html,<script>alert(1)</script>',
  'livescript:alert(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'filesystem:https://example.com/x',
  '//example.com/%0d%0a<script>alert(1)</script>',
  'https://example.com/"><script>alert(1)</script>',
  "https://example.com/' onmouseover='alert(1)",
  'https://example.com/?q=<img src=x onerror=alert(1)>',
  '/relative" onclick="alert(1)',
  '#"><img src=x onerror=alert(1)>',
];

const PAYLOADS = [...MARKUP, ...TEMPLATE, ...URLS];

/* ---------------------------------------------------------------- the trap and the checks */

const hits: string[] = [];
const trapWindow = window as unknown as Record<string, unknown>;
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
before(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print', '__xss'])
    trapWindow[name] = (...args: unknown[]) => hits.push(`${name}(${args.join(',')})`);
});
// Dropped items and ignored URLs are warned about, thousands of times here: keep the log readable.
const warn = console.warn;
before(() => {
  console.warn = () => {};
});
after(() => {
  Object.assign(window, originals);
  console.warn = warn;
});

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'cite'];

/** Every element under `root`, through shadow roots. */
function* deep(root: Node): Generator<Element> {
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** All the text a user would see under `root`, through shadow roots and slots, whitespace folded. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return fold(text);
}
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What reached the DOM that must not: script elements, event handlers, dangerous URLs. */
function problems(root: Node): string[] {
  const found: string[] = [];
  for (const el of deep(root)) {
    const tag = el.localName;
    if (tag === 'script' || tag === 'object' || tag === 'embed' || tag === 'base' || tag === 'meta')
      found.push(`<${tag}> in the DOM`);
    if (el.hasAttribute('srcdoc')) found.push(`srcdoc on <${tag}>`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) found.push(`${name} on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name) && value !== '') {
        // The browser's own URL parser says which scheme the attribute really has.
        const protocol = new URL(value, document.baseURI).protocol;
        if (!SAFE_PROTOCOLS.has(protocol)) found.push(`${name}="${value}" (${protocol}) on <${tag}>`);
      }
    }
  }
  return found;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Appends the elements, waits for them (and for anything a payload might trigger) and checks them. */
async function mount(elements: HTMLElement[], done?: (el: HTMLElement) => Promise<unknown>) {
  const host = document.createElement('div');
  host.append(...elements);
  document.body.append(host);
  await Promise.all(
    elements.map((el) => done?.(el) ?? (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  await settle();
  // The hosts carry the payloads the test set on them; what the elements render is what counts.
  const found = elements.flatMap((el) => [
    ...problems(el.shadowRoot ?? el),
    ...[...el.children].flatMap((c) => problems(c)),
  ]);
  return { host, found, remove: () => host.remove() };
}

/* ---------------------------------------------------------------- feeds served to the elements */

const served = new Map<string, { body: string; type: string }>();
const requested: string[] = [];
const realFetch = window.fetch;
let feedCount = 0;
function serve(body: string, type: string): string {
  const url = new URL(`/__hostile__/${++feedCount}`, location.href).href;
  served.set(url, { body, type });
  return url;
}
before(() => {
  window.fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    requested.push(url);
    const feed = served.get(url);
    // Payloads in `src` attributes never reach the test server: they answer 404 here.
    if (!feed) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(feed.body, { status: 200, headers: { 'content-type': feed.type } });
  };
});
after(() => {
  window.fetch = realFetch;
});

const outcome = (el: HTMLElement) =>
  new Promise<string>((resolve) => {
    el.addEventListener('apiary-load', () => resolve('load'), { once: true });
    el.addEventListener('apiary-error', () => resolve('error'), { once: true });
  });

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// A CDATA section cannot hold `]]>`: split it the way feeds do.
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
// XML 1.0 has no place for most control characters: a feed with them is not well-formed at all.
// eslint-disable-next-line no-control-regex
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function rss(payload: string, n: number): string {
  const p = xmlSafe(payload);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${cdata(p)}</title><link>${xml(p)}</link>
<item><title>${cdata(p)}</title><link>${xml(p)}</link><description>${cdata(p)}</description>
<category>${cdata(p)}</category><author>${xml(p)}</author><pubDate>Thu, 19 Aug 2021 16:00:00 GMT</pubDate></item>
<item><title>${xml(p)}</title><link>https://example.com/rss/${n}</link><description>${xml(p)}</description>
<pubDate>Thu, 19 Aug 2021 16:00:00 GMT</pubDate></item>
</channel></rss>`;
}

function atom(payload: string, n: number): string {
  const p = xmlSafe(payload);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${xml(p)}</title><id>urn:x</id><updated>2021-08-19T16:00:00Z</updated>
<entry><title type="html">${xml(p)}</title><link href="${xml(p)}"/><id>urn:${n}a</id><updated>2021-08-19T16:00:00Z</updated>
<summary type="html">${xml(p)}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${cdata(p)}</div></content>
<author><name>${xml(p)}</name></author><category term="${xml(p)}"/></entry>
<entry><title type="text">${cdata(p)}</title><link href="https://example.com/atom/${n}"/><id>urn:${n}b</id>
<updated>2021-08-19T16:00:00Z</updated><summary>${cdata(p)}</summary></entry>
</feed>`;
}

/* ---------------------------------------------------------------- the suites */

describe('hostile data', function () {
  this.timeout(120000);
  let all: ElementInfo[];

  before(async () => {
    all = await elements(realFetch);
  });
  beforeEach(() => {
    hits.length = 0;
  });
  afterEach(() => {
    expect(hits, 'a payload ran').to.deep.equal([]);
  });

  it('has a corpus of at least 100 payloads and finds every element and its fields', () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
    expect(all.length).to.be.at.least(6);
    for (const { tag } of all) expect(customElements.get(tag), tag).to.exist;
    const feeds = all.filter((e) => e.data);
    expect(feeds.length).to.be.at.least(3);
    for (const { data } of feeds) {
      const fields: Field[] = [];
      sample(data!.schema, [], fields);
      expect(fields.some((f) => f.kind === 'text')).to.be.true;
      expect(fields.some((f) => f.kind === 'url')).to.be.true;
    }
  });

  it('the checks catch what they should', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<a href=" JaVa&#x09;Script:x">x</a><img onerror="" src="data:,x">';
    expect(problems(probe)).to.have.length(3);
  });

  it('every string attribute of every element', async () => {
    for (const { tag, stringAttributes } of all)
      for (const { name: attribute, list } of stringAttributes) {
        // Is this attribute shown as text? Then every payload must show, as text.
        const marker = `apiary-marker-${attribute}`;
        const probe = document.createElement(tag);
        probe.setAttribute(attribute, marker);
        const shown = await mount([probe]);
        // A list attribute is split and normalized (`areas="A, b"`): only a plain one shows verbatim.
        const visible = !list && deepText(shown.host).includes(marker);
        shown.remove();

        const els = PAYLOADS.map((payload) => {
          const el = document.createElement(tag);
          el.setAttribute(attribute, payload);
          return el;
        });
        const { found, remove } = await mount(els);
        expect(found, `${tag}[${attribute}]`).to.deep.equal([]);
        if (visible)
          els.forEach((el, i) =>
            expect(deepText(el), `${tag}[${attribute}] shows payload ${i}`).to.include(fold(PAYLOADS[i]!)),
          );
        remove();
      }
    const unsafeFetch = requested.filter((url) => !SAFE_PROTOCOLS.has(new URL(url).protocol));
    expect(unsafeFetch).to.deep.equal([]);
  });

  for (const path of ['property', 'json feed'] as const)
    it(`every text and URL field of every schema, as ${path}`, async () => {
      for (const { tag, data } of all) {
        if (!data) continue;
        const fields: Field[] = [];
        const base = sample(data.schema, [], fields);
        for (const field of fields) {
          const name = `${tag} ${field.path.join('.')} (${path})`;
          const items = PAYLOADS.map((payload, n) => withValue(distinct(base, n, fields), field.path, payload));
          const els = items.map((item) => {
            const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
            if (path === 'property') el[data.property] = [item];
            else el.setAttribute('src', serve(JSON.stringify({ [data.property]: [item] }), 'application/json'));
            return el;
          });
          const { found, remove } = await mount(els, path === 'property' ? undefined : outcome);
          expect(found, name).to.deep.equal([]);
          if (field.kind === 'text') {
            // Text fields take any string: each payload shows as text, character for character.
            const hidden = els.filter((el, i) => !deepText(el).includes(fold(PAYLOADS[i]!)));
            expect(hidden.length, `${name}: payloads not shown as text`).to.equal(0);
          }
          remove();
        }
      }
    });

  for (const format of ['rss', 'atom'] as const)
    it(`payloads inside ${format === 'rss' ? 'RSS (CDATA and escaped)' : 'Atom'} feeds`, async () => {
      let understood = 0;
      for (const { tag, data } of all) {
        if (!data) continue;
        const els = PAYLOADS.map((payload, n) => {
          const el = document.createElement(tag);
          el.setAttribute(
            'src',
            serve(format === 'rss' ? rss(payload, n) : atom(payload, n), `application/${format}+xml`),
          );
          return el;
        });
        const results = els.map(outcome);
        const { found, remove } = await mount(els, (el) => results[els.indexOf(el)]!);
        const settled = await Promise.all(results);
        expect(found, `${tag} (${format})`).to.deep.equal([]);
        // Elements whose feeds are JSON only say so with an error; those that read XML show the items.
        if (settled.every((s) => s === 'load')) understood++;
        remove();
      }
      expect(understood, `an element reads ${format}`).to.be.at.least(1);
    });
});
