// The one feed parser behind <apiary-blog-teaser> and `@apiary/elements/feed-parser.js`: JSON (an
// array of posts, `{ "posts": [...] }`, or a JSON Feed), RSS 2.0 (and RSS 1.0/RDF) and Atom, told
// apart by the content. This module holds everything but the XML parsing itself, which each
// environment brings (the browser's DOMParser, fast-xml-parser in Node) as an `XmlReader` giving
// the same small tree, so both produce the same posts.
import { FeedError, itemsOf } from '../base/feed-data.js';
import { isoDate } from './feed-date.js';
import { BLOCKS, HIDDEN, collapse, decodeText, htmlToText } from './html-text.js';

export { htmlToText } from './html-text.js';

/** An XML element, as both readers give it. */
export interface XmlElement {
  /** The qualified name as written, e.g. `item`, `dc:creator`. */
  name: string;
  /** The name without its prefix, e.g. `creator`. */
  local: string;
  /** Attributes by qualified name, values decoded. */
  attributes: Record<string, string>;
  /** Child elements and text (CDATA included), in document order. */
  children: (XmlElement | string)[];
}

/** Parses XML into its root element; throws a `FeedError('format', …)` for a body that is not well-formed XML. */
export type XmlReader = (body: string) => XmlElement;

/** A post as a feed gives it, before validation (see `PostSchema`): any field may be missing. */
export interface FeedPost {
  title?: string;
  url?: string;
  date?: string;
  summary?: string;
  categories?: string[];
  author?: string;
  source?: string;
}

export interface ParseOptions {
  /** The feed's own URL: relative links in it resolve against this. */
  url?: string;
}

/** Longest summary taken from a feed, in characters; longer text (a whole article) is cut at a word. */
export const SUMMARY_LENGTH = 400;

/** Most items taken from one feed (its first, which feeds list newest first); the rest are ignored. */
export const MAX_ITEMS = 1000;

