// Server rendering: every element renders under @lit-labs/ssr with no DOM, in the locale the
// prerender asks for. Runs on the built package, as a prerender would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadLocale, setLocale } from '@apiary/i18n';
import '@apiary/elements';

const ssr = async (template) => collectResult(render(template));

test('the feature card renders into declarative shadow DOM', async () => {
  const out = await ssr(
    html`<apiary-feature-card heading="Security" href="/security/" heading-level="2">Body</apiary-feature-card>`,
  );
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  assert.match(out, /<h2 part="title" class="title">/);
  assert.match(out, /<a class="link" href="\/security\/"/);
  assert.match(out, /Learn more/);
});

test('an unsafe href renders no link on the server either', async () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const out = await ssr(html`<apiary-feature-card heading="x" href="javascript:alert(1)"></apiary-feature-card>`);
    const shadow = out.slice(out.indexOf('<template'));
    assert.doesNotMatch(shadow, /<a /);
    assert.doesNotMatch(shadow, /javascript:/i);
  } finally {
    console.warn = warn;
  }
});

test('the element’s own lang picks its strings on the server', async () => {
  await loadLocale('zh-Hans');
  const out = await ssr(html`<apiary-feature-card lang="zh-CN" heading="安全" href="/zh-hans/"></apiary-feature-card>`);
  assert.match(out, /了解更多/);
});

test('the server locale set with setLocale applies to elements without lang', async () => {
  await setLocale('zh-Hans');
  const out = await ssr(html`<apiary-feature-card heading="网络" href="/zh-hans/"></apiary-feature-card>`);
  assert.match(out, /了解更多/);
  assert.match(out, /lang="zh-Hans"/);
});

test('the locale switcher renders a closed menu button on the server, with no storage or DOM access', async () => {
  await setLocale('zh-Hans');
  const out = await ssr(html`<apiary-locale-switcher locales="en zh-Hans ar"></apiary-locale-switcher>`);
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  assert.match(out, /aria-haspopup="menu"/);
  assert.match(out, /aria-expanded="false"/);
  const text = out.replace(/<!--[^>]*-->/g, '');
  assert.match(text, /<span id="label" class="visually-hidden">语言<\/span>/);
  assert.match(text, /lang="zh-Hans"\s+dir="ltr"\s+translate="no"\s*>简体中文</);
  assert.match(out, /role="menu"[^>]* hidden/);
  assert.doesNotMatch(out, /menuitemradio/);
});

test('the locale switcher in navigate mode renders on the server without warnings', async () => {
  const warn = console.warn;
  const warnings = [];
  console.warn = (message) => warnings.push(message);
  try {
    const out = await ssr(
      html`<apiary-locale-switcher mode="navigate" href-template="/{locale}/{path}"></apiary-locale-switcher>`,
    );
    assert.match(out, /aria-haspopup="menu"/);
    assert.deepEqual(warnings, []);
  } finally {
    console.warn = warn;
  }
});

// <apiary-project-grid>: the `projects` property is the server path.
const landscape = JSON.parse(
  await readFile(new URL('../src/project-grid/fixtures/ebpf-landscape.json', import.meta.url), 'utf8'),
).projects;

/** Runs `fn` with fetch counting calls instead of fetching, and console.warn silenced. */
async function offline(fn) {
  const { fetch, warn } = globalThis;
  const calls = [];
  globalThis.fetch = (url) => {
    calls.push(String(url));
    return new Promise(() => {});
  };
  console.warn = () => {};
  try {
    await fn();
  } finally {
    globalThis.fetch = fetch;
    console.warn = warn;
  }
  return calls;
}

