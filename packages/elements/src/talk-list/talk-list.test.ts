import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadLocale } from '@apiary/i18n';
import '../talk-list.js';
import type { ApiaryTalkList, Talk } from './talk-list.js';
import { playing } from './player.js';
import { groupTalks, orderTalks } from './view.js';

// Nothing in these tests may reach the internet. The page forbids frames and images from other
// origins, so when a test activates a video, the browser blocks the youtube-nocookie.com iframe
// before any request and reports a violation: proof of what would have loaded, with nothing sent.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "frame-src 'none'; img-src 'self' data:";
document.head.prepend(csp);
/** What the CSP blocked: `<directive> <url>` (frames report their origin only). */
const blocked: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  blocked.push(`${event.effectiveDirective} ${event.blockedURI}`),
);

/** Every URL the page asked for that is not on this machine (blocked or not: the browser lists both). */
const remoteRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !['127.0.0.1', 'localhost'].includes(new URL(url).hostname));
/** Remote URLs the CSP did not block: requests that would have left 127.0.0.1. Must stay empty. */
const leaked = () => remoteRequests().filter((url) => !blocked.some((b) => url.startsWith(b.split(' ')[1]!)));

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

const talks: Talk[] = [
  {
    title: 'A Load Balancer from scratch',
    speaker: 'Liz Rice, Isovalent',
    event: 'eBPF Summit 2021 (keynote)',
    date: '2021-08-18',
    videoId: 'L3_AOFSNKK8',
    slides: 'https://drive.google.com/file/d/slides/view',
  },
  {
    title: 'Why is my eBPF code slow?',
    speaker: 'Simar Singh, Aqua Security',
    event: 'eBPF Summit 2021',
    date: '2021-08-19',
    videoId: '0qkkYpbeBFk',
    url: '/talks/why-slow/',
  },
  {
    title: 'BPF at Facebook',
    speaker: 'Alexei Starovoitov',
    event: 'Performance Summit',
    date: '2019-12',
    videoId: 'ZYBXZFKPS28',
  },
  {
    title: 'The Future of eBPF based Networking and Security',
    speaker: 'Thomas Graf',
    date: '2020-11-08',
    videoId: 'slBAYUDABDA',
  },
  { title: 'BPF: A New Type of Software', speaker: 'Brendan Gregg', event: 'Ubuntu Masters', date: '2019-10' },
];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const titles = (el: Element) => $$(el, '[part~="talk-title"]').map((n) => n.textContent!.trim());
const headings = (el: Element) => $$(el, '[part~="group-heading"]').map((n) => n.textContent!.trim());
const buttons = (el: Element) => $$<HTMLButtonElement>(el, '[part~="play-button"]');
const button = (el: Element, title: string) =>
  buttons(el).find((b) =>
    b.closest('[part~="talk"]')!.querySelector('[part~="talk-title"]')!.textContent!.includes(title),
  )!;

async function list(template = html`<apiary-talk-list .talks=${talks}></apiary-talk-list>`) {
  const el = await fixture<ApiaryTalkList>(template);
  await el.updateComplete;
  return el;
}

