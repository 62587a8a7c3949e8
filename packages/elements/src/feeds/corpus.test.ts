// rss-parser's test feeds (fixtures/rss-parser, real feeds) through the browser build: the same
// item counts, links, dates and titles as rss-parser recorded (rules: fixtures/feed-cases.mjs).
// test/feed-corpus.test.mjs holds the Node build to the same output.
import { expect } from '@open-wc/testing';
import { FeedError } from '../base/feed.js';
import { parseFeed } from './browser.js';
import { CORPUS, CORPUS_ERRORS, CORPUS_WITHOUT_OUTPUT, corpusDiffs } from './fixtures/feed-cases.mjs';

const read = async (path: string) => (await fetch(new URL(`./fixtures/rss-parser/${path}`, import.meta.url))).text();

describe('rss-parser test feeds (browser)', () => {
  for (const name of CORPUS) {
    it(name, async () => {
      const body = await read(`input/${name}`);
      if (CORPUS_ERRORS.includes(name)) {
        expect(() => parseFeed(body)).to.throw(FeedError);
        return;
      }
      const posts = parseFeed(body);
      if (name in CORPUS_WITHOUT_OUTPUT) {
        expect(posts).to.have.length(CORPUS_WITHOUT_OUTPUT[name]!);
        return;
      }
      const { feed } = JSON.parse(await read(`output/${name.replace(/\.\w+$/, '.json')}`));
      expect(corpusDiffs(posts, feed.items)).to.deep.equal([]);
    });
  }
});
