import * as v from 'valibot';

/**
 * A URL the elements may link to or load: http, https, mailto or relative. The same rule as
 * `safeUrl()` (which every rendered URL still goes through), written as one regular expression so
 * the published JSON Schema can carry it as a `pattern`: optional leading whitespace, then an
 * allowed scheme, or no colon before the first `/`, `?` or `#` (a relative URL). Anything with
 * another scheme — `javascript:`, `data:`, `vbscript:`, `java\tscript:` — does not match.
 */
export const SAFE_URL_PATTERN =
  /^\s*(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[/?#]|[^\s:/?#][^:/?#]*(?:[/?#]|$))/;

/** A string holding a safe URL (see `SAFE_URL_PATTERN`), as the elements' own schemas check it. */
export const SafeUrlString = v.pipe(
  v.string(),
  v.regex(SAFE_URL_PATTERN, 'Unsafe or empty URL: only http, https, mailto and relative URLs are allowed'),
);

/**
 * A string field holding a safe URL (see `SAFE_URL_PATTERN`), with a `description` for other
 * schemas. The elements' own schemas use `SafeUrlString`, which gives none (the JSON Schema build
 * adds theirs), so they ship neither the words nor valibot's `description`.
 */
export function safeUrlField(description?: string) {
  // The same flat pipe as before there was `SafeUrlString`: string, pattern, description.
  return description === undefined
    ? SafeUrlString
    : v.pipe(v.string(), SafeUrlString.pipe[1], v.description(description));
}
