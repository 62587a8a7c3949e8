import { html } from 'lit';
import type { SiteT } from '../i18n.js';
import type { Page } from '../site.js';

export const notFoundPage = ({ site }: Page, t: SiteT) => html`
  <div class="page-intro">
    <h1>${t('notFound.title')}</h1>
    <p>${t('notFound.text')}</p>
    <p><a href=${site.base}>${t('notFound.home')}</a></p>
  </div>
`;
