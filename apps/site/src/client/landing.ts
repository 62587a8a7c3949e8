import { ready } from './boot.js';

await ready;
await Promise.all([
  import('@apiary/elements/banner.js'),
  import('@apiary/elements/locale-switcher.js'),
  import('@apiary/elements/feature-card.js'),
  import('@apiary/elements/talk-list.js'),
  import('@apiary/elements/blog-teaser.js'),
]);
