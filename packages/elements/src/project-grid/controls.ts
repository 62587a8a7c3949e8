// The template of the grid's toolbar: search, sort, layout, maturity and area filters. A pure
// function of the grid's state, like the card (card.ts); every change goes back through `change`.
import { html, nothing, svg } from 'lit';
import type { TranslationKey } from '@apiary/i18n';
import { live } from 'lit/directives/live.js';
import { toSort, type GridState } from './state.js';
import { isKnownArea, MATURITIES } from './view.js';

const icons = {
  search: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" d="M7 12.2A5.2 5.2 0 1 0 7 1.8a5.2 5.2 0 0 0 0 10.4Zm3.8-1.4L14.5 14.5"/></svg>`,
  grid: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d="M1.5 1.5h5.5v5.5H1.5zm7.5 0h5.5v5.5H9zM1.5 9h5.5v5.5H1.5zM9 9h5.5v5.5H9z"/></svg>`,
  list: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d="M1.5 2h13v3h-13zm0 4.5h13v3h-13zm0 4.5h13v3h-13z"/></svg>`,
};

type Translate = (key: TranslationKey, options?: Record<string, unknown>) => string;

/**
 * A toggle button (layout, maturity, area): every kind has the `toggle` part and its own, and
 * `pressed` while pressed, so `::part(toggle pressed)` styles them all.
 */
const toggle = (kind: string, pressed: boolean, onClick: () => void, label: string, icon?: unknown) =>
  html`<button
    class="button"
    type="button"
    part=${`toggle ${kind}${pressed ? ' pressed' : ''}`}
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${onClick}
  >
    ${icon}${label}
  </button>`;

/**
 * The toolbar. (Plain parameters rather than one object: the grid renders it on every keystroke,
 * and the bundle is smaller without the property names.)
 *
 * @param t - The grid's strings.
 * @param state - The state it shows.
 * @param options - Every area in the data, as a filter option (`label`: as the data writes it).
 * @param change - Applies the person's change.
 * @param toggleArea - Turns an area filter on or off (against the state at the click, not at the render).
 */
export function renderControls(
  t: Translate,
  state: GridState,
  options: readonly { key: string; label: string }[],
  change: (next: Partial<GridState>) => void,
  toggleArea: (key: string) => void,
) {
  const { query, areas, maturity, sort, layout } = state;
  // Selected areas missing from the data still show, so they can be turned off.
  const extra = areas.filter((key) => !options.some((o) => o.key === key)).map((key) => ({ key, label: key }));
  return html`
    <div part="controls" class="controls">
      <div class="search">
        <label class="visually-hidden" for="search">${t('projectGrid.search')}</label>
        ${icons.search}
        <input
          part="search-input"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${t('projectGrid.search')}
          .value=${live(query)}
          @input=${(event: Event) => change({ query: (event.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="sort">${t('projectGrid.sort')}</label>
        <select
          part="sort-select"
          id="sort"
          @change=${(event: Event) => change({ sort: toSort((event.target as HTMLSelectElement).value) })}
        >
          <option value="stars" ?selected=${sort === 'stars'}>${t('projectGrid.sortStars')}</option>
          <option value="name" ?selected=${sort === 'name'}>${t('projectGrid.sortName')}</option>
        </select>
      </div>
      <div class="segmented" role="group" aria-label=${t('projectGrid.layout')}>
        ${(['grid', 'list'] as const).map((value) =>
          toggle(
            'layout-toggle',
            layout === value,
            () => change({ layout: value }),
            t(value === 'grid' ? 'projectGrid.layoutGrid' : 'projectGrid.layoutList'),
            icons[value],
          ),
        )}
      </div>
      <div class="filters">
        <div class="chips" role="group" aria-labelledby="maturity-label">
          <span class="label" id="maturity-label">${t('projectGrid.maturity')}</span>
          ${(['', ...MATURITIES] as const).map((value) =>
            toggle(
              'maturity-toggle',
              maturity === value,
              () => change({ maturity: value }),
              value ? t(`projectGrid.groups.${value}`) : t('projectGrid.allMaturities'),
            ),
          )}
        </div>
        ${
          options.length || extra.length
            ? html`<div class="chips" role="group" aria-labelledby="areas-label">
                <span class="label" id="areas-label">${t('projectGrid.areas')}</span>
                ${[...options, ...extra].map(({ key, label }) =>
                  toggle(
                    'area-toggle',
                    areas.includes(key),
                    () => toggleArea(key),
                    isKnownArea(key) ? t(`projectGrid.areaNames.${key}`) : label,
                  ),
                )}
              </div>`
            : nothing
        }
      </div>
    </div>
  `;
}
