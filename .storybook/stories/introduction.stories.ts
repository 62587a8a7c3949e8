// The front page of the designers' Storybook: what Apiary is, every element at a glance (live, from
// the manifest's list of tags), how to embed, and where the READMEs are.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import manifest from '@apiary/elements/custom-elements.json' with { type: 'json' };
import { html, type TemplateResult } from 'lit';
import { en, icon, posts, projects, talks } from './samples.js';

const REPO = 'https://github.com/apiary-components/apiary/blob/main';

/** Every element the manifest declares, with its summary: a new element appears here by itself. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).flatMap((declaration) => {
    const { tagName, summary } = declaration as { tagName?: string; summary?: string };
    return tagName ? [{ tagName, summary: summary ?? '' }] : [];
  }),
);

/** A small live instance of each element. An element with no thumbnail here still gets its card. */
const thumbnails: Record<string, () => TemplateResult> = {
  'apiary-banner': () =>
    html`<apiary-banner href="#summit">${en.banner.message} <strong>${en.banner.cta}</strong></apiary-banner>`,
  'apiary-feature-card': () =>
    html`<apiary-feature-card heading=${en.features[0]!.heading} heading-level="3"
      >${icon(en.features[0]!.icon)}${en.features[0]!.body.slice(0, 120)}…</apiary-feature-card
    >`,
  'apiary-project-grid': () =>
    html`<apiary-project-grid hide-controls group-by="none" heading-level="3" .projects=${projects.slice(0, 2)}>
    </apiary-project-grid>`,
  'apiary-talk-list': () =>
    html`<apiary-talk-list group-by="none" limit="2" heading-level="3" .talks=${talks}></apiary-talk-list>`,
  'apiary-blog-teaser': () =>
    html`<apiary-blog-teaser limit="1" heading-level="3" .posts=${posts}></apiary-blog-teaser>`,
  'apiary-locale-switcher': () => html`<apiary-locale-switcher scope="elements" no-persist></apiary-locale-switcher>`,
};

const storyPath = (tagName: string) => `./?path=/docs/elements-${tagName.replace('apiary-', '')}--docs`;

const meta: Meta = {
  title: 'Introduction',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;

export const Overview: StoryObj = {
  render: () => html`
    <style>
      .intro {
        max-width: 72rem;
        padding: 1rem;
        line-height: 1.6;
      }
      .intro .glance {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
        gap: 1.5rem;
        list-style: none;
        padding: 0;
      }
      .intro .glance > li {
        border: 1px solid var(--apiary-color-border);
        border-radius: var(--apiary-radius-md);
        padding: 1rem;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      .intro .thumb {
        max-block-size: 16rem;
        overflow: hidden;
        border-radius: var(--apiary-radius-sm);
        background: var(--apiary-color-canvas);
      }
      .intro pre {
        background: var(--apiary-color-surface-raised);
        padding: 1rem;
        overflow: auto;
        border-radius: var(--apiary-radius-md);
      }
      .intro code {
        font-family: var(--apiary-font-mono);
      }
      .intro a {
        color: var(--apiary-color-link);
      }
    </style>
    <div class="intro">
      <h1>Apiary</h1>
      <p>
        Apiary is a set of framework-agnostic web components for open-source community sites: feature cards, project
        landscapes, talk lists, blog teasers, announcement banners and a language switcher. They work in plain HTML, in
        React, Vue or any CMS, render on the server, follow the page's language and direction, and take a brand through
        design tokens.
      </p>
      <p>
        Start with <strong>Foundations</strong> (colour, type, spacing, radii, shadows, motion), try a brand in
        <strong>Theming</strong>, read each element's guidance under <strong>Elements</strong>, and review whole
        compositions under <strong>Pages</strong>. The toolbar switches locale, direction, theme and viewport.
      </p>

      <h2>Elements at a glance</h2>
      <ul class="glance">
        ${elements.map(
          ({ tagName, summary }) =>
            html`<li>
              <h3>
                <a href=${storyPath(tagName)} target="_top"><code>&lt;${tagName}&gt;</code></a>
              </h3>
              <p>${summary}</p>
              <div class="thumb">${thumbnails[tagName]?.() ?? ''}</div>
            </li>`,
        )}
      </ul>

      <h2>How to embed</h2>
      <p>Install the package, load the optional theme stylesheet, and import the elements you use:</p>
      <pre><code>npm install @apiary/elements</code></pre>
      <pre><code>${`<link rel="stylesheet" href="/node_modules/@apiary/elements/dist/themes/apiary.css" />
<script type="module">
  import '@apiary/elements/feature-card.js';
</script>

<apiary-feature-card heading="Networking" href="/networking/">
  Programmable, fast packet processing in the kernel.
</apiary-feature-card>`}</code></pre>
      <p>
        Without a build step, one script from a CDN defines every element. Brand them by overriding
        <code>--apiary-*</code> custom properties (the theming playground writes the CSS for you).
      </p>

      <h2>Read more</h2>
      <ul>
        <li>
          <a href="${REPO}/packages/elements/README.md">@apiary/elements README</a>: every element, embedding in HTML,
          React, Vue and on the server
        </li>
        <li>
          <a href="${REPO}/packages/i18n/README.md">@apiary/i18n README</a>: locales, strings and adding a language
        </li>
        <li><a href="${REPO}/README.md">Repository README</a>: developing Apiary, Storybook, releases</li>
      </ul>
    </div>
  `,
};
