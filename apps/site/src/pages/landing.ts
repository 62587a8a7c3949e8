import { html } from 'lit';
import type { SiteT } from '../i18n.js';
import { icon } from '../icons.js';
import type { Href, Page } from '../site.js';
import { island } from './layout.js';
import type { SiteData } from '../data.js';

export const landingPage = (_page: Page, t: SiteT, data: SiteData, href: Href) => html`
  <section class="hero" aria-labelledby="hero-title">
    <h1 id="hero-title">${t('hero.title')}</h1>
    <p><a class="button" href=${href('/projects/')}>${t('hero.projectsLink')}</a></p>
    ${t('intro').map((paragraph) => html`<p class="intro">${paragraph}</p>`)}
  </section>

  <ul class="features" aria-label=${t('featuresLabel')}>
    ${t('features').map(
      (feature) =>
        html`<li>
          <apiary-feature-card heading=${feature.heading} heading-level="2"
            >${icon(feature.icon)}${feature.body}</apiary-feature-card
          >
        </li>`,
    )}
  </ul>

  <section class="section" aria-labelledby="talks-title">
    <h2 id="talks-title">${t('talks.title')}</h2>
    <p>${t('talks.intro')}</p>
    <apiary-talk-list layout="gallery" group-by="none" limit="12" heading-level="3" .talks=${data.talks}
      >${island(data.talks)}</apiary-talk-list
    >
  </section>

  <section class="section" aria-labelledby="posts-title">
    <h2 id="posts-title">${t('posts.title')}</h2>
    <apiary-blog-teaser limit="2" heading-level="3" .posts=${data.posts}>${island(data.posts)}</apiary-blog-teaser>
    <p><a href="https://ebpf.io/blog/">${t('posts.all')}</a></p>
  </section>

  <section class="section" aria-labelledby="articles-title">
    <h2 id="articles-title">${t('articles.title')}</h2>
    <p>${t('articles.intro')}</p>
    <apiary-blog-teaser limit="6" hide-summary heading-level="3" .posts=${data.articles}
      >${island(data.articles)}</apiary-blog-teaser
    >
  </section>

  <section class="outro" aria-labelledby="outro-title">
    <h2 id="outro-title">${t('outro.title')}</h2>
    <ul>
      ${t('outro.links').map(
        (link) =>
          html`<li>
            <a href=${href(link.href)}>${link.label}</a>
            <p>${link.text}</p>
          </li>`,
      )}
    </ul>
  </section>
`;
