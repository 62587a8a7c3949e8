import { expect } from '@open-wc/testing';
import { FeedError } from '../base/feed.js';
import { htmlToText, parseFeed, TRUSTED_TYPES_POLICY } from './browser.js';
import { shorten } from './parse.js';
import { DATES, HIDDEN_TEXT_FEEDS, datesFeed, entityBomb } from './fixtures/feed-cases.mjs';

const fixture = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();
const expected = async (name: string) => JSON.parse(await fixture(name)) as unknown;
const BASE = { url: 'https://feeds.example/feed.xml' };

function formatError(body: string): FeedError {
  try {
    parseFeed(body);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('format');
    return error as FeedError;
  }
  throw new Error('no error');
}

describe('feed parser (browser: DOMParser)', () => {
  it('reads RSS 2.0: CDATA, entities, HTML descriptions as text, authors, categories, missing dates', async () => {
    const posts = parseFeed(await fixture('edge.rss.xml'), BASE);
    // The same file read by fast-xml-parser in Node gives this same output (test/feeds.test.mjs).
    expect(posts).to.deep.equal(await expected('edge.rss.expected.json'));
    expect(posts[0]!.summary).to.equal('First paragraph with a link. Second paragraph & an entity été.');
    expect(posts[0]!.title).to.equal('CDATA title with <b>markup</b> & an ampersand');
    expect(posts[2]!.date).to.equal(undefined);
  });

  it('reads Atom: text constructs (text, html, xhtml), xml:base, alternate links, fallback dates and authors', async () => {
    const posts = parseFeed(await fixture('edge.atom.xml'), BASE);
    expect(posts).to.deep.equal(await expected('edge.atom.expected.json'));
    expect(posts[0]!.url).to.equal('https://atom.example/blog/posts/one/');
    expect(posts[0]!.title).to.equal('Plain text title with <tags> kept as text');
    expect(posts[1]!.summary).to.equal('XHTML content only. Two paragraphs.');
  });

  it('reads JSON: an array, { "posts": [...] } and JSON Feed 1.1', () => {
    const post = { title: 'a', url: '/a', date: '2021-01-01' };
    expect(parseFeed(JSON.stringify([post]))).to.deep.equal([post]);
    expect(parseFeed(`\uFEFF  ${JSON.stringify({ posts: [post] })}`)).to.deep.equal([post]);
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Site',
      feed_url: 'https://site.example/feed.json',
      authors: [{ name: 'Feed Author' }],
      items: [
        {
          id: '1',
          url: 'posts/1',
          title: 'One',
          content_html: '<p>Hello <b>there</b> &amp; bye</p>',
          date_published: '2021-01-02T03:04:05+01:00',
          tags: ['x', 'x', 'y'],
        },
        { id: '2', external_url: 'https://elsewhere.example/2', content_text: 'Text', date_modified: '2021-01-01' },
        null,
      ],
    };
    expect(parseFeed(JSON.stringify(feed))).to.deep.equal([
      {
        title: 'One',
        url: 'https://site.example/posts/1',
        date: '2021-01-02T02:04:05.000Z',
        summary: 'Hello there & bye',
        categories: ['x', 'y'],
        author: 'Feed Author',
        source: 'Site',
      },
      {
        url: 'https://elsewhere.example/2',
        date: '2021-01-01T00:00:00.000Z',
        summary: 'Text',
        author: 'Feed Author',
        source: 'Site',
      },
      { author: 'Feed Author', source: 'Site' },
    ]);
  });

  it('refuses what is not a feed: broken XML, an HTML error page, other XML, broken JSON, plain text', async () => {
    expect(formatError(await fixture('broken.xml')).message).to.contain('not well-formed XML');
    expect(formatError(await fixture('error-page.txt')).message).to.match(/not well-formed XML|not <html>/);
    expect(formatError(await fixture('not-a-feed.xml')).message).to.contain('not <note>');
    expect(formatError('{ "posts": [').message).to.contain('not valid JSON');
    expect(formatError('{ "items": [] }').message).to.contain('"posts"');
    expect(formatError('Service unavailable').message).to.contain('not JSON, RSS or Atom');
    // Nesting deep enough to overflow the stack while reading.
    expect(formatError(`<rss>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</rss>`).kind).to.equal('format');
  });

  it('refuses a feed that declares entities (DOMParser would expand them), as the Node build does', () => {
    expect(formatError(entityBomb()).message).to.contain('declares entities');
    // Undeclared, or only in a post's text: read as usual.
    const plain = '<rss><channel><item><title>&lt;!ENTITY x "y"&gt;</title></item></channel></rss>';
    expect(parseFeed(plain)[0]!.title).to.equal('<!ENTITY x "y">');
    const doctype = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "[x]"><rss><channel/></rss>';
    expect(parseFeed(doctype)).to.deep.equal([]);
  });

  it('reads RFC 822 and RFC 3339 dates by their grammar: no date rather than a guess', () => {
    const posts = parseFeed(datesFeed());
    expect(posts.map((post) => [DATES[Number(post.title)]![0], post.date])).to.deep.equal(DATES);
  });

  it('leaves out script and style text of XHTML content, and reads Dublin Core titles and descriptions', () => {
    const [atom] = parseFeed(HIDDEN_TEXT_FEEDS.atom);
    expect(atom).to.deep.equal({ title: 'Title', summary: 'Seen. Also seen.' });
    const [dc] = parseFeed(HIDDEN_TEXT_FEEDS.dublinCore);
    expect(dc).to.deep.equal({ title: 'Dublin & Core', url: 'https://x.example/', summary: 'The description.' });
  });

  it('resolves relative links of Apiary JSON against the feed, not the page', () => {
    const posts = [{ title: 'a', url: '/a', date: '2021' }, { title: 'b', url: 'javascript:alert(1)' }, null];
    expect(parseFeed(JSON.stringify({ posts }), { url: 'https://other.example/blog/posts.json' })).to.deep.equal([
      { title: 'a', url: 'https://other.example/a', date: '2021' },
      { title: 'b', url: 'javascript:alert(1)' },
      null,
    ]);
  });

  it('reduces HTML to the text a reader sees, never to markup', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three</p>')).to.equal('One Two Three');
    expect(htmlToText('a <b>bold</b>, <a href="x" title="a > b">link</a>!')).to.equal('a bold, link!');
    expect(htmlToText('<script>alert(1)</script><style>p{}</style><!-- c -->kept')).to.equal('kept');
    expect(htmlToText('<svg><title>t</title><script>x</script></svg>after')).to.equal('after');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &eacute; &#x1F41D; &nbsp;x')).to.equal(
      '<script>alert(1)</script> &amp; é 🐝 x',
    );
    expect(htmlToText('1 < 2 and 3 > 2')).to.equal('1 < 2 and 3 > 2');
    expect(htmlToText('<img src=x onerror=alert(1)>')).to.equal('');
    expect(htmlToText('<!-- unclosed comment <b>x</b>')).to.equal('');
  });

  it('copes with hostile HTML: megabytes, unclosed tags and scripts', () => {
    for (const html of ['<a'.repeat(500_000), '<script>'.repeat(200_000), `<p title="${'x'.repeat(1_000_000)}`]) {
      expect(htmlToText(html)).to.be.a('string');
    }
    const long = `<p>${'word '.repeat(2_000_000)}</p>`;
    expect(shorten(htmlToText(long))).to.match(/^word word .*…$/);
  });

  it('cuts long summaries at a word', () => {
    const long = 'word '.repeat(200);
    const short = shorten(long, 100);
    expect(short.endsWith('word…')).to.be.true;
    expect(Array.from(short).length).to.be.at.most(101);
    expect(shorten('日本語'.repeat(200), 10)).to.equal('日本語日本語日本語日…');
    expect(shorten('short', 100)).to.equal('short');
  });

  it('parses under require-trusted-types-for through the one policy, apiary-feed', async () => {
    expect(TRUSTED_TYPES_POLICY).to.equal('apiary-feed');
    const moduleUrl = new URL('./browser.ts', import.meta.url).href;
    const rss = await fixture('edge.rss.xml');
    const frame = document.createElement('iframe');
    // A page that enforces Trusted Types and allows only this policy: a DOMParser call with a plain
    // string throws there, the parser's does not.
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types apiary-feed">
      <script type="module">
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        let raw = 'parsed';
        try { new DOMParser().parseFromString('<a/>', 'application/xml'); } catch (e) { raw = e.name; }
        const { parseFeed } = await import(${JSON.stringify(moduleUrl)});
        let posts, error;
        try { posts = parseFeed(${JSON.stringify(rss).replace(/</g, '\\u003c')}); } catch (e) { error = String(e); }
        parent.postMessage({ raw, count: posts?.length, error, violations }, '*');
      </script>`;
    const message = new Promise<MessageEvent>((resolve) =>
      window.addEventListener('message', function listen(event) {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', listen);
        resolve(event);
      }),
    );
    document.body.append(frame);
    try {
      const { data } = await message;
      expect(data.raw).to.equal('TypeError');
      expect(data.error).to.equal(undefined);
      expect(data.count).to.equal(7);
      // The one violation is the test's own plain DOMParser call.
      expect(data.violations).to.deep.equal(['require-trusted-types-for']);
    } finally {
      frame.remove();
    }
  });
});
