import type { TemplateResult } from 'lit';
import type { SiteData } from '../data.js';
import type { SiteT } from '../i18n.js';
import { localHref, type Href, type Page } from '../site.js';
import { landingPage } from './landing.js';
import { layout } from './layout.js';
import { notFoundPage } from './not-found.js';
import { projectsPage } from './projects.js';

/**
 * The body of a page: the layout around the page's own content, in the page's locale (`t`), with
 * the site's data. The server entry (render.ts) renders it for the build and the dev server;
 * Storybook's Pages stories render the same templates, with links that lead to their own stories.
 */
export function pageBody(
  page: Page,
  t: SiteT,
  data: SiteData,
  href: Href = (path) => localHref(page.site, path),
): TemplateResult {
  const main =
    page.kind === 'landing'
      ? landingPage(page, t, data, href)
      : page.kind === 'projects'
        ? projectsPage(page, t, data.projects)
        : notFoundPage(page, t, href);
  return layout(page, t, main, href);
}
