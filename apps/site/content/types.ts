/** The copy of one locale of the site; every locale provides all of it (a missing key is a compile error). */
export interface SiteContent {
  /** BCP 47 tag of the page: `<html lang>`, and the locale the elements render in. */
  lang: string;
  /** Open Graph locale, e.g. `zh_CN`. */
  ogLocale: string;
  /** The locale's URL prefix: `/` for the default locale, `/zh-hans/` and so on. */
  base: string;
  meta: {
    siteName: string;
    title: string;
    description: string;
    projectsTitle: string;
    projectsDescription: string;
    notFoundTitle: string;
  };
  skipLink: string;
  banner: { message: string; cta: string; href: string };
  nav: { label: string; home: string; projects: string; blog: string; community: string };
  hero: { title: string; projectsLink: string };
  intro: string[];
  featuresLabel: string;
  features: Array<{ icon: 'security' | 'networking' | 'tracing' | 'observability'; heading: string; body: string }>;
  talks: { title: string; intro: string };
  posts: { title: string; all: string };
  articles: { title: string; intro: string };
  outro: { title: string; links: Array<{ label: string; text: string; href: string }> };
  projects: { title: string; intro: string };
  notFound: { title: string; text: string; home: string };
  footer: { text: string; license: string };
}
