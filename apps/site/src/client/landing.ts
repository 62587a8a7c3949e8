import { hydrate } from './start.js';

await hydrate(() => [
  import('@apiary/elements/banner.js'),
  import('@apiary/elements/locale-switcher.js'),
  import('@apiary/elements/feature-card.js'),
  import('@apiary/elements/talk-list.js'),
  import('@apiary/elements/blog-teaser.js'),
]);
