import { bundled, loaders } from './locales.js';
import { directionOf } from './format.js';
import { fallbackChain, normalizeLocale, registerKnownLocale } from './normalize.js';
import { addOverrides, addShipped, interpolate, lookup } from './store.js';
import type { HostI18n, TranslationKey, TranslationOverrides } from './types.js';

/** The i18next namespace Apiary's strings live in on a host's instance, apart from the host's own keys. */
export const NAMESPACE = 'apiary';

/** A tag as `Intl` writes it (`pt_br` → `pt-BR`); `Intl` throws a RangeError for what is not one. */
const canonicalTag = (locale: string) => Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0]!;

/** A host's i18next, when one was handed over with `useI18n`; otherwise Apiary's own store answers. */
let host: HostI18n | undefined;
/** The language set on purpose with `setLocale` (Apiary's own), and a followed host's. */
let own: string | undefined;
let hostLanguage: string | undefined;
/** Shipped strings by locale as they arrive (English bundled), for a host followed later too. */
const shipped = new Map<string, object>(Object.entries(bundled));
const overrides = new Map<string, object[]>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

for (const [code, strings] of shipped) addShipped(code, strings);

const notify = () => {
  for (const listener of [...listeners]) listener();
};
const onLanguageChanged = (lng: string) => {
  hostLanguage = lng;
  notify();
};

/** Apiary's strings into a host's `apiary` namespace: shipped ones under the host's own, additions over them. */
function install(target: HostI18n, code: string, strings: object, overwrite: boolean): void {
  target.addResourceBundle(code, NAMESPACE, strings, true, overwrite);
}

/**
 * Makes Apiary follow a host's i18next instance (i18next 23 to 27): Apiary's strings are added to
 * it under the `apiary` namespace (strings the host put there first win), its language drives
 * every element without a `lang` of its own, and its `t` renders Apiary's strings. Apiary keeps
 * no second language state. `useI18n(undefined)` goes back to Apiary's own store.
 */
export function useI18n(instance: HostI18n | undefined): void {
  if (instance === host) return;
  host?.off('languageChanged', onLanguageChanged);
  host?.store.off('added', notify);
  host = instance;
  hostLanguage = instance?.language || undefined;
  if (instance) {
    for (const [code, strings] of shipped) install(instance, code, strings, false);
    for (const [code, list] of overrides) for (const strings of list) install(instance, code, strings, true);
    instance.on('languageChanged', onLanguageChanged);
    instance.store.on('added', notify);
  }
  notify();
}

/** The host's i18next instance Apiary follows, or undefined while Apiary uses its own store. */
export function getI18n(): HostI18n | undefined {
  return host;
}

/** The language set on purpose, as it was given (`pt-BR`, `de-AT`): by `setLocale`, or a followed host's. */
export function followedTag(): string | undefined {
  const tag = host ? hostLanguage : own;
  return tag && tag !== 'cimode' ? tag : undefined;
}

/**
 * The language set on purpose, normalized (`de-AT` → `de`): by `setLocale`, or a followed host's.
 * Otherwise undefined, and the page decides.
 */
export function followedLanguage(): string | undefined {
  const tag = followedTag();
  return tag ? normalizeLocale(tag) : undefined;
}

/**
 * Adds or overrides element strings for a locale (any subset of the keys). Kept for any instance
 * followed later; a later lazy load never overwrites them.
 */
export function addTranslations(locale: string, strings: TranslationOverrides): void {
  // Register the tag first, so a locale neither Apiary nor the platform knows still counts.
  const canonical = canonicalTag(locale);
  registerKnownLocale(canonical);
  const code = normalizeLocale(canonical);
  overrides.set(code, [...(overrides.get(code) ?? []), strings]);
  addOverrides(code, strings);
  if (host) install(host, code, strings, true);
  else notify();
}

/** True when every locale in the fallback chain of `code` that Apiary ships is loaded. */
export function isLocaleLoaded(code: string): boolean {
  return fallbackChain(code).every((c) => !(c in loaders) || shipped.has(c));
}

/**
 * Loads the shipped strings of a locale (and its fallbacks). Resolves at once when they are there
 * already; elements re-render when it lands. A prerender awaits it (through `setLocale`) before
 * rendering, so that server output and hydration agree.
 */
export function loadLocale(locale: string): Promise<void> {
  const code = normalizeLocale(locale);
  const pending = fallbackChain(code)
    .filter((c) => c in loaders && !shipped.has(c))
    .map((c) => {
      let promise = loading.get(c);
      if (!promise) {
        promise = loaders[c]!().then(({ default: strings }) => {
          shipped.set(c, strings);
          addShipped(c, strings);
          if (host) install(host, c, strings, false);
          else notify();
        });
        promise.catch(() => loading.delete(c));
        loading.set(c, promise);
      }
      return promise;
    });
  return Promise.all(pending).then(() => undefined);
}

/** Subscribes to anything that can change what an element shows; returns the unsubscriber. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many subscribers there are (the leak suite checks that disconnected elements leave none). */
export function translationListeners(): number {
  return listeners.size;
}

const chains = new Map<string, string[]>();

/**
 * Translates `key` for a normalized locale along its fallback chain (`pt-BR` → `pt` → `en`), with
 * `count` picking the plural form and `{{…}}` filled from `options`. With a host's i18next, its
 * `t` does it: keys are dotted paths whatever the host says, values are inserted as text (never
 * HTML-escaped, never read for `$t(…)`), whatever the host's interpolation defaults.
 */
export function translate(code: string, key: TranslationKey, options: Record<string, unknown> = {}): string {
  let lngs = chains.get(code);
  if (!lngs) chains.set(code, (lngs = fallbackChain(code)));
  if (host) {
    return String(
      host.t(key, {
        ...options,
        ns: NAMESPACE,
        keySeparator: '.',
        lng: code,
        lngs,
        interpolation: { escapeValue: false, skipOnVariables: true },
      }),
    );
  }
  const { count } = options;
  const text = lookup(lngs, key, typeof count === 'number' ? count : undefined);
  return text === undefined ? key : interpolate(text, options, code);
}

export interface SetLocaleOptions {
  /** Also set `<html lang dir>` (default true). False leaves the host document alone. */
  document?: boolean;
}

let switching = 0;

/**
 * Switches every Apiary element without a `lang` of its own (or above it, below `<html>`) to a
 * locale — the followed host i18next's language, when there is one. The locale's strings load
 * first, so nothing flashes in English; of overlapping calls the last one wins. With `document`
 * (the default) it also sets `<html lang>` and `<html dir>`. Rejects when the strings fail to load,
 * and then changes nothing.
 *
 * It is also how a server render sets its locale: `await setLocale('zh-Hans')` before rendering
 * (there is no document there to touch).
 */
export async function setLocale(locale: string, options: SetLocaleOptions = {}): Promise<void> {
  const tag = canonicalTag(locale);
  const code = normalizeLocale(tag);
  const ticket = ++switching;
  await loadLocale(code);
  if (ticket !== switching) return;
  const root = options.document === false ? undefined : globalThis.document?.documentElement;
  if (root) {
    root.lang = tag;
    root.dir = directionOf(code);
  }
  if (host) await host.changeLanguage(tag);
  else {
    own = tag;
    notify();
  }
}
