import { describedField, patternString } from './pattern.js';

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
export const SafeUrlString = patternString(
  SAFE_URL_PATTERN,
  'Unsafe or empty URL: only http, https, mailto and relative URLs are allowed',
);

/** A string field holding a safe URL (see `SAFE_URL_PATTERN`), with a `description` for other schemas (see `describedField`). */
export const safeUrlField = (description?: string) => describedField(SafeUrlString, description);
