// Broken feeds, for every element that loads one (found in custom-elements.json: a data property
// typed by a schema, plus `src`). The test server's feed middleware (scripts/wtr-test-server.mjs)
// answers with the status, type and delay each case asks for. The element tests cover each
// element's own details (focus after retry, RSS/Atom, several sources); this suite holds every
// feed element to the same contract: a localized error with retry, an `apiary-error` event, valid
// items kept, a stale answer ignored, and nothing uncaught.
import { expect, oneEvent } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../index.js';
import { MAX_FEED_BYTES, type FeedError } from '../base/feed.js';
import { distinct, elements, sample, withValue, type ElementInfo, type Field } from './elements.js';

type FeedElement = HTMLElement & {
  src?: string;
  timeout: number;
  updateComplete: Promise<boolean>;
  localize: { t(key: string, options?: Record<string, unknown>): string };
};

let count = 0;
/** Stores `body` on the feed server (answered with `status`) and returns its URL with `options`. */
async function feed(
  body: string,
  { status = 200, ...options }: { status?: number; type?: string; delay?: number; pad?: number; chunked?: 1 } = {},
  name = `f${++count}`,
): Promise<string> {
  await fetch(`/__feeds__/${name}?status=${status}`, { method: 'PUT', body });
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)]));
  return new URL(`/__feeds__/${name}?${query}`, location.href).href;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

// Anything uncaught fails the suite: errors and unhandled rejections alike.
const uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
const warn = console.warn;
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = () => {}; // dropped items are warned about; that is tested elsewhere
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.warn = warn;
});

