import i18next, { type i18n as I18n } from 'i18next';
import { bundled, loaders } from './locales.js';
import { directionOf, formatNumber } from './format.js';
import { fallbackChain, normalizeLocale, registerKnownLocale } from './normalize.js';
import type { TranslationOverrides } from './types.js';

/** The i18next namespace that holds Apiary's element strings, apart from a host's own keys. */
export const NAMESPACE = 'apiary';

/**
 * Apiary's own i18next instance, used unless a host hands over its instance with `useI18n`.
 * It starts with no language: until someone calls `changeLanguage`, elements follow the page.
 */
export const i18n: I18n = i18next.createInstance();
i18n.init({
  initAsync: false,
  fallbackLng: false,
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  resources: {},
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The options of a `{{value, number(…)}}` format that `Intl.NumberFormat` reads. */
const NUMBER_OPTIONS = [
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'numberingSystem',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingMode',
  'roundingPriority',
  'roundingIncrement',
  'trailingZeroDisplay',
] as const;

// i18next's built-in `number` format keys its cached formatters on every option of the t() call,
// serialized per call (~35 µs: most of what a 1,000-card grid's star counts cost). This one keys
// on the Intl options alone; the same options reach the same Intl.NumberFormat, so the same text.
i18n.services.formatter?.add('number', (value: unknown, lng: string | undefined, options: Record<string, unknown>) => {
  const intl: Record<string, unknown> = {};
  for (const name of NUMBER_OPTIONS) if (options[name] !== undefined) intl[name] = options[name];
  return formatNumber(Number(value), lng ?? 'en', intl as Intl.NumberFormatOptions);
});

let current: I18n = i18n;
/** True once the followed instance's language was set on purpose (see `followedLanguage`). */
let explicit = false;
const overrides = new Map<string, TranslationOverrides[]>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

const notify = () => {
  countForms.clear();
  for (const listener of [...listeners]) listener();
};
const onLanguageChanged = () => {
  explicit = true;
  notify();
};

function install(instance: I18n): void {
  for (const [code, strings] of Object.entries(bundled)) {
    instance.addResourceBundle(code, NAMESPACE, strings, true, false);
  }
  for (const [code, list] of overrides) {
    for (const strings of list) instance.addResourceBundle(code, NAMESPACE, strings, true, true);
  }
}

function bind(instance: I18n): void {
  instance.on('languageChanged', onLanguageChanged);
  instance.store.on('added', notify);
}

function unbind(instance: I18n): void {
  instance.off('languageChanged', onLanguageChanged);
  instance.store.off('added', notify);
}

install(i18n);
bind(i18n);

/**
 * Makes Apiary follow a host's i18next instance instead of its own: element strings are added to
 * it under the `apiary` namespace and its language drives every element without a `lang` of its
 * own. Apiary never creates a second language state.
 */
export function useI18n(instance: I18n): void {
  if (instance === current) return;
  unbind(current);
  current = instance;
  loading.clear();
  install(instance);
  bind(instance);
  explicit = Boolean(instance.language);
  notify();
}

/** The i18next instance Apiary follows now. */
export function getI18n(): I18n {
  return current;
}

/**
 * The followed instance's language, normalized, when it was set on purpose: a host passed its
 * instance or somebody called `changeLanguage`. Otherwise undefined, and the page decides.
 */
export function followedLanguage(): string | undefined {
  // `language` first: i18next's `resolvedLanguage` is the first language *with strings*, which is
  // `en` for `en-XA` (or `pt` for `pt-BR`) until that locale's strings have loaded — and they only
  // load once an element resolves to it. `normalizeLocale` already reduces `de-AT` to `de`.
  const lng = current.language ?? current.resolvedLanguage;
  return explicit && lng && lng !== 'cimode' ? normalizeLocale(lng) : undefined;
}

/**
 * Adds or overrides element strings for a locale (any subset of the keys). Applied to the followed
 * instance now and to any instance followed later; a later lazy load never overwrites them.
 */
export function addTranslations(locale: string, strings: TranslationOverrides): void {
  // Register the tag first, so a locale neither Apiary nor the platform knows still counts.
  const [canonical] = Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  if (!canonical) throw new TypeError(`addTranslations: not a locale tag: ${locale}`);
  registerKnownLocale(canonical);
  const code = normalizeLocale(canonical);
  overrides.set(code, [...(overrides.get(code) ?? []), strings]);
  current.addResourceBundle(code, NAMESPACE, strings, true, true);
}

/** True when every locale in the fallback chain of `code` that Apiary ships is loaded. */
export function isLocaleLoaded(code: string): boolean {
  return fallbackChain(code).every((c) => !(c in loaders) || current.hasResourceBundle(c, NAMESPACE));
}

/**
 * Loads the shipped strings of a locale (and its fallbacks) into the followed instance.
 * Resolves at once when they are there already; elements re-render when it lands.
 * Prerendering awaits it before rendering so that server output and hydration agree.
 */
export function loadLocale(locale: string): Promise<void> {
  const code = normalizeLocale(locale);
  const pending = fallbackChain(code)
    .filter((c) => c in loaders && !current.hasResourceBundle(c, NAMESPACE))
    .map((c) => {
      let promise = loading.get(c);
      if (!promise) {
        const target = current;
        promise = loaders[c]!().then(({ default: strings }) => {
          target.addResourceBundle(c, NAMESPACE, strings, true, false);
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

/**
 * Translates `key` of the `apiary` namespace for a normalized locale, with its fallback chain.
 * `keySeparator` is given because Apiary's keys are dotted paths whatever the followed instance
 * says, and because without it i18next tests every key with a regular expression for "natural
 * language" keys (the largest cost of a grid re-render's strings).
 */
export function translate(code: string, key: string, options: Record<string, unknown> = {}): string {
  const { count } = options;
  const simple = current === i18n && typeof count === 'number' && Object.keys(options).length === 1;
  const counted = simple ? translateCount(code, key, count) : undefined;
  if (counted !== undefined) return counted;
  return current.t(key, {
    ...options,
    ns: NAMESPACE,
    keySeparator: '.',
    lng: code,
    lngs: fallbackChain(code),
    // Apiary's own instance formats numbers with its own cache (see above); a host's needs this.
    formatParams: current === i18n ? options.formatParams : formatParams(options),
  });
}

// `…{{count, number}}…` and nothing else that i18next would expand (no other `{{…}}`, no `$t(…)`).
const COUNT_ONLY = /^((?:(?!\{\{|\}\}|\$t\().)*)\{\{\s*count\s*,\s*number\s*\}\}((?:(?!\{\{|\}\}|\$t\().)*)$/s;
/** Plural forms by locale, key and plural class: the text around the number, or null for t(). */
const countForms = new Map<string, [string, string] | null>();

/**
 * `translate(code, key, { count })` for a list's many counts ("23,725 stars" on each of 1,000
 * cards): i18next's t() costs tens of µs a call, most of it interpolation. The plural form
 * depends only on each fallback locale's plural category of the count (and on `_zero` for 0),
 * so the form is looked up once per such class; when it is `…{{count, number}}…` and nothing
 * else, the number is filled in with the same Intl format the `number` formatter above uses.
 * Any other form is left to t() (undefined). The forms are forgotten when strings change.
 */
function translateCount(code: string, key: string, count: number): string | undefined {
  const lngs = fallbackChain(code);
  const plurals = current.services.pluralResolver;
  const id = `${code}|${key}|${count === 0}|${lngs.map((lng) => plurals.getSuffix(lng, count)).join()}`;
  let form = countForms.get(id);
  if (form === undefined) {
    const raw = current.t(key, { count, ns: NAMESPACE, keySeparator: '.', lng: code, lngs, skipInterpolation: true });
    const parts = COUNT_ONLY.exec(raw);
    form = parts ? [parts[1]!, parts[2]!] : null;
    countForms.set(id, form);
  }
  return form ? form[0] + formatNumber(count, code) + form[1] : undefined;
}

/**
 * A host's i18next instance caches its `Intl` formatters by the call's options, value included,
 * unless the value's `formatParams` entry is set: without one, every `{{count, number}}` with a
 * new count built a new `Intl.NumberFormat` (a 1,000-card grid spent ~50 ms on that). An empty
 * entry changes no output.
 */
function formatParams(options: Record<string, unknown>): Record<string, unknown> | undefined {
  let params = options.formatParams as Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'number' && !params?.[name]) params = { ...params, [name]: {} };
  }
  return params;
}

export interface SetLocaleOptions {
  /** Also set `<html lang dir>` (default true). False leaves the host document alone. */
  document?: boolean;
}

let switching = 0;

/**
 * Switches the language of the i18next instance Apiary follows, so every Apiary element without a
 * `lang` of its own (or above it, below `<html>`) re-renders in that locale. The locale's strings
 * load first, so nothing flashes in English; of overlapping calls the last one wins. With
 * `document` (the default) it also sets `<html lang>` and `<html dir>`. Rejects when the strings
 * fail to load, and then changes nothing.
 */
export async function setLocale(locale: string, options: SetLocaleOptions = {}): Promise<void> {
  const [tag] = Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  if (!tag) throw new RangeError(`setLocale: not a locale tag: ${locale}`);
  const code = normalizeLocale(tag);
  const ticket = ++switching;
  await loadLocale(code);
  if (ticket !== switching) return;
  const root = options.document === false ? undefined : globalThis.document?.documentElement;
  if (root) {
    root.lang = tag;
    root.dir = directionOf(code);
  }
  await current.changeLanguage(tag);
}
