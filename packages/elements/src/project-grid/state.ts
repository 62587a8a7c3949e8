// The grid's user-facing state (what `url-state` mirrors) and its search-parameter encoding.
import { parseList } from '../base/space-list.js';
import type { Maturity } from '../schemas/project.js';
import { areaKey, type Sort } from './view.js';

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

const encode: { [K in keyof GridState]: (value: GridState[K]) => string } = {
  query: (value) => value,
  areas: (value) => value.join(' '),
  maturity: (value) => value,
  sort: (value) => value,
  layout: (value) => value,
};

/** The state a URL holds: each parameter present wins, each absent one falls back to `defaults`. */
export function readState(params: URLSearchParams, prefix: string, defaults: GridState): GridState {
  const get = (key: keyof GridState) => params.get(prefix + PARAMS[key]);
  const query = get('query');
  const areas = get('areas');
  const maturity = get('maturity');
  const sort = get('sort');
  const layout = get('layout');
  return {
    query: query ?? defaults.query,
    areas: areas === null ? defaults.areas : parseAreas(areas),
    maturity: maturity === null ? defaults.maturity : toMaturity(maturity),
    sort: sort === null ? defaults.sort : toSort(sort),
    layout: layout === null ? defaults.layout : toLayout(layout),
  };
}

/**
 * Writes `state` into `params`: only values that differ from `defaults` (the state the page
 * configured), so a fresh page keeps a clean URL and another grid's or the page's own parameters
 * stay untouched.
 */
export function writeState(params: URLSearchParams, prefix: string, state: GridState, defaults: GridState): void {
  for (const key of Object.keys(PARAMS) as (keyof GridState)[]) {
    const value = (encode[key] as (v: unknown) => string)(state[key]);
    const fallback = (encode[key] as (v: unknown) => string)(defaults[key]);
    if (value === fallback) params.delete(prefix + PARAMS[key]);
    else params.set(prefix + PARAMS[key], value);
  }
}

export function sameState(a: GridState, b: GridState): boolean {
  return (
    a.query === b.query &&
    a.maturity === b.maturity &&
    a.sort === b.sort &&
    a.layout === b.layout &&
    a.areas.join(' ') === b.areas.join(' ')
  );
}
