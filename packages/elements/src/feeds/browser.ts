// The feed parser in the browser: XML through the platform's DOMParser. Under
// `require-trusted-types-for 'script'` DOMParser is a Trusted Types sink, so the string goes
// through one named policy, `apiary-feed` (a host's CSP allows it with `trusted-types apiary-feed`).
// The policy is private to this module and only ever feeds `parseFromString(…, 'application/xml')`:
// an XML document that is read here and never adopted into the page, so nothing in it can run.
import { FeedError } from '../base/feed-data.js';
import { createFeedParser, type XmlElement } from './parse.js';

export { htmlToText, type FeedPost, type ParseOptions } from './parse.js';

/** The Trusted Types policy name a host's CSP must allow (`trusted-types apiary-feed`). */
export const TRUSTED_TYPES_POLICY = 'apiary-feed';

interface Policy {
  createHTML(input: string): unknown;
}
let policy: Policy | null | undefined;

/** Created on first use, never at module load (SSR-safe, and no policy for pages that never parse a feed). */
function trusted(xml: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } })
      .trustedTypes;
    try {
      policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input: string) => input }) : null;
    } catch {
      // The page's CSP does not allow the name (or a second copy of Apiary made it first): without
      // enforcement a plain string still works; with it, parsing fails below with a clear message.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(xml) : xml) as string;
}

function readXml(body: string): XmlElement {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(trusted(body), 'application/xml');
  } catch (cause) {
    throw new FeedError(
      'format',
      `Could not parse the feed: allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}" in the page's CSP.`,
      { cause },
    );
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !doc.documentElement) {
    throw new FeedError('format', `The response is not well-formed XML: ${error?.textContent?.trim() ?? ''}`);
  }
  return toTree(doc.documentElement);
}

function toTree(element: Element): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attr of element.attributes) attributes[attr.name] = attr.value;
  const children: (XmlElement | string)[] = [];
  for (const node of element.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE) children.push(toTree(node as Element));
    else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      children.push(node.nodeValue ?? '');
    }
  }
  return { name: element.nodeName, local: element.localName, attributes, children };
}

/** The posts of a JSON, RSS 2.0 or Atom feed (see `createFeedParser`), parsed with the browser's DOMParser. */
export const parseFeed = createFeedParser(readXml);
