// Pure, DOM-free helpers behind <apiary-project-grid>: search (text folded by base/fold.ts),
// sorting, filtering and grouping. Each step is memoized by the grid, so typing in the search box
// re-filters an already sorted list and nothing here runs more than once per input change (10,000
// projects stay fast).
import { fold } from '../base/fold.js';
import type { Maturity, Project } from '../schemas/project.js';

/** Areas with localized labels (`projectGrid.areaNames.*`), in the order their filters show. */
export const KNOWN_AREAS = [
  'networking',
  'security',
  'observability',
  'tracing',
  'tooling',
  'library',
  'runtime',
  'infrastructure',
] as const;
const KNOWN = new Set<string>(KNOWN_AREAS);

export const MATURITIES: readonly Maturity[] = ['major', 'emerging'];

export type Sort = 'stars' | 'name';
export type GroupId = Maturity | 'other' | 'all';
export interface Group {
  id: GroupId;
  items: Project[];
}

/** The identity of an area: `Service Mesh` and `service-mesh` are one area (and one attribute token). */
export function areaKey(area: string): string {
  return area.trim().toLowerCase().replace(/\s+/g, '-');
}

export const isKnownArea = (key: string): key is (typeof KNOWN_AREAS)[number] => KNOWN.has(key);

// Per-project derived data, computed once per (immutable, validated) project object.
const haystacks = new WeakMap<Project, string>();
const areaKeys = new WeakMap<Project, string[]>();

function haystack(project: Project): string {
  let text = haystacks.get(project);
  if (text === undefined) {
    text = fold([project.name, project.tagline ?? '', project.description ?? ''].join('\n'));
    haystacks.set(project, text);
  }
  return text;
}

export function areasOf(project: Project): string[] {
  let keys = areaKeys.get(project);
  if (!keys) {
    keys = [...new Set((project.areas ?? []).map(areaKey))];
    areaKeys.set(project, keys);
  }
  return keys;
}

const collators = new Map<string, Intl.Collator>();
/** A cached collator for sorting names in `locale` (`numeric`, so `v2` sorts before `v10`). */
export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/**
 * A sorted copy: `stars` puts the most stars first and projects without stars after them, by name;
 * `name` sorts by the locale's collation. Equal keys fall back to the name, then the feed order.
 */
export function sortProjects(items: readonly Project[], sort: Sort, locale: string): Project[] {
  const byName = collator(locale).compare;
  const sorted = [...items];
  if (sort === 'name') return sorted.sort((a, b) => byName(a.name, b.name));
  return sorted.sort((a, b) => {
    const sa = a.stars ?? -1;
    const sb = b.stars ?? -1;
    return sa === sb ? byName(a.name, b.name) : sb - sa;
  });
}

export interface Filters {
  query: string;
  areas: readonly string[];
  maturity: Maturity | '';
}

/**
 * The projects that match every filter, in the given order: every word of the query (anywhere
 * in name, tagline or description), any of the selected areas, and the maturity.
 */
export function filterProjects(sorted: readonly Project[], { query, areas, maturity }: Filters): Project[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const selected = new Set(areas.map(areaKey));
  if (!terms.length && !selected.size && !maturity) return sorted as Project[];
  return sorted.filter(
    (project) =>
      (!maturity || project.maturity === maturity) &&
      (!selected.size || areasOf(project).some((area) => selected.has(area))) &&
      (!terms.length || terms.every((term) => haystack(project).includes(term))),
  );
}

/** Major, then Emerging, then projects without a maturity; empty groups are left out. */
export function groupProjects(items: readonly Project[], groupBy: 'maturity' | 'none'): Group[] {
  if (groupBy === 'none') return items.length ? [{ id: 'all', items: [...items] }] : [];
  const groups: Record<Maturity | 'other', Project[]> = { major: [], emerging: [], other: [] };
  for (const project of items) groups[project.maturity ?? 'other'].push(project);
  return (['major', 'emerging', 'other'] as const)
    .filter((id) => groups[id].length)
    .map((id) => ({ id, items: groups[id] }));
}

/** Every area in the data as a filter option: the known ones first, in their order, then the rest. */
export function areaOptions(items: readonly Project[], locale: string): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  // Thousands of projects name a few dozen areas: each written form is keyed once.
  const written = new Set<string>();
  for (const project of items) {
    for (const area of project.areas ?? []) {
      if (written.has(area)) continue;
      written.add(area);
      const key = areaKey(area);
      if (!seen.has(key)) seen.set(key, area.trim());
    }
  }
  const known = KNOWN_AREAS.filter((key) => seen.has(key));
  const byLabel = collator(locale).compare;
  const others = [...seen.keys()].filter((key) => !KNOWN.has(key)).sort((a, b) => byLabel(seen.get(a)!, seen.get(b)!));
  return [...known, ...others].map((key) => ({ key, label: seen.get(key)! }));
}

/** A row of the virtualized list: a group heading, or up to `columns` cards. */
export type Row = { kind: 'heading'; key: string; group: GroupId } | { kind: 'cards'; key: string; items: Project[] };

/** Flattens groups into rows of `columns` cards, each group led by its heading row. */
export function toRows(groups: readonly Group[], columns: number, headings: boolean): Row[] {
  const rows: Row[] = [];
  for (const group of groups) {
    if (headings) rows.push({ kind: 'heading', key: `h:${group.id}`, group: group.id });
    for (let i = 0; i < group.items.length; i += columns) {
      rows.push({ kind: 'cards', key: `${group.id}:${i}`, items: group.items.slice(i, i + columns) });
    }
  }
  return rows;
}

/** What one render of the grid shows: the valid projects, those matching the filters, and their groups. */
export interface GridView {
  items: Project[];
  filtered: Project[];
  groups: Group[];
  grouped: boolean;
}

const EMPTY: Project[] = [];

/**
 * The grid's render pipeline: `(items, filters and sort, grouping, locale) => GridView`, one
 * memoized step per input, so a keystroke re-filters the sorted list and nothing else is recomputed.
 */
export function viewPipeline(): (
  items: Project[] | undefined,
  state: Filters & { sort: Sort },
  groupBy: 'maturity' | 'none',
  locale: string,
) => GridView {
  const sorted = memoizeOne(sortProjects);
  const filtered = memoizeOne((items: Project[], query: string, areas: readonly string[], maturity: Maturity | '') =>
    filterProjects(items, { query, areas, maturity }),
  );
  const grouped = memoizeOne(groupProjects);
  return (items = EMPTY, { query, areas, maturity, sort }, groupBy, locale) => {
    const matching = filtered(sorted(items, sort, locale), query, areas, maturity);
    return { items, filtered: matching, groups: grouped(matching, groupBy), grouped: groupBy === 'maturity' };
  };
}

/**
 * Remembers the last call: returns the previous result while every argument is identical
 * (`===`). Enough for a render pipeline whose inputs change one at a time.
 */
export function memoizeOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
