// What one feed may cost the page, in Chromium (test/feed-cost.test.mjs holds the Node build to
// the same): text extraction grows linearly with its input whatever the input, and a feed is cut
// at its caps (items, HTML per item). No test here reads a clock on its own: it compares, in the
// same run, 200 worst-case fields of 1,500 characters with 20 of 15,000 (the same characters in
// all): linear work takes as long for both, work that grows with the square of a field's length
// takes ten times as long for the long ones.
import { expect } from '@open-wc/testing';
import { htmlToText, parseFeed } from './browser.js';
import { HTML_LENGTH } from './html-text.js';
import { MAX_ITEMS } from './parse.js';
import { WORST_CASES, costRatio, feedOf, repeated } from './fixtures/feed-cases.mjs';

// 1,500 and 15,000 characters, both inside the cap on HTML per item (16,000).
const SHORT = { length: 1_500, items: 200 };
const LONG = { length: 15_000, items: 20 };
// Linear work gives ~1; work that grows with the square of a field's length, ~10 (the regular
// expressions this replaced: 3.6–9.7).
const MAX_RATIO = 2.5;

describe('feed parser cost (browser)', function () {
  this.timeout(60_000);

  for (const [name, unit] of Object.entries(WORST_CASES)) {
    it(`${name}: htmlToText grows linearly`, () => {
      const run = ({ length, items }: typeof SHORT) => {
        const html = repeated(unit, length);
        for (let i = 0; i < items; i++) htmlToText(html);
      };
      const ratio = costRatio(run, SHORT, LONG, MAX_RATIO);
      expect(ratio, `10× longer fields took ${ratio.toFixed(1)}× as long`).to.be.below(MAX_RATIO);
    });

    for (const format of ['rss', 'atom', 'json'] as const) {
      it(`${name}: ${format} titles and summaries grow linearly`, () => {
        const short = feedOf(format, repeated(unit, SHORT.length), SHORT.items);
        const long = feedOf(format, repeated(unit, LONG.length), LONG.items);
        expect(parseFeed(long)).to.have.length(LONG.items);
        const ratio = costRatio((body) => parseFeed(body), short, long, MAX_RATIO);
        expect(ratio, `10× longer fields took ${ratio.toFixed(1)}× as long`).to.be.below(MAX_RATIO);
      });
    }
  }
});

describe('feed caps (browser)', () => {
  it(`takes the first ${MAX_ITEMS} items of a feed`, () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const posts = parseFeed(feedOf(format, 'Post', MAX_ITEMS + 200));
      expect(posts, format).to.have.length(MAX_ITEMS);
      expect(posts[0]!.url).to.equal('https://x.example/0');
      expect(posts.at(-1)!.url).to.equal(`https://x.example/${MAX_ITEMS - 1}`);
    }
    const apiary = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ title: `${i}`, url: `/${i}`, date: '2024' }));
    expect(parseFeed(JSON.stringify(apiary))).to.have.length(MAX_ITEMS);
  });

  it(`reads ${HTML_LENGTH} characters of HTML per field`, () => {
    // Text up to the cap, then tags across it, then text past it.
    const html = `${'<b></b>'.repeat(Math.floor((HTML_LENGTH - 10) / 7))}seen ${'<i></i>'.repeat(10)} never`;
    expect(htmlToText(html)).to.equal('seen');
    expect(parseFeed(feedOf('rss', html, 1))[0]!.summary).to.equal('seen');
  });
});
