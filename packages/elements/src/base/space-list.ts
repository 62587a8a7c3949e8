import type { ComplexAttributeConverter } from 'lit';

/** The words of a space-separated attribute, each through `map`, without repeats. */
export function parseList(value: string | null | undefined, map: (word: string) => string = String): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean).map(map))];
}

/**
 * The one converter of a space-separated attribute and its `string[]` property (`areas`,
 * `sources`, `locales`): words without repeats, each through `map`; a reflected property writes
 * them back joined by spaces, an empty list as no attribute.
 */
export const spaceList = (map?: (word: string) => string): ComplexAttributeConverter<string[]> => ({
  fromAttribute: (value) => parseList(value, map),
  toAttribute: (value) => (value.length ? value.join(' ') : null),
});
