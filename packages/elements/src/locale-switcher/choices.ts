import { directionOf, locales as shipped, normalizeLocale } from '@apiary/i18n';
import { canonicalTag, indexFor, language } from './urls.js';

/** One locale the switcher offers. */
export interface Choice {
  /** The tag as the author wrote it, canonical case: `fr-FR`. Goes into events, storage, `<html lang>` and URLs. */
  tag: string;
  /** The name of the locale in its own language. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Navigate mode: where this locale's version of the page is. */
  url?: string;
}

/** What Apiary ships for a locale code. */
const infoOf = (code: string) => shipped.find((l) => l.code === code);

/** A tag's name in its own language, capitalized as a menu item starts (`Österreichisches Deutsch`); else the tag. */
function nameOf(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * The locales for `tags` (in their order, canonical, each once, invalid ones left out), each named
 * in its own language. `urlFor` (navigate mode) finds a locale's URL, given every offered tag.
 */
export function choicesFor(
  tags: readonly string[],
  urlFor?: (tag: string, offered: string[]) => string | undefined,
): Choice[] {
  const canonical = [...new Set(tags.map((t) => canonicalTag(t) ?? '').filter(Boolean))];
  const codes = canonical.map((t) => normalizeLocale(t));
  return canonical.map((tag, i) => {
    const code = codes[i]!;
    const info = infoOf(code);
    // A shipped locale's endonym, unless two offered tags share it (`en-GB` and `en-US`).
    const unique = codes.indexOf(code) === codes.lastIndexOf(code);
    const choice: Choice = {
      tag,
      name: info && (unique || tag === code) ? info.endonym : nameOf(tag),
      dir: info?.dir ?? directionOf(tag),
    };
    const url = urlFor?.(tag, canonical);
    if (url) choice.url = url;
    return choice;
  });
}

/** The locale in force where the switcher does not offer it, still named: by its shipped endonym, else as `Intl` names it. */
export const unofferedChoice = (tag: string): Choice => ({
  tag,
  name: infoOf(normalizeLocale(tag))?.endonym ?? nameOf(tag),
  dir: directionOf(tag),
});

/** Where the locale in force is among `choices`: the same tag, else the same Apiary locale (`fr` for `fr-CA`); -1 for none. */
export function currentIndex(tag: string, choices: readonly Choice[]): number {
  const lower = tag.toLowerCase();
  const exact = choices.findIndex((c) => c.tag.toLowerCase() === lower);
  if (exact >= 0) return exact;
  const code = normalizeLocale(tag);
  return choices.findIndex((c) => normalizeLocale(c.tag) === code);
}

/** The best offered locale for a list of preferences: the same tag, the same Apiary locale, the same language; -1 for none. */
export function bestMatch(preferences: readonly string[], choices: readonly Choice[]): number {
  for (const preference of preferences) {
    const tag = canonicalTag(preference);
    if (!tag) continue;
    const same = indexFor(tag, choices);
    if (same >= 0) return same;
    const base = choices.findIndex((c) => language(c.tag) === language(tag));
    if (base >= 0) return base;
  }
  return -1;
}
