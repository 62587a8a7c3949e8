/** Dates without a time (`2021-05-04`, `2021-05`, `2021`) are calendar days: formatted in UTC so they never shift. */
const DATE_ONLY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Formats a date in `locale`; returns '' for a value that is not a date. */
export function formatDate(
  value: string | number | Date,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const opts = typeof value === 'string' && DATE_ONLY.test(value.trim()) ? { ...options, timeZone: 'UTC' } : options;
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, opts)).format(date);
}

/** Formats a number in `locale`. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // fall through to the table
  }
  return RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
