import { normalizeLocale } from './normalize.js';
import { followedTag } from './instance.js';

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
 * The tag an element's locale comes from, as written (`pt-BR`, `de-AT`): its nearest `lang` (its own
 * or an ancestor's, crossing shadow roots, below `<html>`) → `followed` → `<html lang>`; undefined
 * when none is set. `resolveLocale` passes the language set on purpose (`followedTag()`) as
 * `followed`; without it, the page's own `lang` attributes decide.
 */
export function resolveTag(element: Element, followed?: string): string | undefined {
  return closestLang(element) ?? followed ?? (globalThis.document?.documentElement?.getAttribute('lang') || undefined);
}

/**
 * An element's locale, normalized: its own `lang` → the closest ancestor's `lang` (crossing shadow
 * roots, below `<html>`) → the language set on purpose (`setLocale`, or a followed host i18next's)
 * → `<html lang>` → `en`. Under server rendering there are no ancestors: the element's own `lang` or
 * the server's locale set with `setLocale` decides.
 */
export function resolveLocale(element: Element): string {
  // No tag at all normalizes to the default, `en`.
  return normalizeLocale(resolveTag(element, followedTag()));
}
