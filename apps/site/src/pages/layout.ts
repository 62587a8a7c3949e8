import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sites } from '../../content/index.js';
import type { SiteT } from '../i18n.js';
import type { Href, Page } from '../site.js';

const locales = sites.map((site) => site.lang).join(' ');

/** Banner, header with navigation and the locale switcher, the page's main content, footer. */
export function layout(page: Page, t: SiteT, main: TemplateResult, href: Href): TemplateResult {
  return html`
    <apiary-banner href=${t('banner.href')} dismissible dismiss-key="summit-2021-videos"
      >${t('banner.message')} <strong>${t('banner.cta')}</strong></apiary-banner
    >
    <header class="site-header">
      <a class="skip-link" href="#main">${t('skipLink')}</a>
      <a class="brand" href=${href('/')}
        ><span class="brand-mark" aria-hidden="true">eBPF</span><span class="visually-hidden">${t('nav.home')}</span></a
      >
      <nav aria-label=${t('nav.label')}>
        <ul>
          <li><a href=${href('/projects/')}>${t('nav.projects')}</a></li>
          <li><a href="https://ebpf.io/blog/">${t('nav.blog')}</a></li>
        </ul>
      </nav>
      ${
        page.kind === 'not-found'
          ? // A missing page has no counterpart in the other locales: offer their home pages.
            html`<apiary-locale-switcher
              mode="navigate"
              locales=${locales}
              href-template="/{locale}/"
              default-locale=${sites[0]!.lang}
              no-persist
            ></apiary-locale-switcher>`
          : html`<apiary-locale-switcher mode="navigate" locales=${locales} no-persist></apiary-locale-switcher>`
      }
    </header>
    <main id="main" tabindex="-1">${main}</main>
    <footer class="site-footer">
      <p>${t('footer.text')}</p>
      <p><a href="https://opensource.org/license/mit">${t('footer.license')}</a></p>
    </footer>
  `;
}

/**
 * A JSON data island for an element: the data the server rendered with, handed back to the
 * element before it hydrates, so it neither fetches nor re-renders. `<` is escaped so no string in
 * the data can close the script.
 */
export function island(data: unknown) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return unsafeHTML(`<script type="application/json">${json}</script>`);
}
