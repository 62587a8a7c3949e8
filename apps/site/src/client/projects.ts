import { ready } from './boot.js';

await ready;
await Promise.all([
  import('@apiary/elements/banner.js'),
  import('@apiary/elements/locale-switcher.js'),
  import('@apiary/elements/project-grid.js'),
]);