/** Builds `parseFeed` for an environment's XML reader. */
export function createFeedParser(readXml: XmlReader) {
  /**
   * The posts of a JSON, RSS or Atom feed, detected from the content. Text comes out plain: HTML in
   * descriptions is reduced to its text (tags dropped, entities decoded), never kept as markup.
   * Items are not validated here; items without a title, link or date come out without them.
   * Throws a `FeedError('format', …)` for anything else (an HTML page, broken XML or JSON).
   */
  return function parseFeed(body: string, options: ParseOptions = {}): FeedPost[] {
    const text = body.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('{') || text.startsWith('[')) return fromJson(text, options);
    if (!text.startsWith('<')) throw new FeedError('format', 'The response is not JSON, RSS or Atom.');
    // Browsers expand entities a document declares for itself (one 50 kB entity used 2,000 times is
    // 100 MB of text); fast-xml-parser leaves them as written. Refused, so both builds agree.
    if (declaresEntities(text)) throw new FeedError('format', 'The feed declares entities (<!ENTITY>): refused.');
    let root: XmlElement;
    try {
      root = readXml(text);
    } catch (error) {
      // Whatever else a reader throws (a stack overflow on absurd nesting, say) is a feed it cannot read.
      if (error instanceof FeedError) throw error;
      throw new FeedError('format', `The feed could not be read: ${(error as Error)?.message}`, { cause: error });
    }
    switch (root.local) {
      case 'rss':
      case 'RDF':
        return fromRss(root, options);
      case 'feed':
        return fromAtom(root, options);
      default:
        throw new FeedError('format', `Expected an RSS or Atom feed, not <${root.name}>.`);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

function fromJson(text: string, options: ParseOptions): FeedPost[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('format', 'The response is not valid JSON.', { cause });
  }
  const record = (data ?? {}) as Record<string, unknown>;
  if (typeof record.version === 'string' && record.version.startsWith('https://jsonfeed.org/version/')) {
    return fromJsonFeed(record, options);
  }
  // Apiary's own shape: already posts, validated as they are; relative links resolve against the
  // feed (another origin's `/post` is that origin's page, not the host page's).
  return itemsOf(data, 'posts')
    .slice(0, MAX_ITEMS)
    .map((post) =>
      post && typeof post === 'object' && typeof (post as FeedPost).url === 'string'
        ? { ...post, url: resolve((post as FeedPost).url, options.url) ?? (post as FeedPost).url }
        : post,
    ) as FeedPost[];
}

/** A JSON Feed (jsonfeed.org, 1.0 and 1.1). */
function fromJsonFeed(feed: Record<string, unknown>, options: ParseOptions): FeedPost[] {
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const source = str(feed.title);
  const feedAuthor = authorOf(feed);
  const items = Array.isArray(feed.items) ? (feed.items.slice(0, MAX_ITEMS) as Record<string, unknown>[]) : [];
  return items.map((item) => {
    item = item ?? {};
    const html = str(item.content_html);
    const summary = str(item.summary) ?? str(item.content_text) ?? (html && htmlToText(html));
    return clean({
      title: str(item.title),
      url: resolve(str(item.url) ?? str(item.external_url), str(feed.feed_url) ?? options.url),
      date: isoDate(str(item.date_published), str(item.date_modified)),
      summary: summary && shorten(summary),
      categories: Array.isArray(item.tags) ? item.tags.map(String) : undefined,
      author: authorOf(item) ?? feedAuthor,
      source,
    });
  });

  function authorOf(node: Record<string, unknown>): string | undefined {
    const authors = Array.isArray(node.authors) ? node.authors : node.author ? [node.author] : [];
    const names = authors.map((a) => str((a as Record<string, unknown>)?.name)).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 (and RSS 1.0, whose items are siblings of the channel)

function fromRss(root: XmlElement, options: ParseOptions): FeedPost[] {
  const channel = child(root, 'channel');
  const source = textOf(child(channel, 'title'));
  const base = options.url;
  const items = [...elements(channel, 'item'), ...elements(root, 'item')].slice(0, MAX_ITEMS);
  return items.map((item) => {
    const description = child(item, 'description') ?? child(item, 'content:encoded') ?? child(item, 'dc:description');
    const summary = description && htmlToText(textOf(description) ?? '');
    const guid = child(item, 'guid');
    const permalink = guid && guid.attributes.isPermaLink !== 'false' ? textOf(guid) : undefined;
    return clean({
      // RSS titles are text, but feeds often escape entities twice (`&amp;#8217;`): decode them.
      title: decodeText(textOf(child(item, 'title')) ?? textOf(child(item, 'dc:title'))),
      url: resolve(textOf(child(item, 'link')) ?? permalink ?? item.attributes['rdf:about'], base),
      date: isoDate(textOf(child(item, 'pubDate')), textOf(child(item, 'dc:date'))),
      summary: summary ? shorten(summary) : undefined,
      categories: elements(item, 'category')
        .map(textOf)
        .concat(elements(item, 'dc:subject').map(textOf))
        .filter(isText),
      author: textOf(child(item, 'dc:creator')) ?? rssAuthor(textOf(child(item, 'author'))),
      source,
    });
  });
}

/** RSS `author` is `email (Name)` by the spec; people often write just a name. */
function rssAuthor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(value);
  return named ? named[1]!.trim() : value;
}

// ---------------------------------------------------------------------------------------------
// Atom

function fromAtom(feed: XmlElement, options: ParseOptions): FeedPost[] {
  const base = resolve(feed.attributes['xml:base'], options.url) ?? options.url;
  const source = atomText(local(feed, 'title'));
  const feedAuthor = atomAuthor(feed);
  return locals(feed, 'entry')
    .slice(0, MAX_ITEMS)
    .map((entry) => {
      const entryBase = resolve(entry.attributes['xml:base'], base) ?? base;
      const summary = atomText(local(entry, 'summary')) ?? atomText(local(entry, 'content'));
      return clean({
        title: atomText(local(entry, 'title')),
        url: resolve(atomLink(entry), entryBase),
        date: isoDate(textOf(local(entry, 'published')), textOf(local(entry, 'updated'))),
        summary: summary ? shorten(summary) : undefined,
        categories: locals(entry, 'category')
          .map((c) => c.attributes.label?.trim() || c.attributes.term?.trim())
          .filter(isText),
        author: atomAuthor(entry) ?? feedAuthor,
        source,
      });
    });
}

/** An Atom text construct: `type="text"` (the default) as it is, `html` and `xhtml` reduced to text. */
function atomText(node: XmlElement | undefined): string | undefined {
  if (!node) return undefined;
  const type = node.attributes.type ?? 'text';
  const text = type === 'html' || type === 'text/html' ? htmlToText(textOf(node) ?? '') : textOf(node);
  return text ? collapse(text) || undefined : undefined;
}

/** The entry's page: `rel="alternate"` (or no `rel`), HTML preferred. */
function atomLink(entry: XmlElement): string | undefined {
  const links = locals(entry, 'link').filter((l) => (l.attributes.rel ?? 'alternate') === 'alternate');
  const html = links.find((l) => !l.attributes.type || /html/.test(l.attributes.type));
  return (html ?? links[0])?.attributes.href;
}

function atomAuthor(node: XmlElement): string | undefined {
  const names = locals(node, 'author')
    .map((author) => textOf(local(author, 'name')))
    .filter(isText);
  return names.length ? names.join(', ') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Text

/** At most `SUMMARY_LENGTH` characters, cut at the last space when there is one near the end. */
export function shorten(text: string, length = SUMMARY_LENGTH): string {
  const chars = Array.from(text);
  if (chars.length <= length) return text;
  const cut = chars.slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Values

/** A link made absolute against `base` when it is relative; left as written when it cannot be. */
function resolve(href: string | undefined, base: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value) return undefined;
  if (!base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

const isText = (value: string | undefined): value is string => !!value;

/** Drops undefined fields and empty lists, so a post has only what its feed gave. */
function clean(post: FeedPost): FeedPost {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(post)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = Array.isArray(value) ? [...new Set(value)] : value;
  }
  return out as FeedPost;
}

// ---------------------------------------------------------------------------------------------
// The tree

const isElement = (node: XmlElement | string): node is XmlElement => typeof node !== 'string';

function elements(parent: XmlElement | undefined, name: string): XmlElement[] {
  return (parent?.children ?? []).filter(isElement).filter((node) => node.name === name);
}
const child = (parent: XmlElement | undefined, name: string) => elements(parent, name)[0];

/** By local name: Atom's elements are namespaced, with or without a prefix. */
function locals(parent: XmlElement | undefined, name: string): XmlElement[] {
  return (parent?.children ?? []).filter(isElement).filter((node) => node.local === name);
}
const local = (parent: XmlElement | undefined, name: string) => locals(parent, name)[0];

/** The element's text (its descendants', CDATA included), trimmed; undefined when blank. */
function textOf(node: XmlElement | undefined): string | undefined {
  if (!node) return undefined;
  const text = collect(node).trim();
  return text || undefined;
}

/**
 * Text of descendants, as in HTML (Atom `type="xhtml"` content is XHTML): block elements keep the
 * words either side apart, and what a reader never sees (`<script>`, `<style>`, …) is left out.
 */
function collect(node: XmlElement): string {
  return node.children
    .map((c) =>
      typeof c === 'string' ? c : HIDDEN.has(c.local) ? ' ' : BLOCKS.has(c.local) ? ` ${collect(c)} ` : collect(c),
    )
    .join('');
}

// ---------------------------------------------------------------------------------------------
// The prolog

/**
 * Whether the document's DOCTYPE declares entities (`<!ENTITY` in its internal subset). Reads the
 * prolog only, skipping comments, processing instructions and quoted strings, so an `<!ENTITY`
 * in a post's text is no reason to refuse a feed. Each step moves forward: linear.
 */
export function declaresEntities(xml: string): boolean {
  let i = 0;
  for (;;) {
    while (/\s/.test(xml[i] ?? '')) i++;
    if (xml.startsWith('<?', i)) i = skip(xml, '?>', i + 2);
    else if (xml.startsWith('<!--', i)) i = skip(xml, '-->', i + 4);
    else return xml.startsWith('<!DOCTYPE', i) && subsetDeclaresEntities(xml, i + '<!DOCTYPE'.length);
  }
}

function subsetDeclaresEntities(xml: string, from: number): boolean {
  let i = from;
  // Up to the internal subset's `[`, or the DOCTYPE's `>` when it has none.
  for (; xml[i] !== '['; i++) {
    const c = xml[i];
    if (c === undefined || c === '>') return false;
    if (c === '"' || c === "'") i = skip(xml, c, i + 1) - 1;
  }
  for (i++; i < xml.length && xml[i] !== ']'; i++) {
    const c = xml[i]!;
    if (xml.startsWith('<!ENTITY', i)) return true;
    if (c === '"' || c === "'") i = skip(xml, c, i + 1) - 1;
    else if (xml.startsWith('<!--', i)) i = skip(xml, '-->', i + 4) - 1;
    else if (xml.startsWith('<?', i)) i = skip(xml, '?>', i + 2) - 1;
  }
  return false;
}

/** The index after `token` found from `from`, or the end. */
function skip(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? text.length : at + token.length;
}
