// The feed parser in Node (`@apiary/elements/feed-parser.js` under the `node` condition, with
// fast-xml-parser) gives the same posts as the browser's (DOMParser): both are checked against the
// same expected output (src/feeds/feeds.test.ts reads these files in Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseFeed, htmlToText, TRUSTED_TYPES_POLICY } from '@apiary/elements/feed-parser.js';
import { DATES, HIDDEN_TEXT_FEEDS, datesFeed, entityBomb } from '../src/feeds/fixtures/feed-cases.mjs';

const fixtures = new URL('../src/feeds/fixtures/', import.meta.url);
const read = (name) => readFile(new URL(name, fixtures), 'utf8');
const BASE = { url: 'https://feeds.example/feed.xml' };

test('the node export condition resolves to the fast-xml-parser build', () => {
  assert.match(import.meta.resolve('@apiary/elements/feed-parser.js'), /dist\/feeds\/node\.js$/);
  assert.equal(TRUSTED_TYPES_POLICY, 'apiary-feed');
});

for (const name of ['edge.rss', 'edge.atom']) {
  test(`${name}.xml parses in Node exactly as in the browser`, async () => {
    const posts = parseFeed(await read(`${name}.xml`), BASE);
    assert.deepEqual(posts, JSON.parse(await read(`${name}.expected.json`)));
  });
}

test('the community feeds parse to posts with plain-text summaries', async () => {
  const dir = new URL('../src/blog-teaser/fixtures/', import.meta.url);
  const rss = parseFeed(await readFile(new URL('pchaigno.rss.xml', dir), 'utf8'));
  assert.equal(rss.length, 2);
  assert.equal(rss[1].title, 'The Cost of BPF Tail Calls');
  assert.equal(rss[1].date, '2021-03-22T12:00:00.000Z');
  assert.doesNotMatch(rss[0].summary, /[<>]/);
  const atom = parseFeed(await readFile(new URL('nakryiko.atom.xml', dir), 'utf8'));
  assert.deepEqual(
    atom.map((p) => [p.title, p.author, p.source]),
    [
      ['BPF CO-RE reference guide', 'Andrii Nakryiko', 'nakryiko.com'],
      ['BPF tips & tricks: the guide to bpf_trace_printk() and bpf_printk()', 'Andrii Nakryiko', 'nakryiko.com'],
    ],
  );
});

test('what is not a feed is a format error, as in the browser', () => {
  const bodies = ['broken.xml', 'error-page.txt', 'not-a-feed.xml'].map((name) =>
    readFileSync(new URL(name, fixtures), 'utf8'),
  );
  for (const body of [...bodies, '{ nope', 'Service unavailable']) {
    assert.throws(
      () => parseFeed(body),
      (error) => error.name === 'FeedError' && error.kind === 'format',
      body.slice(0, 40),
    );
  }
});

test('htmlToText is the same string work in Node', () => {
  assert.equal(htmlToText('<p>a &amp; <b>b</b></p><script>x</script>'), 'a & b');
});

test('a feed that declares entities is refused, as in the browser', () => {
  assert.throws(() => parseFeed(entityBomb()), { name: 'FeedError', kind: 'format', message: /declares entities/ });
});

test('dates are read by their grammar, as in the browser: no date rather than a guess', () => {
  const posts = parseFeed(datesFeed());
  assert.deepEqual(
    posts.map((post) => [DATES[Number(post.title)][0], post.date]),
    DATES,
  );
});

test('script and style in XHTML content are left out; Dublin Core titles and descriptions are read', () => {
  assert.deepEqual(parseFeed(HIDDEN_TEXT_FEEDS.atom), [{ title: 'Title', summary: 'Seen. Also seen.' }]);
  assert.deepEqual(parseFeed(HIDDEN_TEXT_FEEDS.dublinCore), [
    { title: 'Dublin & Core', url: 'https://x.example/', summary: 'The description.' },
  ]);
});

test('relative links of Apiary JSON resolve against the feed', () => {
  const body = JSON.stringify([{ title: 'a', url: 'a', date: '2021' }]);
  assert.equal(
    parseFeed(body, { url: 'https://other.example/blog/posts.json' })[0].url,
    'https://other.example/blog/a',
  );
});
