// The grid's user-facing state (what `url-state` mirrors) and its search-parameter encoding.
import { parseList } from '../base/space-list.js';
import type { Maturity } from '../schemas/project.js';
import { areaKey, memoizeOne, type Sort } from './view.js';

export type Layout = 'grid' | 'list';

export interface GridState {
  query: string;
  areas: string[];
  maturity: Maturity | '';
  sort: Sort;
  layout: Layout;
}

/** Search parameter names, before the `url-state-prefix`. */
const PARAMS: Record<keyof GridState, string> = {
  query: 'q',
  areas: 'areas',
  maturity: 'maturity',
  sort: 'sort',
  layout: 'layout',
};

export const toMaturity = (value: unknown): Maturity | '' => (value === 'major' || value === 'emerging' ? value : '');
export const toSort = (value: unknown): Sort => (value === 'name' ? 'name' : 'stars');
export const toLayout = (value: unknown): Layout => (value === 'list' ? 'list' : 'grid');

/** Area keys from a space-separated list (the `areas` attribute and search parameter), without repeats. */
export const parseAreas = (value: string | null | undefined): string[] => parseList(value, areaKey);

/**
 * A reader of an element's state, normalized: `(element) => GridState`. Its `areas` keep their
 * identity while the property keeps its own, so the memoized steps after it see no change.
 */
export function stateReader(): (element: { [K in keyof GridState]: unknown }) => GridState {
  const selected = memoizeOne((areas: unknown) =>
    Array.isArray(areas) ? [...new Set(areas.map(String).map(areaKey))] : parseAreas(String(areas ?? '')),
  );
  return ({ query, areas, maturity, sort, layout }) => ({
    query: (query as string) ?? '',
    areas: selected(areas),
    maturity: toMaturity(maturity),
    sort: toSort(sort),
    layout: toLayout(layout),
  });
}

/** The state's keys, in the order the grid applies them. */
export const STATE_KEYS = Object.keys(PARAMS) as (keyof GridState)[];

/** How each parameter's text reads back. */
const decode: { [K in keyof GridState]: (text: string) => GridState[K] } = {
  query: (text) => text,
  areas: parseAreas,
  maturity: toMaturity,
  sort: toSort,
  layout: toLayout,
};

/** A value as its parameter writes it: areas space-separated, the rest as they are. */
const encode = (value: GridState[keyof GridState]): string => (Array.isArray(value) ? value.join(' ') : value);

/** The state a URL holds: each parameter present wins, each absent one falls back to `defaults`. */
export function readState(params: URLSearchParams, prefix: string, defaults: GridState): GridState {
  const state = { ...defaults };
  for (const key of STATE_KEYS) {
    const text = params.get(prefix + PARAMS[key]);
    if (text !== null) (state[key] as unknown) = decode[key](text);
  }
  return state;
}

/**
 * Writes `state` into `params`: only values that differ from `defaults` (the state the page
 * configured), so a fresh page keeps a clean URL and another grid's or the page's own parameters
 * stay untouched.
 */
export function writeState(params: URLSearchParams, prefix: string, state: GridState, defaults: GridState): void {
  for (const key of STATE_KEYS) {
    const value = encode(state[key]);
    if (value === encode(defaults[key])) params.delete(prefix + PARAMS[key]);
    else params.set(prefix + PARAMS[key], value);
  }
}

/** Whether two states are one, as their parameters would write them. */
export const sameState = (a: GridState, b: GridState): boolean =>
  STATE_KEYS.every((key) => encode(a[key]) === encode(b[key]));
