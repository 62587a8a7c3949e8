// First module of every page's hydration (see start.ts): Lit's hydration support must load before
// any element module, or Lit would render a second copy into the server-rendered shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLocale } from '@apiary/i18n';
// The site's wording of element strings, as the server rendered them (into Apiary's own store:
// the client loads no i18next).
import '../strings.js';

/** Loads the page's strings, so elements hydrate in the language the server rendered. */
export const ready = loadLocale(document.documentElement.lang);