describe('<apiary-talk-list>', () => {
  it('is defined with a guarded define', async () => {
    const { ApiaryTalkList } = await import('./talk-list.js');
    expect(customElements.get('apiary-talk-list')).to.equal(ApiaryTalkList);
    expect(() => ApiaryTalkList.define()).not.to.throw();
  });

  describe('ordering and grouping', () => {
    it('groups by year, newest first, with year headings and talk titles one level below', async () => {
      const el = await list();
      expect(headings(el)).to.deep.equal(['2021', '2020', '2019']);
      expect(titles(el)).to.deep.equal([
        'Why is my eBPF code slow?',
        'A Load Balancer from scratch',
        'The Future of eBPF based Networking and Security',
        'BPF at Facebook',
        'BPF: A New Type of Software',
      ]);
      expect($(el, '[part~="group-heading"]')!.localName).to.equal('h2');
      expect($(el, '[part~="talk-title"]')!.localName).to.equal('h3');
      const group = $(el, '[part~="group"]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal($(el, '[part~="group-heading"]')!.id);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('5 talks');
      await expect(el).to.be.accessible();
    });

    it('orders oldest first with order="oldest"', async () => {
      const el = await list(html`<apiary-talk-list order="oldest" .talks=${talks}></apiary-talk-list>`);
      expect(headings(el)).to.deep.equal(['2019', '2020', '2021']);
      expect(titles(el)[0]).to.equal('BPF: A New Type of Software');
      expect(titles(el).at(-1)).to.equal('Why is my eBPF code slow?');
    });

    it('groups by event with group-by="event", talks without an event last, and drops the event from each talk', async () => {
      const el = await list(html`<apiary-talk-list group-by="event" .talks=${talks}></apiary-talk-list>`);
      expect(headings(el)).to.deep.equal([
        'eBPF Summit 2021',
        'eBPF Summit 2021 (keynote)',
        'Performance Summit',
        'Ubuntu Masters',
        'Other talks',
      ]);
      expect($$(el, '[part~="talk-event"]')).to.have.length(0);
    });

    it('renders one list without headings for group-by="none", titles at heading-level, events shown', async () => {
      const el = await list(
        html`<apiary-talk-list group-by="none" heading-level="3" .talks=${talks}></apiary-talk-list>`,
      );
      expect(headings(el)).to.deep.equal([]);
      expect($$(el, '[part~="list"]')).to.have.length(1);
      expect($(el, '[part~="talk-title"]')!.localName).to.equal('h3');
      expect($$(el, '[part~="talk-event"]').map((e) => e.textContent)).to.include('eBPF Summit 2021');
    });

    it('takes heading-level for the group headings', async () => {
      const el = await list(html`<apiary-talk-list heading-level="4" .talks=${talks}></apiary-talk-list>`);
      expect($(el, '[part~="group-heading"]')!.localName).to.equal('h4');
      expect($(el, '[part~="talk-title"]')!.localName).to.equal('h5');
    });

    it('shows only the first `limit` talks after ordering, across groups', async () => {
      const el = await list(html`<apiary-talk-list limit="3" .talks=${talks}></apiary-talk-list>`);
      expect(titles(el)).to.deep.equal([
        'Why is my eBPF code slow?',
        'A Load Balancer from scratch',
        'The Future of eBPF based Networking and Security',
      ]);
      expect(headings(el)).to.deep.equal(['2021', '2020']);
      el.limit = 0;
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
      el.order = 'oldest';
      el.limit = 1;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['BPF: A New Type of Software']);
    });

    it('keeps the feed order for talks on the same date, and groups by the year as written', () => {
      const same: Talk[] = [
        { title: 'b', date: '2021-08-19' },
        { title: 'a', date: '2021-08-19' },
        { title: 'new year', date: '2022-01-01T00:30:00+09:00' },
      ];
      expect(orderTalks(same, 'newest', 0).map((t) => t.title)).to.deep.equal(['new year', 'b', 'a']);
      expect(orderTalks(same, 'oldest', 0).map((t) => t.title)).to.deep.equal(['b', 'a', 'new year']);
      expect(groupTalks(orderTalks(same, 'newest', 0), 'year').map((g) => g.label)).to.deep.equal(['2022', '2021']);
    });

    it('shows speaker, event and a localized date in a time element, as precise as the data', async () => {
      const el = await list(html`<apiary-talk-list group-by="none" .talks=${talks}></apiary-talk-list>`);
      const dates = $$(el, '[part~="talk-date"]');
      expect(dates.map((d) => d.getAttribute('datetime'))).to.include('2019-12');
      expect(dates.map((d) => d.textContent)).to.deep.equal([
        'Aug 19, 2021',
        'Aug 18, 2021',
        'Nov 8, 2020',
        'December 2019',
        'October 2019',
      ]);
      const meta = $(el, '[part~="talk-meta"]')!;
      expect(meta.querySelector('[part~="talk-speaker"]')!.textContent).to.equal('Simar Singh, Aqua Security');
    });
  });

  describe('layouts', () => {
    it('puts the video beside the text in the list layout, and cards in columns in the gallery', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 1000px"><apiary-talk-list .talks=${talks}></apiary-talk-list></div>`,
      );
      const el = wrapper.firstElementChild as ApiaryTalkList;
      await el.updateComplete;
      const talk = $(el, '[part~="talk"]')!;
      const media = talk.querySelector('[part~="media"]')!.getBoundingClientRect();
      const body = talk.querySelector('.body')!.getBoundingClientRect();
      expect(media.right).to.be.at.most(body.left);
      expect(media.width / media.height).to.be.closeTo(16 / 9, 0.05);

      el.layout = 'gallery';
      await el.updateComplete;
      const items = $$(el, '[part~="list"]')[0]!.children;
      const [first, second] = [items[0]!.getBoundingClientRect(), items[1]!.getBoundingClientRect()];
      expect(first.top).to.equal(second.top);
      const galleryTalk = $(el, '[part~="talk"]')!;
      expect(galleryTalk.querySelector('[part~="media"]')!.getBoundingClientRect().bottom).to.be.at.most(
        galleryTalk.querySelector('.body')!.getBoundingClientRect().top,
      );
      await expect(el).to.be.accessible();
    });

    it('mirrors under dir="rtl": the video on the right, and stays accessible', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="inline-size: 1000px">
          <apiary-talk-list .talks=${talks}></apiary-talk-list>
        </div>`,
      );
      const el = wrapper.querySelector('apiary-talk-list')!;
      await el.updateComplete;
      const talk = $(el, '[part~="talk"]')!;
      const media = talk.querySelector('[part~="media"]')!.getBoundingClientRect();
      const body = talk.querySelector('.body')!.getBoundingClientRect();
      expect(media.left).to.be.at.least(body.right);
      await expect(wrapper).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="background: #0d1117">
          <apiary-talk-list
            style="--apiary-color-surface: #161b22; --apiary-color-text: #e6edf3; --apiary-color-text-muted: #9da7b3; --apiary-color-link: #6cb6ff; --apiary-color-accent: #f5b041; --apiary-color-on-accent: #1f2328; --apiary-color-accent-strong: #fbd38d; --apiary-color-accent-subtle: #3a2a0c; --apiary-color-surface-raised: #1f2630; --apiary-color-border: #3d444d"
            .talks=${talks}
          ></apiary-talk-list>
        </div>`,
      );
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('video facade', () => {
    it('loads nothing from a third party before the person asks: a placeholder and a play button', async () => {
      const before = remoteRequests().length;
      const el = await list();
      await aTimeout(50);
      expect($$(el, 'iframe')).to.have.length(0);
      expect($$(el, 'img')).to.have.length(0);
      expect(buttons(el)).to.have.length(4);
      const facade = button(el, 'Load Balancer');
      expect(facade.textContent).to.contain('Play video: A Load Balancer from scratch');
      expect(facade.querySelector('[part~="placeholder"]')!.getAttribute('aria-hidden')).to.equal('true');
      // The talk without a video has no facade.
      expect(titles(el)).to.include('BPF: A New Type of Software');
      expect(remoteRequests().length).to.equal(before);
      expect(blocked).to.deep.equal([]);
    });

    it('swaps in a youtube-nocookie player with a title on click, moves focus to it, and fires apiary-play', async () => {
      const el = await list();
      const played = oneEvent(el, 'apiary-play');
      button(el, 'Load Balancer').click();
      const { detail } = await played;
      expect(detail.talk.title).to.equal('A Load Balancer from scratch');
      await el.updateComplete;
      const iframe = $<HTMLIFrameElement>(el, 'iframe[part~="player"]')!;
      expect(iframe.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/L3_AOFSNKK8?autoplay=1');
      expect(iframe.title).to.equal('Video: A Load Balancer from scratch');
      expect(iframe.allow).to.contain('autoplay');
      expect(iframe.hasAttribute('allowfullscreen')).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
      expect(buttons(el)).to.have.length(3);
      // The browser never sent it: this page's CSP blocked it and says where it was going.
      await waitUntil(() => blocked.includes('frame-src https://www.youtube-nocookie.com'));
      expect(leaked()).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.stop();
      await el.updateComplete;
      expect($$(el, 'iframe')).to.have.length(0);
      expect(playing()).to.equal(undefined);
    });

    for (const key of ['Enter', ' '] as const) {
      it(`activates with the keyboard (${key === ' ' ? 'Space' : key})`, async () => {
        const el = await list();
        button(el, 'slow').focus();
        const played = oneEvent(el, 'apiary-play');
        await sendKeys({ press: key });
        expect((await played).detail.talk.videoId).to.equal('0qkkYpbeBFk');
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal($(el, 'iframe'));
        el.remove();
      });
    }

    it('plays one video at a time, within a list and across lists', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <apiary-talk-list .talks=${talks}></apiary-talk-list>
          <apiary-talk-list .talks=${talks} group-by="none"></apiary-talk-list>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('apiary-talk-list')];
      await a!.updateComplete;
      await b!.updateComplete;
      button(a!, 'slow').click();
      await a!.updateComplete;
      expect($$(a!, 'iframe')).to.have.length(1);
      button(a!, 'Load Balancer').click();
      await a!.updateComplete;
      expect($$(a!, 'iframe')).to.have.length(1);
      expect($(a!, 'iframe')!.title).to.contain('Load Balancer');
      button(b!, 'Facebook').click();
      await b!.updateComplete;
      await a!.updateComplete;
      expect($$(a!, 'iframe')).to.have.length(0);
      expect($$(b!, 'iframe')).to.have.length(1);
      expect(playing()).to.not.equal(undefined);
      // Leaving the page stops it and empties the registry.
      b!.remove();
      await b!.updateComplete;
      expect($$(b!, 'iframe')).to.have.length(0);
      expect(playing()).to.equal(undefined);
    });

    it('keeps the facade when apiary-play is cancelled', async () => {
      const el = await list();
      el.addEventListener('apiary-play', (event) => event.preventDefault(), { once: true });
      button(el, 'slow').click();
      await el.updateComplete;
      expect($$(el, 'iframe')).to.have.length(0);
      expect(buttons(el)).to.have.length(4);
    });

    it('plays from the play() method with a talk from the data, and stops when the talks change', async () => {
      const el = await list();
      await el.play(talks[2]!);
      expect($(el, 'iframe')!.title).to.contain('BPF at Facebook');
      el.talks = talks.slice(0, 2);
      await el.updateComplete;
      expect($$(el, 'iframe')).to.have.length(0);
      expect(playing()).to.equal(undefined);
    });

    it('shows a talk’s own thumbnail, and YouTube’s only with thumbnails="youtube"', async () => {
      const thumb = fixtureUrl('thumbnail-1.png');
      const data: Talk[] = [
        { ...talks[0]!, thumbnail: thumb },
        { ...talks[1]!, thumbnail: 'javascript:alert(1)' },
      ];
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await list(html`<apiary-talk-list group-by="none" .talks=${data}></apiary-talk-list>`);
        // The talk with an unsafe thumbnail is dropped as invalid; the other shows its image.
        const img = $<HTMLImageElement>(el, '[part~="thumbnail"]')!;
        expect(img.getAttribute('src')).to.equal(thumb);
        expect(img.alt).to.equal('');
        expect(img.getAttribute('loading')).to.equal('lazy');
        const yt = await list(
          html`<apiary-talk-list group-by="none" thumbnails="youtube" .talks=${talks.slice(1, 2)}></apiary-talk-list>`,
        );
        expect($(yt, '[part~="thumbnail"]')!.getAttribute('src')).to.equal(
          'https://i.ytimg.com/vi/0qkkYpbeBFk/hqdefault.jpg',
        );
        expect($(yt, '[part~="thumbnail"]')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
        // Opting in does load YouTube's image (which this page's CSP blocks, so nothing leaves).
        await waitUntil(() => blocked.includes('img-src https://i.ytimg.com/vi/0qkkYpbeBFk/hqdefault.jpg'));
        expect(leaked()).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('data', () => {
    it('renders data as text, never as HTML, and links only safe URLs', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await list(
          html`<apiary-talk-list
            group-by="none"
            .talks=${[
              { title: '<img src=x onerror="window.__pwned = 1">', date: '2021-01-01', speaker: '<b>bold</b>' },
              { title: 'Script URL', date: '2021-01-01', url: 'javascript:alert(1)' },
              { title: 'Bad video id', date: '2021-01-01', videoId: 'x" onerror="1' },
              { title: 'Bad date', date: 'yesterday' },
              { date: '2021-01-01' },
            ]}
          ></apiary-talk-list>`,
        );
        expect(titles(el)).to.deep.equal(['<img src=x onerror="window.__pwned = 1">']);
        expect($$(el, 'img, b')).to.have.length(0);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('dropped 4 invalid talks');
        expect(warnings[0]).to.contain('#1 (url: Unsafe or empty URL');
        expect(warnings[0]).to.contain('#2 (videoId: A YouTube video id is 11 characters');
        expect(warnings[0]).to.contain('#3 (date: Not an ISO 8601 date');
      } finally {
        console.warn = warn;
      }
    });

    it('opens external links in a new tab, safely, and says so to screen readers', async () => {
      const el = await list();
      const slides = $<HTMLAnchorElement>(el, '[part~="talk-slides"]')!;
      expect(slides.target).to.equal('_blank');
      expect(slides.rel).to.equal('noopener noreferrer');
      expect(slides.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Slides (opens in a new tab)');
      expect(slides.getAttribute('aria-describedby')).to.equal(slides.closest('article')!.querySelector('h3')!.id);
      const own = $<HTMLAnchorElement>(el, '[part~="talk-link"]')!;
      expect(own.getAttribute('href')).to.equal('/talks/why-slow/');
      expect(own.hasAttribute('target')).to.be.false;
      expect(own.textContent).to.equal('Why is my eBPF code slow?');
    });

    it('takes data from a <script type="application/json"> data island, without fetching', async () => {
      const el = await list(
        html`<apiary-talk-list src="/never.json"
          ><script type="application/json">
            { "talks": [{ "title": "From the island", "date": "2021-08-19" }] }
          </script></apiary-talk-list
        >`,
      );
      expect(titles(el)).to.deep.equal(['From the island']);
    });

    it('shows the loading state while a promise is pending, then its talks', async () => {
      let resolve!: (value: Talk[]) => void;
      const el = await list(
        html`<apiary-talk-list .talks=${new Promise<Talk[]>((r) => (resolve = r))}></apiary-talk-list>`,
      );
      expect($(el, '[part~="skeleton"]')).to.not.equal(null);
      expect($(el, '[part~="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Loading…');
      const loaded = oneEvent(el, 'apiary-load');
      resolve(talks);
      await loaded;
      expect(titles(el)).to.have.length(5);
    });

    it('shows an empty state without data', async () => {
      const el = await list(html`<apiary-talk-list></apiary-talk-list>`);
      expect($(el, '[part~="empty"]')!.textContent).to.contain('No talks to show yet.');
    });
  });

  describe('src', () => {
    it('loads the eBPF talks feed ({ "talks": [...] }) and fires apiary-load', async () => {
      const el = document.createElement('apiary-talk-list');
      el.src = fixtureUrl('ebpf-talks.json');
      el.limit = 12;
      const loaded = oneEvent(el, 'apiary-load');
      document.body.append(el);
      try {
        const { detail } = await loaded;
        expect(detail).to.deep.equal({ count: 51, rejected: [] });
        await el.updateComplete;
        expect(titles(el)).to.have.length(12);
        expect(headings(el)).to.deep.equal(['2021']);
        expect(new Set($$(el, '[part~="talk-date"]').map((d) => d.getAttribute('datetime')))).to.deep.equal(
          new Set(['2021-08-19']),
        );
        el.limit = undefined;
        await el.updateComplete;
        expect(headings(el)).to.deep.equal(['2021', '2020', '2019']);
        expect(titles(el)).to.have.length(51);
      } finally {
        el.remove();
      }
    });

    it('shows a localized error with retry for a 404, fires apiary-error, and loads again on retry', async () => {
      const el = document.createElement('apiary-talk-list');
      el.src = fixtureUrl('missing.json');
      const failed = oneEvent(el, 'apiary-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.error.kind).to.equal('http');
        expect(detail.src).to.equal(fixtureUrl('missing.json'));
        await el.updateComplete;
        const error = $(el, '[part~="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('Something went wrong while loading.');
        expect(error.textContent).to.contain('The server answered with status 404.');
        await expect(el).to.be.accessible();
        el.src = fixtureUrl('ebpf-talks.json');
        const loaded = oneEvent(el, 'apiary-load');
        await el.updateComplete;
        await loaded;
        // Retry reloads the same source.
        const again = oneEvent(el, 'apiary-load');
        el.shadowRoot!.querySelector<HTMLElement>('[part~="results"]')!.focus();
        (el as unknown as { feed: { retry(): void } }).feed.retry();
        await again;
      } finally {
        el.remove();
      }
    });

    it('says the data could not be read for invalid JSON, and retries from the button', async () => {
      const el = document.createElement('apiary-talk-list');
      el.src = new URL('../project-grid/fixtures/not-json.txt', import.meta.url).href;
      const failed = oneEvent(el, 'apiary-error');
      document.body.append(el);
      try {
        expect((await failed).detail.error.kind).to.equal('format');
        await el.updateComplete;
        expect($(el, '[part~="error"]')!.textContent).to.contain('The data could not be read.');
        const again = oneEvent(el, 'apiary-error');
        $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
        await again;
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="results"]'));
      } finally {
        el.remove();
      }
    });
  });

  describe('locales', () => {
    it('speaks Chinese with lang="zh-Hans": year headings, dates, the play button and the player title', async () => {
      await loadLocale('zh-Hans');
      const el = await list(html`<apiary-talk-list lang="zh-Hans" .talks=${talks}></apiary-talk-list>`);
      await waitUntil(() => headings(el)[0] === '2021年', `headings were ${headings(el).join(', ')}`);
      expect($$(el, '[part~="talk-date"]').map((d) => d.textContent)).to.deep.equal([
        '2021年8月19日',
        '2021年8月18日',
        '2020年11月8日',
        '2019年12月',
        '2019年10月',
      ]);
      expect(button(el, 'slow').textContent).to.contain('播放视频：Why is my eBPF code slow?');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('5 个演讲');
      const grouped = await list(
        html`<apiary-talk-list lang="zh-Hans" group-by="event" .talks=${talks}></apiary-talk-list>`,
      );
      expect(headings(grouped).at(-1)).to.equal('其他演讲');
      await expect(el).to.be.accessible();
    });
  });
});
