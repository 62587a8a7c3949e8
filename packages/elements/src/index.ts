// Imports and defines every element. Each element also has its own entry, e.g. `@apiary/elements/feature-card.js`.
export * from './banner.js';
export * from './blog-teaser.js';
export * from './feature-card.js';
export * from './locale-switcher.js';
export * from './project-grid.js';
export * from './talk-list.js';
export { ApiaryElement } from './base/apiary-element.js';
export { safeUrl } from './base/safe-url.js';
