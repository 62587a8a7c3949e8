import { html } from 'lit';
import type { Page } from '../site.js';

export const notFoundPage = ({ site }: Page) => html`
  <div class="page-intro">
    <h1>${site.notFound.title}</h1>
    <p>${site.notFound.text}</p>
    <p><a href=${site.base}>${site.notFound.home}</a></p>
  </div>
`;
