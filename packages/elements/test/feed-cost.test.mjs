// What one feed may cost, in the Node build (fast-xml-parser), by the same cases and rules as the
// browser build's src/feeds/cost.test.ts: linear text extraction (200 worst-case fields of 1,500
// characters against 20 of 15,000, timed in the same run, never a clock on its own), and the caps
// on items and HTML per item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText, parseFeed } from '@apiary/elements/feed-parser.js';
import { WORST_CASES, costRatio, feedOf, repeated } from '../src/feeds/fixtures/feed-cases.mjs';

const SHORT = { length: 1_500, items: 200 };
const LONG = { length: 15_000, items: 20 };
const MAX_RATIO = 2.5;
const MAX_ITEMS = 1000;

for (const [name, unit] of Object.entries(WORST_CASES)) {
  test(`${name}: htmlToText and RSS, Atom and JSON feeds grow linearly`, () => {
    const run = ({ length, items }) => {
      const html = repeated(unit, length);
      for (let i = 0; i < items; i++) htmlToText(html);
    };
    const ratio = costRatio(run, SHORT, LONG, MAX_RATIO);
    assert.ok(ratio < MAX_RATIO, `htmlToText: 10× longer fields took ${ratio.toFixed(1)}× as long`);
    for (const format of ['rss', 'atom', 'json']) {
      const short = feedOf(format, repeated(unit, SHORT.length), SHORT.items);
      const long = feedOf(format, repeated(unit, LONG.length), LONG.items);
      assert.equal(parseFeed(long).length, LONG.items);
      const ratio = costRatio((body) => parseFeed(body), short, long, MAX_RATIO);
      assert.ok(ratio < MAX_RATIO, `${format}: 10× longer fields took ${ratio.toFixed(1)}× as long`);
    }
  });
}

test(`a feed gives its first ${MAX_ITEMS} items, and 16,000 characters of HTML per field`, () => {
  for (const format of ['rss', 'atom', 'json']) {
    const posts = parseFeed(feedOf(format, 'Post', MAX_ITEMS + 200));
    assert.equal(posts.length, MAX_ITEMS, format);
    assert.equal(posts.at(-1).url, `https://x.example/${MAX_ITEMS - 1}`);
  }
  const html = `${'<b></b>'.repeat(2284)}seen ${'<i></i>'.repeat(10)} never`;
  assert.equal(htmlToText(html), 'seen');
  assert.equal(parseFeed(feedOf('rss', html, 1))[0].summary, 'seen');
});
