import { loaders, bundled } from './locales.js';

export const DEFAULT_LOCALE = 'en';

/** Tags with strings registered at run time (`addTranslations`) count as known, like shipped ones. */
const extraKnown = new Set<string>();

export function registerKnownLocale(code: string): void {
  extraKnown.add(code);
}

function isApiaryLocale(code: string): boolean {
  return code in bundled || code in loaders || extraKnown.has(code);
}

function platformKnows(language: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
  } catch {
    return false;
  }
}

/**
 * Normalizes any BCP 47 tag to the granularity Apiary localizes at:
 * Chinese by script (`zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`), a region only when Apiary
 * has strings for exactly that region (e.g. `pt-BR`), otherwise the bare language
 * (`fr-CA` → `fr`, `pt-PT` → `pt`). Tags that are invalid or that neither Apiary nor the
 * platform knows give `en`.
 */
export function normalizeLocale(tag: string | null | undefined): string {
  const raw = (tag ?? '').trim().replace(/_/g, '-');
  if (!raw) return DEFAULT_LOCALE;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(raw);
  } catch {
    return DEFAULT_LOCALE;
  }
  const { language, region } = locale;
  if (language === 'und') return DEFAULT_LOCALE;
  if (language === 'zh') {
    const script = locale.script ?? locale.maximize().script ?? 'Hans';
    return script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  }
  if (region && isApiaryLocale(`${language}-${region}`)) return `${language}-${region}`;
  if (isApiaryLocale(language) || platformKnows(language)) return language;
  return DEFAULT_LOCALE;
}

/** The locales to try for a normalized locale, most specific first, always ending in `en`. */
export function fallbackChain(code: string): string[] {
  const chain = [code];
  const language = code.split('-')[0] ?? code;
  if (language !== code && language !== 'zh') chain.push(language);
  if (code === 'zh-Hant') chain.push('zh-Hans');
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE);
  return chain;
}
