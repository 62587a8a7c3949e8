import { html } from 'lit';
import type { Project } from '@apiary/elements/project-grid.js';
import type { SiteT } from '../i18n.js';
import type { Page } from '../site.js';
import { island } from './layout.js';

export const projectsPage = (_page: Page, t: SiteT, projects: Project[]) => html`
  <div class="page-intro">
    <h1>${t('projects.title')}</h1>
    <p>${t('projects.intro')}</p>
  </div>
  <apiary-project-grid url-state heading-level="2" .projects=${projects}>${island(projects)}</apiary-project-grid>
`;
