import type { LocaleInfo, Translations } from './types.js';
import en from './translations/en.js';

/** The locales Apiary ships element strings for, in the order a locale switcher offers them. */
export const locales: readonly LocaleInfo[] = [
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'zh-Hans', endonym: '简体中文', dir: 'ltr' },
  { code: 'zh-Hant', endonym: '繁體中文', dir: 'ltr' },
  { code: 'fr', endonym: 'Français', dir: 'ltr' },
  { code: 'es', endonym: 'Español', dir: 'ltr' },
  { code: 'pt', endonym: 'Português', dir: 'ltr' },
  { code: 'pt-BR', endonym: 'Português (Brasil)', dir: 'ltr' },
  { code: 'it', endonym: 'Italiano', dir: 'ltr' },
  { code: 'ja', endonym: '日本語', dir: 'ltr' },
  { code: 'ko', endonym: '한국어', dir: 'ltr' },
  { code: 'hi', endonym: 'हिन्दी', dir: 'ltr' },
  { code: 'sw', endonym: 'Kiswahili', dir: 'ltr' },
  { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'en-XA', endonym: '[Ƥšéûðö Éñĝļîšĥ]', dir: 'ltr', pseudo: true },
];

/** English is bundled (it is the fallback); every other locale loads on first use. */
export const bundled: Record<string, Translations> = { en };

type Loader = () => Promise<{ default: Translations }>;

/**
 * One dynamic import per locale, so a bundler splits each into its own chunk and a page fetches
 * only the locales its elements resolve to (plus their fallbacks, e.g. `pt-BR` → `pt`).
 */
export const loaders: Record<string, Loader> = {
  'zh-Hans': () => import('./translations/zh-Hans.js'),
  'zh-Hant': () => import('./translations/zh-Hant.js'),
  fr: () => import('./translations/fr.js'),
  es: () => import('./translations/es.js'),
  pt: () => import('./translations/pt.js'),
  'pt-BR': () => import('./translations/pt-BR.js'),
  it: () => import('./translations/it.js'),
  ja: () => import('./translations/ja.js'),
  ko: () => import('./translations/ko.js'),
  hi: () => import('./translations/hi.js'),
  sw: () => import('./translations/sw.js'),
  ar: () => import('./translations/ar.js'),
  'en-XA': () => import('./translations/en-XA.js'),
};