describe('broken feeds', function () {
  this.timeout(20000);
  let feeds: ElementInfo[] = [];
  const mounted: HTMLElement[] = [];

  before(async () => {
    feeds = (await elements()).filter((e) => e.data && e.stringAttributes.some((a) => a.name === 'src'));
    await loadLocale('zh-Hans');
  });
  afterEach(async () => {
    for (const el of mounted.splice(0)) el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(uncaught, 'uncaught errors or rejections').to.deep.equal([]);
  });

  it('finds the feed elements', () => {
    expect(feeds.length).to.be.at.least(3);
  });

  /** A sample item of the element's schema whose text fields say `label`. */
  function items(info: ElementInfo, n: number, label = 'Item') {
    const fields: Field[] = [];
    const base = sample(info.data!.schema, [], fields);
    const title = fields.find((f) => f.kind === 'text' && f.path.length === 1)!;
    return Array.from({ length: n }, (_, i) => withValue(distinct(base, i, fields), title.path, `${label} ${i}`));
  }

  function mount(tag: string, setup: (el: FeedElement) => void): FeedElement {
    const el = document.createElement(tag) as FeedElement;
    setup(el);
    mounted.push(el);
    document.body.append(el);
    return el;
  }

  /** Mounts `tag` with `src`, waits for its apiary-error and checks the error state. */
  async function expectError(tag: string, src: string, kind: FeedError['kind'], options: { lang?: string } = {}) {
    const el = mount(tag, (e) => {
      e.src = src;
      if (options.lang) e.lang = options.lang;
    });
    const { detail } = await oneEvent(el, 'apiary-error');
    expect(detail.error.kind, `${tag}: error kind`).to.equal(kind);
    expect(detail.src).to.equal(src);
    await el.updateComplete;
    const error = $(el, '[part~="error"]');
    expect(error, `${tag}: error state`).to.exist;
    expect(error!.getAttribute('role')).to.equal('alert');
    // Localized: the element's own translation, never a raw key.
    const said = el.localize.t(`common.feedError.${kind}`, { status: detail.error.status });
    expect(error!.textContent).to.contain(el.localize.t('common.error'));
    expect(error!.textContent).to.contain(said);
    expect(error!.textContent).not.to.match(/common\.|feedError/);
    expect($(el, '[part~="retry-button"]'), `${tag}: retry`).to.exist;
    return { el, detail };
  }

  for (const status of [404, 500]) {
    it(`a ${status}: localized error state (en and zh-Hans), apiary-error, and retry loads once it works`, async () => {
      for (const info of feeds) {
        const body = JSON.stringify(items(info, 2));
        await expectError(info.tag, await feed(body, { status }), 'http');
        const { el } = await expectError(info.tag, await feed(body, { status }), 'http', { lang: 'zh-Hans' });
        expect(text(el)).to.contain(el.localize.t('common.retry'));
        expect(el.localize.t('common.retry')).not.to.equal('Try again');

        // Retry asks again: still failing, then the server recovers and the items show.
        const name = `recovering-${info.tag}-${status}`;
        const src = await feed(body, { status }, name);
        const recovering = mount(info.tag, (e) => (e.src = src));
        await oneEvent(recovering, 'apiary-error');
        await recovering.updateComplete;
        const again = oneEvent(recovering, 'apiary-error');
        $(recovering, '[part~="retry-button"]')!.click();
        expect((await again).detail.error.status).to.equal(status);
        await recovering.updateComplete;
        await feed(body, {}, name);
        const loaded = oneEvent(recovering, 'apiary-load');
        $(recovering, '[part~="retry-button"]')!.click();
        await loaded;
        await recovering.updateComplete;
        expect(text(recovering)).to.contain('Item 0');
      }
    });
  }

  it('a response slower than the timeout: a timeout error', async () => {
    for (const info of feeds) {
      const src = await feed(JSON.stringify(items(info, 1)), { delay: 3000 });
      const el = mount(info.tag, (e) => {
        e.timeout = 150;
        e.src = src;
      });
      const { detail } = await oneEvent(el, 'apiary-error');
      expect(detail.error.kind, info.tag).to.equal('timeout');
    }
  });

  it('invalid JSON, an HTML error page, the wrong schema: a format error', async () => {
    for (const info of feeds) {
      await expectError(info.tag, await feed('{"oops": [1, 2,'), 'format');
      const page =
        '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
      await expectError(info.tag, await feed(page, { type: 'text/html' }), 'format');
      await expectError(info.tag, await feed(JSON.stringify({ unrelated: { items: [] } })), 'format');
    }
  });

  it('half-valid items: the valid half shows, the rest is reported', async () => {
    for (const info of feeds) {
      const valid = items(info, 3, 'Valid');
      const broken = [null, 42, 'text', {}, { ...(valid[0] as object), [Object.keys(valid[0] as object)[0]!]: 7 }];
      const src = await feed(JSON.stringify([...valid, ...broken]));
      const el = mount(info.tag, (e) => (e.src = src));
      const { detail } = await oneEvent(el, 'apiary-load');
      expect(detail.count, info.tag).to.equal(3);
      expect(detail.rejected.map((r: { index: number }) => r.index)).to.deep.equal([3, 4, 5, 6, 7]);
      await el.updateComplete;
      // Elements may show only the latest few (a limit): the first valid item is always there.
      expect(text(el)).to.match(/Valid \d/);
    }
  });

  it('a 10 MB feed loads', async function () {
    // About size, not speed: no fetch timeout, and room for a loaded 2-core machine.
    this.timeout(120000);
    for (const info of feeds) {
      // 50 items of 200 kB each: the text fields carry the weight.
      const fields: Field[] = [];
      const base = sample(info.data!.schema, [], fields);
      const texts = fields.filter((f) => f.kind === 'text' && !f.path.includes(0));
      const filler = 'x'.repeat(Math.ceil(210_000 / Math.max(1, texts.length - 1)));
      const big = Array.from({ length: 50 }, (_, i) =>
        texts.reduce((item, f, k) => withValue(item, f.path, k === 0 ? `Big ${i}` : filler), distinct(base, i, fields)),
      );
      const body = JSON.stringify(big);
      expect(body.length).to.be.greaterThan(10_000_000);
      const src = await feed(body);
      const el = mount(info.tag, (e) => {
        e.timeout = 0;
        e.src = src;
      });
      const { detail } = await oneEvent(el, 'apiary-load');
      expect(detail.count, info.tag).to.equal(50);
    }
  });

  it('a body past the byte cap: a format error, with a Content-Length or without one', async function () {
    this.timeout(120000);
    for (const info of feeds) {
      // Valid JSON, 17 MB with the spaces after it: it would load if it were read.
      const body = JSON.stringify(items(info, 2));
      const pad = MAX_FEED_BYTES + 1 - body.length;
      for (const chunked of [undefined, 1] as const) {
        const { detail } = await expectError(info.tag, await feed(body, { pad, chunked }), 'format');
        expect(detail.error.message).to.match(/is larger than \d+ bytes/);
      }
      // At the cap exactly, it loads.
      const atCap = await feed(body, { pad: pad - 1, chunked: 1 });
      const el = mount(info.tag, (e) => (e.src = atCap));
      expect((await oneEvent(el, 'apiary-load')).detail.count, info.tag).to.equal(2);
    }
  });

  it('a timeout past the longest timer (2³¹−1 ms) waits, rather than firing at once', async () => {
    for (const info of feeds) {
      const src = await feed(JSON.stringify(items(info, 1)), { delay: 200 });
      const el = mount(info.tag, (e) => {
        e.timeout = 2 ** 32;
        e.src = src;
      });
      const { detail } = await oneEvent(el, 'apiary-load');
      expect(detail.count, info.tag).to.equal(1);
    }
  });

  it('src changed while a request is in flight: the stale answer is ignored', async () => {
    for (const info of feeds) {
      const stale = await feed(JSON.stringify(items(info, 1, 'Stale')), { delay: 600 });
      const fresh = await feed(JSON.stringify(items(info, 1, 'Fresh')));
      const el = mount(info.tag, (e) => (e.src = stale));
      const events: string[] = [];
      el.addEventListener('apiary-load', () => events.push('load'));
      el.addEventListener('apiary-error', () => events.push('error'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      el.src = fresh;
      await oneEvent(el, 'apiary-load');
      await new Promise((resolve) => setTimeout(resolve, 800));
      await el.updateComplete;
      expect(text(el), info.tag).to.contain('Fresh 0');
      expect(text(el), info.tag).not.to.contain('Stale');
      expect(events, info.tag).to.deep.equal(['load']);
    }
  });
});
