// Dates as feeds write them (ISO 8601, as precise as the author knew: `2021`, `2021-08`,
// `2021-08-19`, or with a time), for every element that shows dated items.

/** How precise a valid ISO date is: formatting shows no more than it says. */
export function datePrecision(date: string): 'year' | 'month' | 'day' | 'time' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : date.length === 10 ? 'day' : 'time';
}

/** Milliseconds since the epoch, for sorting; date-only values count from UTC midnight. */
export function dateValue(date: string): number {
  const time = Date.parse(date.length === 4 ? `${date}-01-01` : date);
  return Number.isNaN(time) ? 0 : time;
}

/** Dated items in date order, newest first (`oldest`: oldest first); equal dates keep their order. */
export function byDate<T extends { date: string }>(items: readonly T[], oldest = false): T[] {
  const sign = oldest ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, time: dateValue(item.date) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : sign * (a.time - b.time)))
    .map(({ item }) => item);
}

/**
 * A feed date, localized, no more precise than written: `2021`, `August 2021`, or a day in
 * `dateStyle` (a time is not shown). The date as written when it cannot be formatted.
 */
export function formatFeedDate(
  localize: { date(value: string, options: Intl.DateTimeFormatOptions): string },
  date: string,
  dateStyle: 'medium' | 'long',
): string {
  const precision = datePrecision(date);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { dateStyle };
  return localize.date(date, options) || date;
}
