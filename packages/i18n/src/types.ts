import type en from './translations/en.js';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
type Partial2<T> = { [K in keyof T]?: T[K] extends string ? string : Partial2<T[K]> };

/** The full set of element strings; every shipped locale provides all of it. */
export type Translations = Strings<typeof en>;

/** What a host may pass to `addTranslations`: any subset of the keys. */
export type TranslationOverrides = Partial2<Translations>;

/** Metadata of a locale Apiary knows. */
export interface LocaleInfo {
  /** Normalized BCP 47 tag, e.g. `zh-Hans`. */
  code: string;
  /** The locale's name in its own language, e.g. `简体中文`. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}
