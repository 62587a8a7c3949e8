import { hydrate } from './start.js';

await hydrate(() => [import('@apiary/elements/banner.js'), import('@apiary/elements/locale-switcher.js')]);
