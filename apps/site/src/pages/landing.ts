import { html } from 'lit';
import { icon } from '../icons.js';
import { localHref, type Page } from '../site.js';
import type { SiteData } from '../data.js';

export const landingPage = ({ site }: Page, _data: SiteData) => html`
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
