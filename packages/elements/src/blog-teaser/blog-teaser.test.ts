import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../blog-teaser.js';
import type { ApiaryBlogTeaser, Post } from './blog-teaser.js';
import { feedName, latestPosts, titleKey, urlKey } from './view.js';

/** Stores `posts` on the test server's feed middleware (scripts/wtr-test-server.mjs); returns its URL. */
async function putFeed(name: string, posts: unknown[]): Promise<string> {
  const path = `/__feeds__/blog-teaser/${name}`;
  await fetch(path, { method: 'PUT', body: JSON.stringify(posts) });
  return new URL(path, location.href).href;
}

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const edgeUrl = (name: string) => new URL(`../feeds/fixtures/${name}`, import.meta.url).href;

const updates: Post[] = [
  {
    title: 'eBPF Updates #4: In-Memory Loads Detection, Debugging QUIC, Local CI Runs, MTU Checks, but No Pancakes',
    url: '/blog/ebpf-updates-2021-02/',
    date: '2021-02-23',
    summary: 'In several parts of the globe, February is traditionally about love, and pancakes.',
    categories: ['eBPF Updates'],
  },
  {
    title: 'eBPF Updates #5: CNCF Proposals, Kinvolk Acquired, eCHO, the Cost of Tail Calls',
    url: '/blog/ebpf-updates-2021-05/',
    date: '2021-05-04',
    summary: 'Spring is back in the Northern Hemisphere, and with it all kinds of features are blooming for eBPF.',
    categories: ['eBPF Updates'],
  },
  { title: 'eBPF Updates #3: Atomics Operations', url: '/blog/ebpf-updates-2021-01/', date: '2021-01-22' },
  { title: 'eBPF Updates #1: eBPF Summit Coverage', url: '/blog/ebpf-updates-2020-11/', date: '2020-11-20' },
  {
    title: 'The Cost of BPF Tail Calls',
    url: 'https://pchaigno.github.io/ebpf/2021/03/22/cost-bpf-tail-calls.html',
    date: '2021-03-22T12:00:00.000Z',
    author: 'Paul Chaignon',
    source: 'pchaigno.github.io',
  },
];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const titles = (el: Element) => $$(el, '[part~="post-title"]').map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const links = (el: Element) => $$<HTMLAnchorElement>(el, '[part~="post-link"]');

async function teaser(template = html`<apiary-blog-teaser .posts=${updates}></apiary-blog-teaser>`) {
  const el = await fixture<ApiaryBlogTeaser>(template);
  await el.updateComplete;
  return el;
}

/** Appends a teaser configured by `setup`, waits for its first apiary-load or apiary-error, and collects every event. */
async function loadTeaser(
  setup: (el: ApiaryBlogTeaser) => void,
  until: 'apiary-load' | 'apiary-error' = 'apiary-load',
) {
  const el = document.createElement('apiary-blog-teaser');
  setup(el);
  const events: CustomEvent[] = [];
  for (const type of ['apiary-load', 'apiary-error'] as const) el.addEventListener(type, (e) => events.push(e));
  const done = oneEvent(el, until);
  document.body.append(el);
  await done;
  await el.updateComplete;
  return { el, events };
}

