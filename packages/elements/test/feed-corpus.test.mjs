// rss-parser's test feeds (src/feeds/fixtures/rss-parser, real feeds) through the Node build
// (fast-xml-parser): the same counts, links, dates and titles as rss-parser recorded, by the same
// rules as the browser build's src/feeds/corpus.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseFeed } from '@apiary/elements/feed-parser.js';
import { CORPUS, CORPUS_ERRORS, CORPUS_WITHOUT_OUTPUT, corpusDiffs } from '../src/feeds/fixtures/feed-cases.mjs';

const read = (path) => readFile(new URL(`../src/feeds/fixtures/rss-parser/${path}`, import.meta.url), 'utf8');

for (const name of CORPUS) {
  test(`rss-parser's ${name}`, async () => {
    const body = await read(`input/${name}`);
    if (CORPUS_ERRORS.includes(name)) {
      assert.throws(() => parseFeed(body), { name: 'FeedError', kind: 'format' });
      return;
    }
    const posts = parseFeed(body);
    if (name in CORPUS_WITHOUT_OUTPUT) {
      assert.equal(posts.length, CORPUS_WITHOUT_OUTPUT[name]);
      return;
    }
    const { feed } = JSON.parse(await read(`output/${name.replace(/\.\w+$/, '.json')}`));
    assert.deepEqual(corpusDiffs(posts, feed.items), []);
  });
}
