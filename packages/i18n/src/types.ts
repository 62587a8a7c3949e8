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

type Dotted<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${PluralForm}` ? B : K}`
    : Dotted<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key an element may ask for, from `en` (`projectGrid.count` for `count_one`/`count_other`): a typo fails the typecheck. */
export type TranslationKey = Dotted<typeof en>;

/**
 * What Apiary uses of a host's i18next instance (`useI18n`): a structural type of Apiary's own, so
 * no published type imports i18next. Any i18next from 23 to 27 fits.
 */
export interface HostI18n {
  readonly language?: string;
  t(key: string, options: Record<string, unknown>): unknown;
  changeLanguage(language: string): Promise<unknown>;
  addResourceBundle(
    language: string,
    namespace: string,
    resources: object,
    deep?: boolean,
    overwrite?: boolean,
  ): unknown;
  hasResourceBundle(language: string, namespace: string): boolean;
  on(event: 'languageChanged', listener: (language: string) => void): unknown;
  off(event: 'languageChanged', listener?: (language: string) => void): unknown;
  readonly store: {
    on(event: 'added', listener: (language: string, namespace: string) => void): unknown;
    off(event: 'added', listener?: (language: string, namespace: string) => void): unknown;
  };
}
