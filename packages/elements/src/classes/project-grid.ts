// The class of <apiary-project-grid>, not registered: for a scoped registry or a tag of your own (`ApiaryProjectGrid.define('my-tag')`).
export { ApiaryProjectGrid } from '../project-grid/project-grid.js';
