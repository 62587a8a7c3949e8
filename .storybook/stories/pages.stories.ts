// Pages: the demo site's pages as the site renders them, in every site locale, so composition and
// rhythm can be reviewed. The templates are the site's own (apps/site/src/pages/, through
// `pageBody`, the same entry its prerender uses), with its copy, its data read and validated by its
// own loader and its stylesheet; only the links differ: the site's internal links, the locale
// switcher's alternates included, lead to the Pages stories here.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SELECT_STORY } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import siteCss from '../../apps/site/src/site.css?inline';
import { loadData, type SiteData } from '../../apps/site/src/data.js';
import type { SiteT } from '../../apps/site/src/i18n.js';
import { pageBody } from '../../apps/site/src/pages/page.js';
import { alternatesOf, localHref, pages, type Page, type PageKind } from '../../apps/site/src/site.js';
import type { SiteContent } from '../../apps/site/content/types.js';
// The elements, from their sources, and the site's locales.
import { sites } from './samples.js';

/** The story of each site locale: its part of the story id (`pages--landing-french`). */
const storyLocales: Record<string, string> = { en: 'english', 'zh-Hans': 'zh-hans', fr: 'french' };
// CSF needs static exports, so a new site locale needs two stories below (and a line above): the
// smoke test fails on this error until then.
for (const { lang } of sites) {
  if (!storyLocales[lang]) console.error(`Pages: the site locale ${lang} has no Landing/Projects story yet`);
}

/** The site's page of `kind` in `lang` (apps/site/src/site.ts lists them). */
function pageOf(kind: PageKind, lang: string): Page {
  const page = pages.find((p) => p.kind === kind && p.site.lang === lang);
  if (!page) throw new Error(`Pages: the site has no ${kind} page in ${lang}`);
  return page;
}

/** Where a page's story is in Storybook's UI (one folder up from the preview's iframe.html). */
const storyUrl = (page: Page) => `./?path=/story/pages--${page.kind}-${storyLocales[page.site.lang]}`;

/** The site's links as Storybook needs them: its own pages lead to their stories, the rest as the site writes them. */
const storyHref =
  (site: SiteContent) =>
  (href: string): string => {
    const path = localHref(site, href);
    if (!path.startsWith('/')) return path;
    const page = pages.find((p) => p.path === path && p.kind !== 'not-found');
    if (!page) throw new Error(`Pages: no story shows the site's page ${path}`);
    return storyUrl(page);
  };

/**
 * The page's `t` over the locale's content module: what the site's i18next (src/i18n.ts) returns
 * for the same key, since its resources are these modules and the copy has no interpolation. (The
 * site's own instance is server-only: it would make every story's elements follow it.)
 */
const copyOf = (site: SiteContent): SiteT =>
  ((key: string) =>
    key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], site)) as SiteT;

/** The site's data files, bundled by Vite and read by the site's own loader (validation included). */
const dataFiles = import.meta.glob<string>('../../apps/site/content/data/**/*.{json,xml}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
let data: Promise<SiteData> | undefined;
const siteData = () =>
  (data ??= loadData(async (file) => {
    const text = dataFiles[`../../apps/site/content/data/${file}`];
    if (text === undefined) throw new Error(`content/data/${file}: no such file`);
    return text;
  }));

/** A link to a Pages story, clicked in the preview: Storybook selects the story (as its sidebar would) instead of loading its UI into the preview. */
function followStoryLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  const url = link?.href ? new URL(link.href) : undefined;
  const storyId =
    url?.origin === location.origin ? url.searchParams.get('path')?.match(/^\/story\/(.+)$/)?.[1] : undefined;
  if (!storyId) return;
  event.preventDefault();
  addons.getChannel().emit(SELECT_STORY, { storyId });
}

/** Marks the `<link rel="alternate">` tags the Pages stories add to `<head>`. */
const ALTERNATE = 'data-pages-story-alternate';

/** A story's page: its `page` parameter, in the locale of its `locale` global. */
const storyPage = ({ parameters, globals }: StoryContext) =>
  pageOf(parameters.page as PageKind, globals.locale as string);

const meta: Meta = {
  title: 'Pages',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  loaders: [async () => ({ data: await siteData() })],
  /**
   * What the site's document adds around the body: the `hreflang` alternates in `<head>` that the
   * locale switcher (navigate mode) reads, here pointing at this page's stories in the other
   * locales. The document's `lang` and `dir` come from the story's locale (the preview's loader).
   * Runs again on every re-render (a toolbar change), so it replaces the links it added before.
   */
  beforeEach: (context) => {
    for (const link of document.head.querySelectorAll(`link[${ALTERNATE}]`)) link.remove();
    const links = alternatesOf(storyPage(context)).map((alternate) => {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = alternate.site.lang;
      link.setAttribute('href', storyUrl(alternate));
      link.setAttribute(ALTERNATE, '');
      return link;
    });
    document.head.append(...links);
    document.addEventListener('click', followStoryLinks);
    return () => {
      for (const link of links) link.remove();
      document.removeEventListener('click', followStoryLinks);
    };
  },
  render: (_args, context) => {
    const page = storyPage(context);
    return html`
      <style>
        ${siteCss}
      </style>
      ${pageBody(page, copyOf(page.site), context.loaded.data as SiteData, storyHref(page.site))}
    `;
  },
};

export default meta;
type Story = StoryObj;

// One story per page and site locale; each story's locale is the toolbar's `locale` global, which
// the page renders in (the preview sets `<html lang dir>` and Apiary's locale from it).
export const LandingEnglish: Story = {
  name: 'Landing (English)',
  globals: { locale: 'en' },
  parameters: { page: 'landing' },
};
export const LandingZhHans: Story = {
  name: 'Landing (简体中文)',
  globals: { locale: 'zh-Hans' },
  parameters: { page: 'landing' },
};
export const LandingFrench: Story = {
  name: 'Landing (Français)',
  globals: { locale: 'fr' },
  parameters: { page: 'landing' },
};
export const ProjectsEnglish: Story = {
  name: 'Projects (English)',
  globals: { locale: 'en' },
  parameters: { page: 'projects' },
};
export const ProjectsZhHans: Story = {
  name: 'Projects (简体中文)',
  globals: { locale: 'zh-Hans' },
  parameters: { page: 'projects' },
};
export const ProjectsFrench: Story = {
  name: 'Projects (Français)',
  globals: { locale: 'fr' },
  parameters: { page: 'projects' },
};
