import { sites, type SiteContent } from '../content/index.js';

/** The pages of the site: each kind in every locale, plus one 404 page per locale. */
export type PageKind = 'landing' | 'projects' | 'not-found';

export interface Page {
  kind: PageKind;
  site: SiteContent;
  /** URL path of the page, e.g. `/zh-hans/projects/`; 404 pages are `404.html` files. */
  path: string;
}

const suffix: Record<PageKind, string> = { landing: '', projects: 'projects/', 'not-found': '404.html' };

export const pages: Page[] = sites.flatMap((site) =>
  (Object.keys(suffix) as PageKind[]).map((kind) => ({ kind, site, path: site.base + suffix[kind] })),
);

/** The same page in every locale, for `<link rel="alternate" hreflang>` and the locale switcher. */
export const alternatesOf = (page: Page) => pages.filter((p) => p.kind === page.kind);

/** An internal link (`/projects/`) in the page's locale (`/fr/projects/`); other links as written. */
export const localHref = (site: SiteContent, href: string) => (href.startsWith('/') ? site.base + href.slice(1) : href);

/**
 * Where a page's links go, given as the content writes them (`/`, `/projects/`, `#main`, another
 * site's URL). The site's pages use `localHref` for their locale; Storybook's Pages stories point
 * them at its own stories instead.
 */
export type Href = (href: string) => string;
