import en from './en.js';
import fr from './fr.js';
import zhHans from './zh-hans.js';
import type { SiteContent } from './types.js';

/** Every locale of the site, the default (unprefixed) one first. */
export const sites: SiteContent[] = [en, zhHans, fr];
export type { SiteContent };