test('the project grid renders its projects on the server, grouped and sorted, without fetching', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(
      html`<apiary-project-grid lang="en" src="/ignored.json" .projects=${landscape}></apiary-project-grid>`,
    );
  });
  assert.deepEqual(calls, []);
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  const headings = [...out.matchAll(/<h2 part="group-heading"[^>]*>(?:<!--[^>]*-->)*([^<]+)/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['Major', 'Emerging']);
  const cards = [...out.matchAll(/part="card-link" class="link" id="[^"]+" href="([^"]+)">(?:<!--[^>]*-->)*([^<]+)/g)];
  assert.equal(cards.length, landscape.length);
  assert.deepEqual(
    cards.slice(0, 2).map((m) => m[2]),
    ['Cilium', 'bcc'],
  );
  assert.match(out, /62 projects/);
  assert.match(out, />23\.7K</);
  assert.match(out, /aria-busy="false"/);
});

test('the project grid drops unsafe items on the server and renders data as text', async () => {
  let out = '';
  await offline(async () => {
    out = await ssr(
      html`<apiary-project-grid
        lang="en"
        .projects=${[
          { name: 'evil', url: 'javascript:alert(1)' },
          { name: '<script>alert(1)</script>', url: '/ok' },
        ]}
      ></apiary-project-grid>`,
    );
  });
  const shadow = out.slice(out.indexOf('<template'));
  assert.doesNotMatch(shadow, /javascript:/i);
  assert.doesNotMatch(shadow, /<script>/);
  assert.match(shadow, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(shadow, /1 project</);
});

test('the project grid speaks Chinese on the server with lang="zh-Hans"', async () => {
  await loadLocale('zh-Hans');
  const out = await ssr(html`<apiary-project-grid lang="zh-Hans" .projects=${landscape}></apiary-project-grid>`);
  assert.match(out, />2\.4万</);
  assert.match(out, /主要项目/);
  assert.match(out, /62 个项目/);
});

test('the project grid renders a loading skeleton for src on the server and fetches nothing', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(html`<apiary-project-grid lang="en" src="/projects.json"></apiary-project-grid>`);
  });
  assert.deepEqual(calls, []);
  assert.match(out, /aria-busy="true"/);
  assert.match(out, /part="skeleton"/);
  assert.match(out, /Loading…/);
});

test('past the virtualization threshold the server renders the first projects plainly', async () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ name: `p${i}`, url: `/p/${i}`, stars: 500 - i }));
  const out = await ssr(
    html`<apiary-project-grid
      lang="en"
      group-by="none"
      virtualize-threshold="100"
      .projects=${many}
    ></apiary-project-grid>`,
  );
  assert.equal([...out.matchAll(/part="card"/g)].length, 100);
  assert.match(out, /500 projects/);
});

