// The site's i18next (server only: the prerender and the dev server; the client never loads it).
// The typed content modules (content/<locale>.ts) are its resources, one `site` namespace per
// locale; Apiary follows it (`useI18n`), so the elements render through the same instance, their
// strings (with the site's overrides, src/strings.ts) in its `apiary` namespace.
import i18next, { type i18n as I18n } from 'i18next';
import { setLocale, useI18n } from '@apiary/i18n';
import { sites, type SiteContent } from '../content/index.js';

/** The namespace of the site's own copy; Apiary's strings live in `apiary`. */
export const NAMESPACE = 'site';

/** The page copy: everything in `SiteContent` but the locale's settings (read as `page.site.lang` and so on). */
export type Copy = Omit<SiteContent, 'lang' | 'ogLocale' | 'base'>;

/** Every key of the copy, as a dotted path: `hero.title`, `banner` (an object), `intro` (an array). */
export type CopyKey<T = Copy, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly unknown[]
    ? `${P}${K}`
    : `${P}${K}` | CopyKey<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The type at a dotted path of `T`. */
export type CopyAt<K extends string, T = Copy> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? CopyAt<Rest, T[Head]>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** The page's `t`: a key of the copy (a wrong one fails the typecheck) → its string, array or object. */
export type SiteT = <K extends CopyKey>(key: K) => CopyAt<K>;

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(sites.map((site) => [site.lang, { [NAMESPACE]: site }])),
  lng: sites[0]!.lang,
  // Every locale has all of the copy (the compiler sees to it): nothing to fall back to.
  fallbackLng: false,
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  // The resources are all here: init is synchronous.
  initAsync: false,
  keySeparator: '.',
  nsSeparator: false,
  // Lit escapes what it renders; escaping here too would show `&amp;`.
  interpolation: { escapeValue: false },
});
useI18n(i18n);

/**
 * Sets the locale of the page about to render: Apiary's strings for it are loaded and the instance
 * (so every element without a `lang` of its own) switches to it. Returns the page's `t`, fixed to
 * that locale whatever the instance's language later.
 */
export async function localize(lang: string): Promise<SiteT> {
  await setLocale(lang);
  const fixed = i18n.getFixedT(lang, NAMESPACE);
  return ((key: string) => {
    // A key the compiler let through but a locale lacks (a content module cast its way past the
    // type) fails the build rather than printing the key.
    if (!i18n.exists(key, { lng: lang, ns: NAMESPACE })) throw new Error(`${lang}: no site copy at "${key}"`);
    return fixed(key, { returnObjects: true });
  }) as SiteT;
}
