import type en from './translations/en.js';

/** i18next plural suffixes (`key_one`, `key_other`, …), one per `Intl.PluralRules` category. */
export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Plural<B extends string> = `${B}_${PluralForm}`;
type BaseOf<K> = K extends `${infer B}_${PluralForm}` ? B : never;

/**
 * The shape of `en` with its plural keys opened up: English has `stars_one`/`stars_other`, but
 * Japanese needs only `stars_other` and Arabic all six forms. Every locale gives `_other`; which
 * other forms it gives is checked against `Intl.PluralRules` by the completeness test.
 */
type Strings<T> = {
  [K in keyof T as K extends Plural<string> ? never : K]: T[K] extends string ? string : Strings<T[K]>;
} & { [K in keyof T as `${BaseOf<K> & string}_other`]: string } & {
  [K in keyof T as Plural<BaseOf<K> & string>]?: string;
};

type Overrides<T> = {
  [K in keyof T as K extends Plural<string> ? never : K]?: T[K] extends string ? string : Overrides<T[K]>;
} & { [K in keyof T as Plural<BaseOf<K> & string>]?: string };

/** The full set of element strings; every shipped locale provides all of it. */
export type Translations = Strings<typeof en>;

/** What a host may pass to `addTranslations`: any subset of the keys. */
export type TranslationOverrides = Overrides<typeof en>;

/** Metadata of a locale Apiary knows. */
export interface LocaleInfo {
  /** Normalized BCP 47 tag, e.g. `zh-Hans`. */
  code: string;
  /** The locale's name in its own language, e.g. `简体中文`. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** A pseudo-locale for testing (`en-XA`): offered in Storybook, not by the locale switcher unless asked for. */
  pseudo?: boolean;
}