test('the project JSON Schema is published at @apiary/elements/schemas/project.schema.json', async () => {
  const url = import.meta.resolve('@apiary/elements/schemas/project.schema.json');
  const schema = JSON.parse(await readFile(new URL(url), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(schema.required, ['name', 'url']);
  const pattern = new RegExp(schema.properties.url.pattern);
  for (const ok of ['https://ebpf.io/', 'mailto:a@b.example', '/x', 'x/y', '#h']) assert.match(ok, pattern, ok);
  for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', '']) {
    assert.doesNotMatch(bad, pattern, JSON.stringify(bad));
  }
  assert.deepEqual(schema.properties.maturity.enum, ['major', 'emerging']);
});

test('the banner renders its region, link and localized dismiss button on the server', async () => {
  await setLocale('en');
  const out = await ssr(
    html`<apiary-banner href="/summit/" dismissible dismiss-key="summit"
      >eBPF Summit 2021 videos are available</apiary-banner
    >`,
  );
  const shadow = out.slice(out.indexOf('<template'));
  assert.match(shadow, /role="region" aria-label="Announcement"/);
  assert.match(shadow, /<a part="link" class="link" href="\/summit\/"/);
  assert.match(shadow, /aria-label="Dismiss announcement"/);
});

// <apiary-talk-list>: the `talks` property is the server path; videos render as facades.
const summitTalks = JSON.parse(
  await readFile(new URL('../src/talk-list/fixtures/ebpf-talks.json', import.meta.url), 'utf8'),
).talks;
const textOf = (html) => html.replace(/<!--[^>]*-->/g, '');

test('the talk list renders its talks on the server, grouped by year, as facades, without fetching', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(html`<apiary-talk-list lang="en" src="/ignored.json" .talks=${summitTalks}></apiary-talk-list>`);
  });
  assert.deepEqual(calls, []);
  const text = textOf(out);
  assert.match(out, /<template[^>]* shadowrootmode="open"/);
  const headings = [...text.matchAll(/<h2 part="group-heading"[^>]*><bdi>([^<]+)/g)].map((m) => m[1]);
  assert.deepEqual(headings, ['2021', '2020', '2019']);
  assert.equal([...out.matchAll(/part="talk"/g)].length, summitTalks.length);
  assert.equal([...out.matchAll(/part="play-button"/g)].length, summitTalks.length);
  // Nothing from a third party: no iframe, no YouTube image, until someone clicks in the browser.
  assert.doesNotMatch(out, /<iframe|ytimg|youtube/);
  assert.match(text, /Play video: A Load Balancer from scratch/);
  assert.match(text, /<time part="talk-date" class="date" datetime="2021-08-19">Aug 19, 2021</);
  assert.match(text, /datetime="2019-10">October 2019</);
  assert.match(text, /51 talks/);
  // Slides on another site open in a new tab, safely, and say so.
  assert.match(
    out,
    /part="talk-slides" class="link" href="https:\/\/drive\.google\.com[^"]*" target="_blank" rel="noopener noreferrer"/,
  );
});

test('the talk list drops invalid talks on the server and renders data as text', async () => {
  let out = '';
  await offline(async () => {
    out = await ssr(
      html`<apiary-talk-list
        lang="en"
        group-by="none"
        .talks=${[
          { title: '<script>alert(1)</script>', date: '2021-01-01', url: 'javascript:alert(1)' },
          { title: 'ok', date: '2021-01-01', slides: 'javascript:alert(1)' },
          { title: '<img src=x onerror=alert(1)>', date: '2021-01-01', videoId: 'L3_AOFSNKK8' },
        ]}
      ></apiary-talk-list>`,
    );
  });
  const shadow = out.slice(out.indexOf('<template'));
  assert.doesNotMatch(shadow, /javascript:/i);
  assert.doesNotMatch(shadow, /<script>|<img/);
  assert.match(shadow, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(textOf(shadow), /1 talk</);
});

test('the talk list speaks Chinese on the server with lang="zh-Hans"', async () => {
  await loadLocale('zh-Hans');
  const out = textOf(await ssr(html`<apiary-talk-list lang="zh-Hans" .talks=${summitTalks}></apiary-talk-list>`));
  assert.match(out, /part="group-heading"[^>]*><bdi>2021年</);
  assert.match(out, />2021年8月19日</);
  assert.match(out, /播放视频：/);
});

test('the talk list renders a loading skeleton for src on the server and fetches nothing', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(html`<apiary-talk-list lang="en" src="/talks.json"></apiary-talk-list>`);
  });
  assert.deepEqual(calls, []);
  assert.match(out, /aria-busy="true"/);
  assert.match(out, /part="skeleton"/);
  assert.match(out, /Loading…/);
});

// <apiary-blog-teaser>: a prerender parses feeds at build time with the same parser the browser
// uses (fast-xml-parser under Node) and hands the posts to the `posts` property.
const { parseFeed } = await import('@apiary/elements/feed-parser.js');
const teaserFixtures = new URL('../src/blog-teaser/fixtures/', import.meta.url);
const readFixture = (name) => readFile(new URL(name, teaserFixtures), 'utf8');

