import { ApiaryProjectGrid } from './project-grid/project-grid.js';

ApiaryProjectGrid.define();

export { ApiaryProjectGrid };
export type { Project } from './project-grid/project-grid.js';
