import { normalizeLocale } from '@apiary/i18n';

/** One `<link rel="alternate" hreflang>` of the page. */
export interface Alternate {
  tag: string;
  href: string;
}

/** Canonical case of a BCP 47 tag (`zh-hans` → `zh-Hans`), or undefined for something that is not one. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The page's `hreflang` alternates in document order, `x-default` and invalid tags left out.
 * A page served away from the origin its alternates name (a preview, a staging copy, a local
 * build of a site whose tags say `https://example.org/…`) keeps the visitor on the origin they are
 * on: alternates on the page's own declared origin become paths. Alternates on other origins
 * (`fr.example.org`) stay as they are.
 */
export function readAlternates(doc: Document): Alternate[] {
  const out: Alternate[] = [];
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang]')) {
    const tag = canonicalTag(link.hreflang);
    const href = link.getAttribute('href');
    if (tag && href !== null && link.hreflang.toLowerCase() !== 'x-default') out.push({ tag, href });
  }
  return rebase(out, doc);
}

function rebase(alternates: Alternate[], doc: Document): Alternate[] {
  const own = alternateFor(doc.documentElement.lang || '', alternates);
  if (!own) return alternates;
  try {
    const here = new URL(doc.baseURI);
    const declared = new URL(own.href, here).origin;
    if (declared === here.origin) return alternates;
    return alternates.map((a) => {
      const url = new URL(a.href, here);
      if (url.origin !== declared) return a;
      const path = url.pathname + url.search + url.hash;
      // A pathname that starts with `//` would read as a host of its own: keep this origin in front of it.
      return { ...a, href: new URL(path, here).origin === here.origin ? path : here.origin + path };
    });
  } catch {
    return alternates;
  }
}

/** The language subtag, lower case: `fr` for `fr-CA`. */
export const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Where `tag` is among `items` (alternates, offered locales): the same tag, else one of the same
 * Apiary locale and language (`fr-FR` for `fr`); -1 for none.
 */
export function indexFor(tag: string, items: readonly { tag: string }[]): number {
  const lower = tag.toLowerCase();
  const exact = items.findIndex((a) => a.tag.toLowerCase() === lower);
  if (exact >= 0) return exact;
  const code = normalizeLocale(tag);
  return items.findIndex((a) => normalizeLocale(a.tag) === code && language(a.tag) === language(tag));
}

/** The alternate that serves `tag` (see `indexFor`). */
export const alternateFor = (tag: string, alternates: readonly Alternate[]): Alternate | undefined =>
  alternates[indexFor(tag, alternates)];

// Slashes and backslashes (which browsers read as slashes) at the start of a path.
const LEADING_SLASHES = /^[/\\]+/;

/**
 * `/zh-hans/docs/intro/` → `docs/intro/` when `zh-hans` is a known prefix; `/docs/` → `docs/`.
 * Never starts with a slash or backslash, even for `/fr//evil.example/`: in a template such as
 * `/{path}` that would make a protocol-relative URL to another host.
 */
export function stripLocale(pathname: string, prefixes: ReadonlySet<string>): string {
  const path = pathname.replace(LEADING_SLASHES, '');
  const first = path.split(/[/\\]/, 1)[0]!;
  return prefixes.has(first.toLowerCase()) ? path.slice(first.length).replace(LEADING_SLASHES, '') : path;
}

export interface TemplateContext {
  /** Served without a prefix: `{locale}` and one separator after it are dropped. */
  defaultLocale?: string | undefined;
  /** The current path without its locale prefix and without a leading slash. */
  path: string;
  /** `?query#hash` of the current page, kept unless the template has its own. */
  query?: string;
}

/**
 * Fills an `href-template`: `{locale}` is the lower-case tag (`zh-hans`), `{path}` the current
 * path without its locale prefix. `/{locale}/{path}` gives `/zh-hans/docs/` and, for the default
 * locale, `/docs/`.
 */
export function fromTemplate(template: string, tag: string, context: TemplateContext): string {
  const isDefault = context.defaultLocale !== undefined && context.defaultLocale.toLowerCase() === tag.toLowerCase();
  let url = isDefault ? template.replace(/\{locale\}[/.]?/g, '') : template.replace(/\{locale\}/g, tag.toLowerCase());
  url = url.replace(/\{path\}/g, context.path);
  if (context.query && !/[?#]/.test(template)) url += context.query;
  return url;
}

/** The current page, as `location` (or a `URL`) gives it. */
export interface Page {
  pathname: string;
  search: string;
  hash: string;
  href: string;
}

/**
 * The URL of `tag`'s version of `page` from an `href-template`, or undefined when the page's path
 * would take the link to another origin than the template gives with an empty path: a relative
 * template stays on the page's origin, `https://{locale}.example.org/{path}` on that host.
 */
export function localeUrl(
  template: string,
  tag: string,
  page: Page,
  options: { defaultLocale?: string | undefined; prefixes: ReadonlySet<string> },
): string | undefined {
  const fill = (path: string) =>
    fromTemplate(template, tag, { defaultLocale: options.defaultLocale, path, query: page.search + page.hash });
  const url = fill(stripLocale(page.pathname, options.prefixes));
  try {
    return new URL(url, page.href).origin === new URL(fill(''), page.href).origin ? url : undefined;
  } catch {
    return undefined;
  }
}
