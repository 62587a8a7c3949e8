// The feed parser in Node (build-time prerendering of feeds): XML through fast-xml-parser, read
// into the same tree the browser's DOMParser gives, so both produce the same posts.
// `@apiary/elements/feed-parser.js` resolves here under the `node` export condition.
import { decodeXML } from 'entities/decode';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from '../base/feed-data.js';
import { createFeedParser, type XmlElement } from './parse.js';

export { htmlToText, type FeedPost, type ParseOptions } from './parse.js';

/** The Trusted Types policy the browser build uses (nothing to allow in Node). */
export const TRUSTED_TYPES_POLICY = 'apiary-feed';

// Entities are decoded here (`decodeXML`: the five XML ones and character references), as an XML
// parser does; CDATA stays as written. Nothing is trimmed or converted: text is text.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Ordered = Record<string, Ordered[] | string> & { ':@'?: Record<string, string> };

function readXml(body: string): XmlElement {
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new FeedError('format', `The response is not well-formed XML: ${valid.err.msg}`);
  const nodes = parser.parse(body) as Ordered[];
  const root = nodes.map(toTree).find((node): node is XmlElement => typeof node === 'object');
  if (!root) throw new FeedError('format', 'The response has no XML root element.');
  return root;
}

function toTree(node: Ordered): XmlElement | string | undefined {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  if (name === '#text') return decodeXML(String(node[name]));
  if (name === '#comment') return undefined;
  const content = (node[name] ?? []) as Ordered[];
  if (name === '#cdata') return content.map((c) => String(c['#text'] ?? '')).join('');
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[':@'] ?? {})) attributes[key] = decodeXML(String(value));
  const children = content.map(toTree).filter((c): c is XmlElement | string => c !== undefined);
  return { name, local: name.slice(name.indexOf(':') + 1), attributes, children };
}

/** The posts of a JSON, RSS 2.0 or Atom feed (see `createFeedParser`), parsed with fast-xml-parser. */
export const parseFeed = createFeedParser(readXml);
