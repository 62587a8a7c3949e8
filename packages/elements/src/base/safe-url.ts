const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces, so
// `java\tscript:` is `javascript:`: look at the scheme the way the URL parser will.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Returns the URL when it is http, https, mailto or relative; otherwise undefined.
 * Used for every URL that comes from attributes or data.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED, ''))?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) return undefined;
  return trimmed;
}
