// The one feed parser behind <apiary-blog-teaser> and `@apiary/elements/feed-parser.js`: JSON (an
// array of posts, `{ "posts": [...] }`, or a JSON Feed), RSS 2.0 (and RSS 1.0/RDF) and Atom, told
// apart by the content. This module holds everything but the XML parsing itself, which each
// environment brings (the browser's DOMParser, fast-xml-parser in Node) as an `XmlReader` giving
// the same small tree, so both produce the same posts.
import { decodeHTML } from 'entities/decode';
import { FeedError, itemsOf } from '../base/feed.js';

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
  // Apiary's own shape: already posts, validated as they are.
  return itemsOf(data, 'posts') as FeedPost[];
}

/** A JSON Feed (jsonfeed.org, 1.0 and 1.1). */
function fromJsonFeed(feed: Record<string, unknown>, options: ParseOptions): FeedPost[] {
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const source = str(feed.title);
  const feedAuthor = authorOf(feed);
  const items = Array.isArray(feed.items) ? (feed.items as Record<string, unknown>[]) : [];
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
  const items = [...elements(channel, 'item'), ...elements(root, 'item')];
  return items.map((item) => {
    const description = child(item, 'description') ?? child(item, 'content:encoded');
    const summary = description && htmlToText(textOf(description) ?? '');
    const guid = child(item, 'guid');
    const permalink = guid && guid.attributes.isPermaLink !== 'false' ? textOf(guid) : undefined;
    return clean({
      // RSS titles are text, but feeds often escape entities twice (`&amp;#8217;`): decode them.
      title: decodeText(textOf(child(item, 'title'))),
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
  return locals(feed, 'entry').map((entry) => {
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

/** Elements whose content is never text a reader sees. */
const HIDDEN =
  /<(script|style|template|noscript|iframe|object|svg|math|head|title|textarea|select)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements that break a line: replaced by a space so words on either side stay apart. */
const BREAK =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|td|th|section|article|header|footer|figure|figcaption|aside|nav|main)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** Any other tag, with quoted attribute values that may hold `>` (bounded, so hostile input stays linear). */
const TAG = /<\/?[a-z][^\s/>]{0,64}(?:[^>"']|"[^"]{0,1000}"|'[^']{0,1000}'){0,1000}>/gi;
/** How much HTML is read: summaries keep ~400 characters of text, and the regular expressions stay fast. */
const HTML_LENGTH = 16_000;
/** Comments, doctypes, processing instructions and CDATA sections. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;

/**
 * The text a reader would see in an HTML fragment: comments and non-text elements (script, style,
 * …) dropped, tags removed, entities decoded, white space collapsed. Pure string work, the same in
 * every environment: the result is only ever rendered as text, so a tag this misses shows as
 * characters and can never become markup.
 */
export function htmlToText(html: string): string {
  // A cut may leave half a tag at the end: drop it.
  const head = html.length > HTML_LENGTH ? html.slice(0, HTML_LENGTH).replace(/<[^>]*$/, '') : html;
  const stripped = head.replace(MARKUP, ' ').replace(HIDDEN, ' ').replace(BREAK, ' ').replace(TAG, '');
  return collapse(decodeHTML(stripped));
}

/** Entities decoded, white space collapsed (for fields that are text but often over-escaped). */
function decodeText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : collapse(decodeHTML(text)) || undefined;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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

/** The first of `values` JavaScript reads as a date (RFC 822 from RSS, RFC 3339 from Atom), as ISO 8601 in UTC. */
function isoDate(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const time = value ? Date.parse(value) : NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return undefined;
}

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

/** XHTML elements that break a line (in Atom `type="xhtml"` content): words either side stay apart. */
const BLOCKS = new Set(
  'p div br hr li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr td th section article header footer figure figcaption aside nav main'.split(
    ' ',
  ),
);

function collect(node: XmlElement): string {
  return node.children
    .map((c) => (typeof c === 'string' ? c : BLOCKS.has(c.local) ? ` ${collect(c)} ` : collect(c)))
    .join('');
}
