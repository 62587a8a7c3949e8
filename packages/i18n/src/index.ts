export {
  useI18n,
  getI18n,
  addTranslations,
  loadLocale,
  isLocaleLoaded,
  translate,
  setLocale,
  followedLanguage,
  followedTag,
  translationListeners,
  onTranslationsChange,
  NAMESPACE,
} from './instance.js';
export type { SetLocaleOptions } from './instance.js';
export { LocalizeController } from './controller.js';
export { normalizeLocale, fallbackChain, DEFAULT_LOCALE } from './normalize.js';
export { resolveLocale, resolveTag, closestLang } from './resolve.js';
export { formatDate, formatNumber, directionOf } from './format.js';
export { locales } from './locales.js';
export { pseudoLocalize, pseudoLocalizeString } from './pseudo.js';
export type { HostI18n, LocaleInfo, PluralForm, TranslationKey, Translations, TranslationOverrides } from './types.js';
