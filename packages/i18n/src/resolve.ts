import { DEFAULT_LOCALE, normalizeLocale } from './normalize.js';
import { followedLanguage } from './instance.js';

/** The nearest non-empty `lang` from the element up, crossing shadow roots, stopping below `<html>`. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null | undefined = element;
  while (node && node.localName !== 'html') {
    const lang = node.getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
  }
  return undefined;
}

/**
 * An element's locale, normalized: its own `lang` → the closest ancestor's `lang` (crossing shadow
 * roots, below `<html>`) → the language set on purpose (`setLocale`, or a followed host i18next's)
 * → `<html lang>` → `en`. Under server rendering there are no ancestors: the element's own `lang` or
 * the server's locale set with `setLocale` decides.
 */
export function resolveLocale(element: Element): string {
  const tag =
    closestLang(element) ??
    followedLanguage() ??
    (globalThis.document?.documentElement?.getAttribute('lang') || undefined);
  return tag ? normalizeLocale(tag) : DEFAULT_LOCALE;
}