test('the blog teaser renders posts parsed from RSS and Atom at build time, merged newest first', async () => {
  const posts = [
    ...parseFeed(await readFixture('pchaigno.rss.xml')),
    ...parseFeed(await readFixture('nakryiko.atom.xml')),
    ...parseFeed(await readFixture('community.feed.json')),
  ];
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(
      html`<apiary-blog-teaser
        lang="en"
        heading="eBPF community articles"
        limit="4"
        .posts=${posts}
      ></apiary-blog-teaser>`,
    );
  });
  assert.deepEqual(calls, []);
  const text = textOf(out);
  assert.match(text, /<h2 part="heading" class="heading" id="heading">eBPF community articles<\/h2>/);
  const titles = [...text.matchAll(/part="post-link" class="link" href="[^"]+"[^>]*><bdi>([^<]+)/g)].map((m) => m[1]);
  assert.deepEqual(titles, [
    'BPF CO-RE reference guide',
    'eBPF Instruction Sets',
    'Features of bpftool: the thread of tips and examples to work with eBPF objects',
    'How To Add eBPF Observability To Your Product',
  ]);
  assert.match(text, /<time part="post-date" class="date" datetime="2021-10-24T12:00:00.000Z">October 24, 2021</);
  assert.match(text, /target="_blank" rel="noopener noreferrer"/);
  assert.match(text, /\(opens in a new tab\)/);
  assert.match(text, /4 posts/);
  assert.doesNotMatch(out.slice(out.indexOf('<template')), /<p>|<code>|<strong>/);
});

test('the blog teaser renders its own posts with relative links in place, and Chinese dates', async () => {
  const { posts } = JSON.parse(await readFixture('ebpf-updates.json'));
  await loadLocale('zh-Hans');
  const out = textOf(
    await ssr(html`<apiary-blog-teaser lang="zh-Hans" limit="2" .posts=${posts}></apiary-blog-teaser>`),
  );
  assert.match(out, /href="\/blog\/ebpf-updates-2021-05\/"\s*><bdi>eBPF Updates #5/);
  assert.doesNotMatch(out, /target="_blank"/);
  assert.match(out, />2021年5月4日</);
  assert.match(out, /2 篇文章/);
  assert.match(out, /Spring is back in the Northern Hemisphere/);
});

test('the blog teaser renders a loading skeleton for sources on the server and fetches nothing', async () => {
  let out = '';
  const calls = await offline(async () => {
    out = await ssr(html`<apiary-blog-teaser lang="en" sources="/a.xml /b.xml"></apiary-blog-teaser>`);
  });
  assert.deepEqual(calls, []);
  assert.match(out, /aria-busy="true"/);
  assert.match(out, /part="skeleton"/);
});

test('the talk and post JSON Schemas are published', async () => {
  const load = async (name) =>
    JSON.parse(await readFile(new URL(import.meta.resolve(`@apiary/elements/schemas/${name}.schema.json`)), 'utf8'));
  const talk = await load('talk');
  assert.deepEqual(talk.required, ['title', 'date']);
  const videoId = new RegExp(talk.properties.videoId.pattern);
  assert.match('L3_AOFSNKK8', videoId);
  for (const bad of ['L3_AOFSNKK', 'L3_AOFSNKK8x', 'L3_AOFSNK"8']) assert.doesNotMatch(bad, videoId);
  const date = new RegExp(talk.properties.date.pattern);
  for (const ok of ['2021', '2021-08', '2021-08-19', '2021-08-19T16:00Z', '2021-08-19T16:00:00.5+02:00'])
    assert.match(ok, date, ok);
  for (const bad of ['2021-13', '19 Aug 2021', '2021-08-19 16:00', '']) assert.doesNotMatch(bad, date, bad);
  const post = await load('post');
  assert.deepEqual(post.required, ['title', 'url', 'date']);
  assert.equal(post.properties.categories.type, 'array');
  assert.doesNotMatch('javascript:alert(1)', new RegExp(post.properties.url.pattern));
});
