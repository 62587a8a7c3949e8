import { directionOf } from '@apiary/i18n';
import { escapeAttribute, escapeText } from 'entities';
import type { SiteT } from './i18n.js';
import { alternatesOf, type Page } from './site.js';

export interface Assets {
  /** Module scripts of the page's client entry. */
  scripts: string[];
  /** Modules to preload (the entry's static imports). */
  preload: string[];
  styles: string[];
  /**
   * Sources of classic scripts inlined in `<head>` because they must run before first paint (the
   * banner preload); inline rather than `src` so they do not block rendering on a request. The
   * prerender pins each by its hash in the page's CSP.
   */
  headScripts: string[];
}

const attr = (value: string) => `"${escapeAttribute(value)}"`;

/** A built script's source as it sits inside `<script>`: without its source map comment (a map URL would resolve against the page). */
function inlineScript(code: string): string {
  if (/<\/script/i.test(code)) throw new Error('an inline script may not contain "</script"');
  return code.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '').trim();
}

/**
 * The HTML document around a prerendered body: language and direction, title, description,
 * canonical and `hreflang` alternates (with `x-default`), Open Graph, styles and scripts.
 * The only inline scripts are `assets.headScripts`; the prerender allows them (and the shadow roots'
 * `<style>` blocks) by hash in a strict CSP.
 */
export function documentHtml(page: Page, t: SiteT, body: string, assets: Assets, origin: string): string {
  const { site } = page;
  const title =
    page.kind === 'projects'
      ? `${t('meta.projectsTitle')} — ${t('meta.siteName')}`
      : page.kind === 'not-found'
        ? `${t('meta.notFoundTitle')} — ${t('meta.siteName')}`
        : t('meta.title');
  const description = page.kind === 'projects' ? t('meta.projectsDescription') : t('meta.description');
  const url = (path: string) => new URL(path, origin).href;
  const alternates =
    page.kind === 'not-found'
      ? []
      : [
          ...alternatesOf(page).map(
            (p) => `<link rel="alternate" hreflang=${attr(p.site.lang)} href=${attr(url(p.path))} />`,
          ),
          `<link rel="alternate" hreflang="x-default" href=${attr(url(alternatesOf(page)[0]!.path))} />`,
        ];
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeText(title)}</title>`,
    `<meta name="description" content=${attr(description)} />`,
    page.kind === 'not-found'
      ? '<meta name="robots" content="noindex" />'
      : `<link rel="canonical" href=${attr(url(page.path))} />`,
    ...alternates,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content=${attr(t('meta.siteName'))} />`,
    `<meta property="og:title" content=${attr(title)} />`,
    `<meta property="og:description" content=${attr(description)} />`,
    `<meta property="og:url" content=${attr(url(page.path))} />`,
    `<meta property="og:locale" content=${attr(site.ogLocale)} />`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    ...assets.styles.map((href) => `<link rel="stylesheet" href=${attr(href)} />`),
    ...assets.headScripts.map((code) => `<script>${inlineScript(code)}</script>`),
    ...assets.preload.map((href) => `<link rel="modulepreload" href=${attr(href)} />`),
    ...assets.scripts.map((src) => `<script type="module" src=${attr(src)}></script>`),
  ];
  return `<!doctype html>
<html lang=${attr(site.lang)} dir=${attr(directionOf(site.lang))}>
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
${body}
  </body>
</html>
`;
}
