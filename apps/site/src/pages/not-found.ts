import { html } from 'lit';
import type { SiteT } from '../i18n.js';
import type { Href, Page } from '../site.js';

export const notFoundPage = (_page: Page, t: SiteT, href: Href) => html`
  <div class="page-intro">
    <h1>${t('notFound.title')}</h1>
    <p>${t('notFound.text')}</p>
    <p><a href=${href('/')}>${t('notFound.home')}</a></p>
  </div>
`;