describe('<apiary-blog-teaser>', () => {
  afterEach(() => document.querySelectorAll('body > apiary-blog-teaser').forEach((el) => el.remove()));

  it('is defined with a guarded define', async () => {
    const { ApiaryBlogTeaser } = await import('./blog-teaser.js');
    expect(customElements.get('apiary-blog-teaser')).to.equal(ApiaryBlogTeaser);
    expect(() => ApiaryBlogTeaser.define()).not.to.throw();
  });

  describe('posts', () => {
    it('shows the latest 3 posts, newest first: title link, long date, summary and categories', async () => {
      const el = await teaser();
      expect(titles(el)).to.deep.equal([
        'eBPF Updates #5: CNCF Proposals, Kinvolk Acquired, eCHO, the Cost of Tail Calls',
        'The Cost of BPF Tail Calls (opens in a new tab)',
        'eBPF Updates #4: In-Memory Loads Detection, Debugging QUIC, Local CI Runs, MTU Checks, but No Pancakes',
      ]);
      const post = $(el, '[part~="post"]')!;
      expect(post.querySelector('[part~="post-link"]')!.getAttribute('href')).to.equal('/blog/ebpf-updates-2021-05/');
      const date = post.querySelector('time')!;
      expect(date.getAttribute('datetime')).to.equal('2021-05-04');
      expect(date.textContent).to.equal('May 4, 2021');
      const summary = post.querySelector<HTMLElement>('[part~="post-summary"]')!;
      expect(summary.textContent).to.contain('Spring is back');
      expect(getComputedStyle(summary).webkitLineClamp).to.equal('3');
      const categories = post.querySelector('[part~="post-categories"]')!;
      expect(categories.getAttribute('aria-label')).to.equal('Categories');
      expect(categories.textContent!.trim()).to.equal('eBPF Updates');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('3 posts');
      await expect(el).to.be.accessible();
    });

    it('shows author and site, and marks external links: new tab, noopener noreferrer, said to screen readers', async () => {
      const el = await teaser();
      const [own, external] = links(el);
      expect(own!.hasAttribute('target')).to.be.false;
      expect(own!.hasAttribute('rel')).to.be.false;
      expect(external!.target).to.equal('_blank');
      expect(external!.rel).to.equal('noopener noreferrer');
      expect(external!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
      expect(external!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const meta = $$(el, '[part~="post-meta"]')[1]!;
      expect(meta.querySelector('[part~="post-author"]')!.textContent).to.equal('Paul Chaignon');
      expect(meta.querySelector('[part~="post-source"]')!.textContent).to.equal('pchaigno.github.io');
    });

    it('takes limit (0: all), hide-summary, a heading and heading-level', async () => {
      const el = await teaser(html`<apiary-blog-teaser limit="2" hide-summary .posts=${updates}></apiary-blog-teaser>`);
      expect(titles(el)).to.have.length(2);
      expect($$(el, '[part~="post-summary"], [part~="post-categories"]')).to.have.length(0);
      expect($(el, '[part~="heading"]')).to.equal(null);
      expect($(el, '[part~="post-title"]')!.localName).to.equal('h2');
      el.limit = 0;
      el.heading = 'Latest posts';
      el.headingLevel = 3;
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      const heading = $(el, '[part~="heading"]')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent).to.equal('Latest posts');
      expect($(el, '[part~="post-title"]')!.localName).to.equal('h4');
      expect($(el, '[part~="list"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('drops duplicates (the same URL, or the same title within one feed), keeping the newest', () => {
      const posts: Post[] = [
        { title: 'Hello, World', url: 'https://a.example/hello/', date: '2021-01-01' },
        { title: 'Other', url: 'http://www.a.example/hello#top', date: '2021-01-02' },
        { title: 'héllo   WORLD!', url: 'https://b.example/copy', date: '2021-01-03' },
        { title: 'Third', url: '/third', date: '2021-01-04' },
      ];
      expect(latestPosts([posts], 0).map((p) => p.title)).to.deep.equal(['Third', 'héllo   WORLD!', 'Other']);
      expect(latestPosts([posts], 2).map((p) => p.title)).to.deep.equal(['Third', 'héllo   WORLD!']);
      // Another feed's post of the same title is another post: both show, each with its own link.
      const other: Post[] = [{ title: 'Hello, world!', url: 'https://evil.example/', date: '2021-01-05' }];
      const merged = latestPosts([posts.slice(0, 1), other], 0);
      expect(merged.map((p) => p.url)).to.deep.equal(['https://evil.example/', 'https://a.example/hello/']);
      // The same link in another feed is the same post.
      expect(latestPosts([posts.slice(0, 1), posts.slice(1, 2)], 0).map((p) => p.title)).to.deep.equal(['Other']);
      expect(urlKey('HTTPS://WWW.A.example/x/?q=1#h')).to.equal('a.example/x?q=1');
      expect(titleKey('  Ça   va — bien? ')).to.equal('ca va bien');
      expect(feedName('https://www.nakryiko.com/atom.xml')).to.equal('nakryiko.com/atom.xml');
      expect(feedName('https://lwn.net/')).to.equal('lwn.net');
    });

    it('renders data as text, never as HTML, and drops invalid posts with one warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await teaser(
          html`<apiary-blog-teaser
            limit="0"
            .posts=${[
              {
                title: '<img src=x onerror="window.__pwned = 1">',
                url: '/ok',
                date: '2021-01-01',
                summary: '<script>window.__pwned = 2</script>',
                author: '<b>me</b>',
              },
              { title: 'Script link', url: 'javascript:alert(1)', date: '2021-01-01' },
              { title: 'Data link', url: 'data:text/html,<b>x', date: '2021-01-01' },
              { title: 'No date', url: '/no-date' },
              { title: 'Bad date', url: '/bad', date: '2021-13-01' },
            ]}
          ></apiary-blog-teaser>`,
        );
        expect(titles(el)).to.deep.equal(['<img src=x onerror="window.__pwned = 1">']);
        expect($(el, '[part~="post-summary"]')!.textContent).to.equal('<script>window.__pwned = 2</script>');
        expect($$(el, 'img, script, b')).to.have.length(0);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('dropped 4 invalid posts');
      } finally {
        console.warn = warn;
      }
    });

    it('shows the loading state while a promise is pending, and an empty state without posts', async () => {
      const el = await teaser(html`<apiary-blog-teaser .posts=${new Promise<Post[]>(() => {})}></apiary-blog-teaser>`);
      expect($$(el, '.skeleton-row')).to.have.length(3);
      expect($(el, '[part~="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Loading…');
      await expect(el).to.be.accessible();
      const empty = await teaser(html`<apiary-blog-teaser></apiary-blog-teaser>`);
      expect($(empty, '[part~="empty"]')!.textContent).to.contain('No posts to show yet.');
    });

    it('takes data from a <script type="application/json"> data island', async () => {
      const el = await teaser(
        html`<apiary-blog-teaser src="/never.xml"
          ><script type="application/json">
            { "posts": [{ "title": "From the island", "url": "/island", "date": "2021-08-19" }] }
          </script></apiary-blog-teaser
        >`,
      );
      expect(titles(el)).to.deep.equal(['From the island']);
    });
  });

  describe('feeds', () => {
    it('loads a JSON feed of posts and fires apiary-load with every valid post', async () => {
      const { el, events } = await loadTeaser((t) => (t.src = fixtureUrl('ebpf-updates.json')));
      expect(events.map((e) => [e.type, e.detail.count])).to.deep.equal([['apiary-load', 5]]);
      expect(titles(el)).to.have.length(3);
      expect(titles(el)[0]).to.match(/^eBPF Updates #5/);
    });

    it('loads RSS 2.0: HTML summaries as plain text, dates from pubDate, author and site', async () => {
      const { el } = await loadTeaser((t) => (t.src = fixtureUrl('pchaigno.rss.xml')));
      expect(titles(el)).to.deep.equal([
        'eBPF Instruction Sets (opens in a new tab)',
        'The Cost of BPF Tail Calls (opens in a new tab)',
      ]);
      const summary = $(el, '[part~="post-summary"]')!;
      expect(summary.textContent).to.match(/^The eBPF instruction set grew over the years: .* -mcpu\. This post/);
      // Only the bidi isolate of the text: no element from the feed's HTML.
      expect([...summary.querySelectorAll('*')].map((e) => e.localName)).to.deep.equal(['bdi']);
      expect($(el, 'time')!.textContent).to.equal('October 20, 2021');
      expect($(el, '[part~="post-source"]')!.textContent).to.equal('pchaigno.github.io');
    });

    it('loads Atom', async () => {
      const { el } = await loadTeaser((t) => (t.src = fixtureUrl('nakryiko.atom.xml')));
      expect(titles(el)[1]).to.equal(
        'BPF tips & tricks: the guide to bpf_trace_printk() and bpf_printk() (opens in a new tab)',
      );
      expect($$(el, '[part~="post-categories"] li').map((li) => li.textContent)).to.deep.equal([
        'bpf',
        'BPF CO-RE',
        'bpf',
      ]);
    });

    it('keeps hostile feed content as text and reports the items it cannot show', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      const { el, events } = await loadTeaser((t) => {
        t.src = edgeUrl('edge.rss.xml');
        t.limit = 0;
      }).finally(() => (console.warn = warn));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('dropped 3 invalid posts: #2 (date:');
      const load = events.find((e) => e.type === 'apiary-load')!;
      expect(load.detail.count).to.equal(4);
      expect(load.detail.rejected.map((r: { index: number }) => r.index)).to.deep.equal([2, 5, 6]);
      expect(load.detail.rejected[0].reason).to.contain('date');
      expect($$(el, 'img, script, a[href^="javascript"]')).to.have.length(0);
      const first = $(el, '[part~="post"]')!;
      expect(first.querySelector('[part~="post-title"]')!.textContent).to.contain('CDATA title with <b>markup</b>');
      expect(first.querySelector('[part~="post-summary"]')!.textContent).to.equal(
        'First paragraph with a link. Second paragraph & an entity été.',
      );
      // A relative link in the feed resolves against the feed's own URL.
      expect(links(el).map((a) => a.getAttribute('href'))).to.include(new URL('/posts/relative', edgeUrl('x')).href);
    });

    it('merges several sources newest first without duplicates; one failing feed is named and the rest still show', async () => {
      const missing = fixtureUrl('missing.xml');
      const { el, events } = await loadTeaser((t) => {
        t.setAttribute(
          'sources',
          `${fixtureUrl('pchaigno.rss.xml')} ${fixtureUrl('nakryiko.atom.xml')}  ${missing} ${fixtureUrl('community.feed.json')}`,
        );
        t.limit = 0;
      });
      expect(el.sources).to.have.length(4);
      const errors = events.filter((e) => e.type === 'apiary-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.src).to.equal(missing);
      expect(errors[0]!.detail.error.kind).to.equal('http');
      const load = events.find((e) => e.type === 'apiary-load')!;
      expect(load.detail.count).to.equal(8);
      expect(load.detail.failed.map((f: { src: string }) => f.src)).to.deep.equal([missing]);
      expect(titles(el).map((t) => t.replace(' (opens in a new tab)', ''))).to.deep.equal([
        'BPF CO-RE reference guide',
        'eBPF Instruction Sets',
        'Features of bpftool: the thread of tips and examples to work with eBPF objects',
        'How To Add eBPF Observability To Your Product',
        'BPF tips & tricks: the guide to bpf_trace_printk() and bpf_printk()',
        'The Cost of BPF Tail Calls',
        'A thorough introduction to eBPF',
      ]);
      // The tail-calls article came from two feeds: the newest copy wins, the first on a tie (its own blog's).
      const tail = $$(el, '[part~="post"]')[5]!;
      expect(tail.querySelector('[part~="post-source"]')!.textContent).to.equal('pchaigno.github.io');
      const notice = $(el, '[part~="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain(`One feed could not be loaded: ${new URL(missing).host}`);
      expect(notice.textContent).to.contain('/fixtures/missing.xml');
      await expect(el).to.be.accessible();
      // Retry loads every feed again.
      const again = oneEvent(el, 'apiary-load');
      notice.querySelector('button')!.click();
      await again;
    });

    it("keeps each feed's posts: duplicates by link across feeds, by title only within a feed", async () => {
      const post = (title: string, url: string, date: string) => ({ title, url, date });
      const own = await putFeed('own', [post('Release 1.0', 'https://project.example/1.0', '2024-01-01')]);
      // Another feed: a newer post of the same title, linking elsewhere; and a copy of its own post.
      const other = await putFeed('other', [
        post('Release 1.0!', 'https://elsewhere.example/', '2024-01-02'),
        post('Release notes', 'https://other.example/notes', '2024-01-03'),
        post('Release notes', 'https://other.example/notes-copy', '2024-01-03'),
        post('Shared', 'https://project.example/1.0/', '2023-12-31'),
      ]);
      const { el } = await loadTeaser((t) => {
        t.sources = [own, other];
        t.limit = 0;
      });
      expect(links(el).map((a) => a.href)).to.deep.equal([
        'https://other.example/notes',
        'https://elsewhere.example/',
        'https://project.example/1.0',
      ]);
    });

    it('resolves relative links of an Apiary JSON feed against the feed, not the page', async () => {
      const src = await putFeed('nested/dir/posts.json', [{ title: 'Relative', url: 'post-1', date: '2024-01-01' }]);
      const { el } = await loadTeaser((t) => (t.src = src));
      expect(links(el)[0]!.href).to.equal(new URL('post-1', src).href);
    });

    it('bounds each feed by timeout: a slow one is reported, the others show, the stale answer is ignored', async () => {
      const original = window.fetch;
      // The other feed answers at once from memory: fetched for real it must also beat the timeout,
      // which a loaded CI machine does not promise.
      const rss = await (await original(fixtureUrl('pchaigno.rss.xml'))).text();
      let answerSlow!: (response: Response) => void;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).endsWith('/slow.json')) {
          return new Promise<Response>((resolve, reject) => {
            answerSlow = resolve;
            init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
          });
        }
        return Promise.resolve(new Response(rss, { headers: { 'content-type': 'application/rss+xml' } }));
      }) as typeof fetch;
      try {
        const { el, events } = await loadTeaser((t) => {
          t.timeout = 250;
          t.sources = ['/slow.json', fixtureUrl('pchaigno.rss.xml')];
        });
        const error = events.find((e) => e.type === 'apiary-error')!;
        expect(error.detail.error.kind).to.equal('timeout');
        expect(error.detail.src).to.equal('/slow.json');
        expect(titles(el)).to.have.length(2);
        expect($(el, '[part~="notice"]')!.textContent).to.contain('/slow.json');
        answerSlow(new Response(JSON.stringify([{ title: 'Late', url: '/late', date: '2030-01-01' }])));
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
        expect(titles(el).join()).to.not.contain('Late');
      } finally {
        window.fetch = original;
      }
    });

    it('shows the error state when every source fails, with one apiary-error per feed', async () => {
      const { el, events } = await loadTeaser((t) => {
        t.src = fixtureUrl('missing.xml');
        t.sources = [edgeUrl('broken.xml')];
      }, 'apiary-error');
      await waitUntil(() => events.length === 2);
      expect(events.map((e) => [e.detail.error.kind, e.detail.src])).to.deep.equal([
        ['http', fixtureUrl('missing.xml')],
        ['format', edgeUrl('broken.xml')],
      ]);
      const error = $(el, '[part~="error"]')!;
      expect(error.textContent).to.contain('The server answered with status 404.');
      expect($(el, '[part~="notice"]')).to.equal(null);
    });

    for (const [name, what] of [
      ['broken.xml', 'invalid XML'],
      ['error-page.txt', 'an HTML error page'],
      ['not-a-feed.xml', 'XML that is not a feed'],
    ]) {
      it(`says the data could not be read for ${what}`, async () => {
        const { el, events } = await loadTeaser((t) => (t.src = edgeUrl(name!)), 'apiary-error');
        expect(events[0]!.detail.error.kind).to.equal('format');
        expect($(el, '[part~="error"]')!.textContent).to.contain('The data could not be read.');
      });
    }
  });

  describe('locales and themes', () => {
    it('speaks Chinese with lang="zh-Hans": dates, counts, the new-tab note and the failed-feeds notice', async () => {
      await loadLocale('zh-Hans');
      const el = await teaser(html`<apiary-blog-teaser lang="zh-Hans" .posts=${updates}></apiary-blog-teaser>`);
      await waitUntil(() => $(el, 'time')!.textContent === '2021年5月4日', `date was ${$(el, 'time')!.textContent}`);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('3 篇文章');
      expect(links(el)[1]!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('（在新标签页中打开）');
      await expect(el).to.be.accessible();
      const { el: merged } = await loadTeaser((t) => {
        t.lang = 'zh-Hans';
        t.sources = [fixtureUrl('pchaigno.rss.xml'), fixtureUrl('gone.xml'), fixtureUrl('gone.json')];
      });
      expect($(merged, '[part~="notice"]')!.textContent).to.match(
        /有 2 个订阅源无法加载：\S+\/gone\.xml和\S+\/gone\.json。/,
      );
    });

    it('lays out right to left under dir="rtl", the external icon mirrored, and stays accessible', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><apiary-blog-teaser .posts=${updates}></apiary-blog-teaser></div>`,
      );
      const el = wrapper.firstElementChild as ApiaryBlogTeaser;
      await el.updateComplete;
      const post = $(el, '[part~="post"]')!.getBoundingClientRect();
      const title = $(el, '[part~="post-link"]')!.getBoundingClientRect();
      expect(title.right).to.be.closeTo(post.right - 17, 2);
      expect(getComputedStyle($(el, '.external-icon')!).transform).to.not.equal('none');
      await expect(wrapper).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="background: #0d1117">
          <apiary-blog-teaser
            heading="Latest posts"
            style="--apiary-color-surface: #161b22; --apiary-color-text: #e6edf3; --apiary-color-text-muted: #9da7b3; --apiary-color-link: #6cb6ff; --apiary-color-surface-raised: #1f2630; --apiary-color-border: #3d444d"
            .posts=${updates}
          ></apiary-blog-teaser>
        </div>`,
      );
      await expect(wrapper).to.be.accessible();
    });
  });
});
