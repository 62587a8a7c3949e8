import type { LocaleInfo, Translations } from './types.js';
import en from './translations/en.js';

/** The locales Apiary ships element strings for. */
export const locales: readonly LocaleInfo[] = [
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'zh-Hans', endonym: '简体中文', dir: 'ltr' },
];

/** English is bundled (it is the fallback); every other locale loads on first use. */
export const bundled: Record<string, Translations> = { en };

export const loaders: Record<string, () => Promise<{ default: Translations }>> = {
  'zh-Hans': () => import('./translations/zh-Hans.js'),
};
