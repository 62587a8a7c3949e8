// Pages: the demo site's landing and projects pages composed from the elements, in every site
// locale, so composition and rhythm can be reviewed. Copy and data come from apps/site/content
// (imported), the site's own stylesheet styles the page chrome. The markup follows
// apps/site/src/pages/*.ts (those modules also prerender on the server, so they are not imported).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import siteCss from '../../apps/site/src/site.css?inline';
import { articleSources, icon, posts, projects, sites, talks } from './samples.js';
import type { SiteContent } from '../../apps/site/content/types.js';

const site = (lang: string): SiteContent => {
  const found = sites.find((s) => s.lang === lang);
  if (!found) throw new Error(`apps/site/content has no locale ${lang}`);
  return found;
};

/** The site's links, made relative to nothing: in Storybook they only need to look right. */
const href = (s: SiteContent, path: string) => (path.startsWith('/') ? `#${s.base}${path.slice(1)}` : path);

const chrome = (s: SiteContent, main: unknown) => html`
  <style>
    ${siteCss}
  </style>
  <div lang=${s.lang}>
    <apiary-banner href=${href(s, s.banner.href)}>${s.banner.message} <strong>${s.banner.cta}</strong></apiary-banner>
    <header class="site-header">
      <a class="brand" href=${href(s, s.base)}
        ><span class="brand-mark" aria-hidden="true">eBPF</span><span class="visually-hidden">${s.nav.home}</span></a
      >
      <nav aria-label=${s.nav.label}>
        <ul>
          <li><a href=${href(s, '/projects/')}>${s.nav.projects}</a></li>
          <li><a href="https://ebpf.io/blog/">${s.nav.blog}</a></li>
        </ul>
      </nav>
      <apiary-locale-switcher scope="elements" no-persist locales=${sites.map((x) => x.lang).join(' ')}>
      </apiary-locale-switcher>
    </header>
    <main id="main">${main}</main>
    <footer class="site-footer">
      <p>${s.footer.text}</p>
      <p><a href="https://opensource.org/license/mit">${s.footer.license}</a></p>
    </footer>
  </div>
`;

const landing = (s: SiteContent) =>
  chrome(
    s,
    html`
      <section class="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">${s.hero.title}</h1>
        <p><a class="button" href=${href(s, '/projects/')}>${s.hero.projectsLink}</a></p>
        ${s.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`)}
      </section>
      <ul class="features" aria-label=${s.featuresLabel}>
        ${s.features.map(
          (feature) =>
            html`<li>
              <apiary-feature-card heading=${feature.heading} heading-level="2"
                >${icon(feature.icon)}${feature.body}</apiary-feature-card
              >
            </li>`,
        )}
      </ul>
      <section class="section" aria-labelledby="talks-title">
        <h2 id="talks-title">${s.talks.title}</h2>
        <p>${s.talks.intro}</p>
        <apiary-talk-list layout="gallery" group-by="none" limit="12" heading-level="3" .talks=${talks}>
        </apiary-talk-list>
      </section>
      <section class="section" aria-labelledby="posts-title">
        <h2 id="posts-title">${s.posts.title}</h2>
        <apiary-blog-teaser limit="2" heading-level="3" .posts=${posts}></apiary-blog-teaser>
        <p><a href="https://ebpf.io/blog/">${s.posts.all}</a></p>
      </section>
      <section class="section" aria-labelledby="articles-title">
        <h2 id="articles-title">${s.articles.title}</h2>
        <p>${s.articles.intro}</p>
        <apiary-blog-teaser limit="6" hide-summary heading-level="3" sources=${articleSources}></apiary-blog-teaser>
      </section>
      <section class="outro" aria-labelledby="outro-title">
        <h2 id="outro-title">${s.outro.title}</h2>
        <ul>
          ${s.outro.links.map(
            (link) =>
              html`<li>
                <a href=${href(s, link.href)}>${link.label}</a>
                <p>${link.text}</p>
              </li>`,
          )}
        </ul>
      </section>
    `,
  );

const projectsPage = (s: SiteContent) =>
  chrome(
    s,
    html`
      <div class="page-intro">
        <h1>${s.projects.title}</h1>
        <p>${s.projects.intro}</p>
      </div>
      <apiary-project-grid heading-level="2" .projects=${projects}></apiary-project-grid>
    `,
  );

const meta: Meta = {
  title: 'Pages',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

// One story per page and site locale (apps/site/content/index.ts lists them). CSF needs static
// exports, so a new site locale needs two stories here: the smoke test fails on this error until then.
const covered = ['en', 'zh-Hans', 'fr'];
for (const { lang } of sites) {
  if (!covered.includes(lang)) console.error(`Pages: the site locale ${lang} has no Landing/Projects story yet`);
}

export const LandingEnglish: Story = { name: 'Landing (English)', render: () => landing(site('en')) };
export const LandingZhHans: Story = {
  name: 'Landing (简体中文)',
  globals: { locale: 'zh-Hans' },
  render: () => landing(site('zh-Hans')),
};
export const LandingFrench: Story = {
  name: 'Landing (Français)',
  globals: { locale: 'fr' },
  render: () => landing(site('fr')),
};
export const ProjectsEnglish: Story = { name: 'Projects (English)', render: () => projectsPage(site('en')) };
export const ProjectsZhHans: Story = {
  name: 'Projects (简体中文)',
  globals: { locale: 'zh-Hans' },
  render: () => projectsPage(site('zh-Hans')),
};
export const ProjectsFrench: Story = {
  name: 'Projects (Français)',
  globals: { locale: 'fr' },
  render: () => projectsPage(site('fr')),
};
