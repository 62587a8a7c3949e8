import * as v from 'valibot';

/** A string a regular expression checks (`IsoDateString`, `SafeUrlString`), as the elements' own schemas use it. */
export const patternString = (pattern: RegExp, message: string) => v.pipe(v.string(), v.regex(pattern, message));

/**
 * `base` as a field with a `description`, for other schemas. The elements' own schemas use `base`,
 * which gives none (the JSON Schema build adds theirs), so they ship neither the words nor
 * valibot's `description`.
 */
export function describedField(base: ReturnType<typeof patternString>, description?: string) {
  // The same flat pipe as before there were base strings: string, pattern, description.
  return description === undefined ? base : v.pipe(v.string(), base.pipe[1], v.description(description));
}
