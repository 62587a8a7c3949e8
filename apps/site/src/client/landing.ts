import { hydrate } from './start.js';

// The header's elements hydrate at once; the talks and posts further down as they come near.
await hydrate(
  () => [
    import('@apiary/elements/banner.js'),
    import('@apiary/elements/locale-switcher.js'),
    import('@apiary/elements/feature-card.js'),
  ],
  {
    'apiary-talk-list': () => import('@apiary/elements/talk-list.js'),
    'apiary-blog-teaser': () => import('@apiary/elements/blog-teaser.js'),
  },
);
