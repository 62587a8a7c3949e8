import { html } from 'lit';
import { icon } from '../icons.js';
import { localHref, type Page } from '../site.js';
import { island } from './layout.js';
import type { SiteData } from '../data.js';

export const landingPage = ({ site }: Page, data: SiteData) => html`
  <section class="hero" aria-labelledby="hero-title">
    <h1 id="hero-title">${site.hero.title}</h1>
    <p><a class="button" href=${localHref(site, '/projects/')}>${site.hero.projectsLink}</a></p>
    ${site.intro.map((paragraph) => html`<p class="intro">${paragraph}</p>`)}
  </section>

  <ul class="features" aria-label=${site.featuresLabel}>
    ${site.features.map(
      (feature) =>
        html`<li>
          <apiary-feature-card heading=${feature.heading} heading-level="2"
            >${icon(feature.icon)}${feature.body}</apiary-feature-card
          >
        </li>`,
    )}
  </ul>

  <section class="section" aria-labelledby="talks-title">
    <h2 id="talks-title">${site.talks.title}</h2>
    <p>${site.talks.intro}</p>
    <apiary-talk-list layout="gallery" group-by="none" limit="12" heading-level="3" .talks=${data.talks}
      >${island(data.talks)}</apiary-talk-list
    >
  </section>

  <section class="section" aria-labelledby="posts-title">
    <h2 id="posts-title">${site.posts.title}</h2>
    <apiary-blog-teaser limit="2" heading-level="3" .posts=${data.posts}>${island(data.posts)}</apiary-blog-teaser>
    <p><a href="https://ebpf.io/blog/">${site.posts.all}</a></p>
  </section>

  <section class="section" aria-labelledby="articles-title">
    <h2 id="articles-title">${site.articles.title}</h2>
    <p>${site.articles.intro}</p>
    <apiary-blog-teaser limit="6" hide-summary heading-level="3" .posts=${data.articles}
      >${island(data.articles)}</apiary-blog-teaser
    >
  </section>

  <section class="outro" aria-labelledby="outro-title">
    <h2 id="outro-title">${site.outro.title}</h2>
    <ul>
      ${site.outro.links.map(
        (link) =>
          html`<li>
            <a href=${localHref(site, link.href)}>${link.label}</a>
            <p>${link.text}</p>
          </li>`,
      )}
    </ul>
  </section>
`;
