import { html } from 'lit';
import type { Project } from '@apiary/elements/project-grid.js';
import type { Page } from '../site.js';
import { island } from './layout.js';

export const projectsPage = (page: Page, projects: Project[]) => html`
  <div class="page-intro">
    <h1>${page.site.projects.title}</h1>
    <p>${page.site.projects.intro}</p>
  </div>
  <apiary-project-grid url-state heading-level="2" .projects=${projects}>${island(projects)}</apiary-project-grid>
`;
