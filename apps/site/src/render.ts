// Server entry: renders every page with @lit-labs/ssr (declarative shadow DOM), in its locale.
// Used by the build (scripts/prerender.mjs, through Vite's SSR build) and by the dev server.
// The page copy comes from the site's i18next (src/i18n.ts), which the elements follow too.
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
// The site's wording of element strings, before anything renders (the client imports it too).
import './strings.js';
import { localize } from './i18n.js';
import '@apiary/elements/banner.js';
import '@apiary/elements/blog-teaser.js';
import '@apiary/elements/feature-card.js';
import '@apiary/elements/locale-switcher.js';
import '@apiary/elements/project-grid.js';
import '@apiary/elements/talk-list.js';
import { loadData, type SiteData } from './data.js';
import { documentHtml, type Assets } from './document.js';
import { pageBody } from './pages/page.js';
import { pages, type Page, type PageKind } from './site.js';

export { pages };
export type { Assets, Page, PageKind };

let data: Promise<SiteData> | undefined;
const dataDir = new URL('../content/data/', import.meta.url);
/** The site's data files, read from content/data/ at build time. */
const readDataFile = (file: string) => readFile(new URL(file, dataDir), 'utf8');

/** The client entry (in src/client/) each kind of page loads: only the elements it uses. */
export const entries: Record<PageKind, string> = {
  landing: 'src/client/landing.ts',
  projects: 'src/client/projects.ts',
  'not-found': 'src/client/not-found.ts',
};

export async function renderPage(page: Page, assets: Assets, origin: string): Promise<string> {
  const siteData = await (data ??= loadData(readDataFile));
  // The server has no ancestors to read `lang` from: the page's locale is the one set here, on the
  // i18next instance the page's copy and the elements' strings both come from.
  const t = await localize(page.site.lang);
  const body = await collectResult(render(pageBody(page, t, siteData)));
  return documentHtml(page, t, body, assets, origin);
}
