// Pure, DOM-free helpers behind <apiary-talk-list>: ordering, limiting and grouping talks.
import { byDate } from '../base/dates.js';
import type { Talk } from '../schemas/talk.js';

export type GroupBy = 'year' | 'event' | 'none';
export type Order = 'newest' | 'oldest';

export interface TalkGroup {
  /** `year:2021`, `event:<name>`, `event:` (talks without an event) or `all`. */
  key: string;
  /** The year (`2021`) or the event name; empty for talks without an event and for `all`. */
  label: string;
  items: Talk[];
}

export const toGroupBy = (value: unknown): GroupBy => (value === 'event' || value === 'none' ? value : 'year');
export const toOrder = (value: unknown): Order => (value === 'oldest' ? 'oldest' : 'newest');

/**
 * The talks in date order (newest or oldest first), then the first `limit` of them (all when
 * `limit` is not a positive number). Talks on the same date keep their feed order.
 */
export function orderTalks(talks: readonly Talk[], order: Order, limit: number): Talk[] {
  const sorted = byDate(talks, order === 'oldest');
  const n = Math.trunc(Number(limit));
  return n > 0 ? sorted.slice(0, n) : sorted;
}

/**
 * Ordered talks in groups: by year (the year as written in the date, so no time zone moves a
 * talk), by event (talks without one last), or one group. Groups follow the talks' order: the
 * group of the first talk comes first.
 */
export function groupTalks(ordered: readonly Talk[], groupBy: GroupBy): TalkGroup[] {
  if (groupBy === 'none') return ordered.length ? [{ key: 'all', label: '', items: [...ordered] }] : [];
  const groups = new Map<string, TalkGroup>();
  for (const talk of ordered) {
    const label = groupBy === 'year' ? talk.date.slice(0, 4) : (talk.event?.trim() ?? '');
    const key = `${groupBy}:${label}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, items: [] }));
    group.items.push(talk);
  }
  const list = [...groups.values()];
  // Talks without an event go last, whatever their dates.
  return [...list.filter((g) => g.key !== 'event:'), ...list.filter((g) => g.key === 'event:')];
}
