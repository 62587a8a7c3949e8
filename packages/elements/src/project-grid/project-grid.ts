import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import type { TranslationKey } from '@apiary/i18n';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { lazy } from '../base/lazy.js';
import { hostFeed, jsonFeed, type FeedStatus } from '../base/feed.js';
import { renderFeedError, retryFeed } from '../base/feed-states.js';
import { feedStateStyles } from '../base/state-styles.js';
import { headingLevel } from '../base/heading.js';
import { headingTag } from '../base/heading-tag.js';
import { spaceList } from '../base/space-list.js';
import { ProjectSchema, type Maturity, type Project } from '../schemas/project.js';
import { renderCard, type CardContext } from './card.js';
import {
  parseAreas,
  readState,
  sameState,
  toLayout,
  toMaturity,
  toSort,
  writeState,
  type GridState,
  type Layout,
} from './state.js';
import {
  areaKey,
  areaOptions,
  filterProjects,
  groupProjects,
  isKnownArea,
  memoizeOne,
  MATURITIES,
  sortProjects,
  toRows,
  type Group,
  type GroupId,
  type Row,
  type Sort,
} from './view.js';
import styles from './project-grid.styles.js';

export type { Project } from '../schemas/project.js';

declare global {
  interface ApiaryEventMap {
    /** The person changed the search, a filter, the sort or the layout (or went back/forward with `url-state`). */
    'apiary-filter-change': {
      query: string;
      areas: string[];
      maturity: Maturity | '';
      sort: Sort;
      layout: Layout;
      /** How many projects match now. */
      count: number;
    };
  }
}

const EMPTY: Project[] = [];

/** What one render shows: the valid projects, those matching the filters, and their groups. */
interface GridView {
  items: Project[];
  filtered: Project[];
  groups: Group[];
  grouped: boolean;
}
const SKELETON_CARDS = 6;
/**
 * Past the threshold, the cards a client-rendered grid shows plainly when the virtualizer module
 * takes longer than VIRTUALIZER_WAIT to arrive: about a large screenful. The server (and so the
 * hydrating render) shows the threshold's worth instead, for readers and crawlers without JavaScript.
 */
const LOADING_CARDS = 48;
/**
 * How long a client-rendered grid past the threshold waits for the virtualizer module before it
 * renders the plain screenful instead. Cached (any large grid before) it is there at once.
 */
const VIRTUALIZER_WAIT = 100;
/** The smallest card width in the grid layout, in rem (the CSS says the same). */
const CARD_MIN_REM = 16;
/** Typing in the search box writes the URL at most this often (browsers throttle history updates). */
const URL_WRITE_DELAY = 250;

// @lit-labs/virtualizer loads on first need only: most grids never cross the threshold.
const virtualizer = lazy(() => import('./virtual.js'));

const icons = {
  search: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" d="M7 12.2A5.2 5.2 0 1 0 7 1.8a5.2 5.2 0 0 0 0 10.4Zm3.8-1.4L14.5 14.5"/></svg>`,
  grid: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d="M1.5 1.5h5.5v5.5H1.5zm7.5 0h5.5v5.5H9zM1.5 9h5.5v5.5H1.5zM9 9h5.5v5.5H9z"/></svg>`,
  list: svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d="M1.5 2h13v3h-13zm0 4.5h13v3h-13zm0 4.5h13v3h-13z"/></svg>`,
};

/** Empty strings reflect as no attribute. */
const optionalText = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => value || null,
};

/**
 * A searchable, filterable landscape of open-source projects: cards with logo, name, tagline,
 * description, stars and links, grouped Major / Emerging, sorted by stars or name, in a grid or a
 * list. Data comes from the `projects` property (which also renders on the server) or from a JSON
 * feed at `src`. The search, filters, sort and layout can mirror into the page URL (`url-state`).
 * Past `virtualize-threshold` matching projects, only the cards near the viewport are rendered.
 *
 * @tagname apiary-project-grid
 * @summary A project landscape with search, area and maturity filters, sorting, layouts and URL state.
 *
 * @csspart base - The outer wrapper.
 * @csspart controls - The toolbar with search, filters, sort and layout.
 * @csspart search-input - The search field.
 * @csspart sort-select - The sort `select`.
 * @csspart toggle - Every toggle button (areas, maturity, layout); add `pressed` to style the pressed ones: `::part(toggle pressed)`.
 * @csspart area-toggle - An area filter button.
 * @csspart maturity-toggle - A maturity filter button.
 * @csspart layout-toggle - A layout button.
 * @csspart pressed - The pressed toggle buttons.
 * @csspart count - The result count (a polite live region).
 * @csspart results - The region that holds the cards or a state message.
 * @csspart group - One maturity group (plain rendering).
 * @csspart group-heading - A group heading (Major, Emerging, Other).
 * @csspart card - One project card.
 * @csspart card-logo - The fixed logo box (image or monogram).
 * @csspart card-name - The card title (`h2`–`h6`).
 * @csspart card-link - The project name link.
 * @csspart card-tagline - The tagline.
 * @csspart card-description - The description, clamped to a few lines.
 * @csspart card-maturity - The maturity badge (shown when not grouped by maturity).
 * @csspart card-areas - The list of area tags.
 * @csspart card-links - The list of extra links.
 * @csspart card-extra-link - One extra link.
 * @csspart card-stars - The star count.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart clear-button - The “clear filters” button of the empty state.
 *
 * @cssprop --apiary-color-surface - Card and control background.
 * @cssprop --apiary-color-surface-raised - Skeleton and tag background.
 * @cssprop --apiary-color-border - Card and control borders.
 * @cssprop --apiary-color-text - Text colour.
 * @cssprop --apiary-color-text-muted - Secondary text colour.
 * @cssprop --apiary-color-link - Link colour.
 * @cssprop --apiary-color-accent - Star colour.
 * @cssprop --apiary-color-accent-strong - Pressed toggle and monogram text.
 * @cssprop --apiary-color-accent-subtle - Pressed toggle and monogram background.
 * @cssprop --apiary-color-focus - Focus ring colour.
 * @cssprop --apiary-color-danger - Error message accent.
 * @cssprop --apiary-radius-lg - Card corner radius.
 * @cssprop --apiary-radius-md - Control corner radius.
 * @cssprop --apiary-radius-pill - Toggle and tag corner radius.
 * @cssprop --apiary-space-4 - Gap between cards.
 * @cssprop --apiary-space-6 - Gap between groups.
 * @cssprop --apiary-duration-normal - Skeleton and hover transitions (0 with reduced motion).
 *
 * @fires apiary-load - A feed from `src` (or a promise in `projects`) loaded and rendered. `detail: { count, rejected: [{ index, reason }] }`.
 * @fires apiary-error - Loading failed; the error state with a retry button shows. `detail: { error, src }`.
 * @fires apiary-filter-change - The person changed the search, a filter, the sort or the layout. `detail: { query, areas, maturity, sort, layout, count }`.
 */
export class ApiaryProjectGrid extends ApiaryElement {
  static override tagName = 'apiary-project-grid';
  static override styles = [feedStateStyles, styles];

  /**
   * The projects to show (see `@apiary/elements/schemas/project.schema.json`): an array, or a
   * promise of one (the loading state shows until it settles). Takes precedence over `src`, and is
   * the server-rendering path. Invalid items are dropped with a console warning.
   */
  @property({ attribute: false }) projects?: Project[] | Promise<Project[]>;

  /** URL of a JSON feed: an array of projects or `{ "projects": [...] }`. Used while `projects` is unset. */
  @property() src?: string;

  /** How long a fetch of `src` may take, in milliseconds; 0 for no limit. */
  @property({ type: Number }) timeout = 10000;

  /** Search text, matched against name, tagline and description (ignoring case and accents). */
  @property({ reflect: true, converter: optionalText }) query = '';

  /** Selected areas (space-separated in the attribute); a project matches with any of them. */
  @property({ reflect: true, converter: spaceList(areaKey) }) areas: string[] = [];

  /** Only `major` or only `emerging` projects; empty for all. */
  @property({ reflect: true, converter: optionalText }) maturity: 'major' | 'emerging' | '' = '';

  /** `stars` (most first; projects without stars follow, by name) or `name` (the locale's collation). */
  @property({ reflect: true }) sort: 'stars' | 'name' = 'stars';

  /** `grid` (cards in columns) or `list` (one project per row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** `maturity`: Major, Emerging and Other sections with headings; `none`: one list. */
  @property({ reflect: true, attribute: 'group-by' }) groupBy: 'maturity' | 'none' = 'maturity';

  /** Mirror query, areas, maturity, sort and layout into the page URL, and restore them from it. */
  @property({ type: Boolean, reflect: true, attribute: 'url-state' }) urlState = false;

  /** Prefix of this grid's URL parameters (e.g. `apps-`), so two grids can share a page. */
  @property({ attribute: 'url-state-prefix' }) urlStatePrefix = '';

  /** Hide the toolbar: just the cards, for embedding. The result count stays for screen readers. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-controls' }) hideControls = false;

  /** Level of the group headings (2–6); card titles are one level below (or at it, with `group-by="none"`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Above this many matching projects only the cards near the viewport are rendered (by
   * @lit-labs/virtualizer, loaded then; a client-rendered grid waits up to 100 ms for it before it
   * shows a plain screenful).
   */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = 200;

  /** Columns of the virtualized grid, measured from the element's width. */
  @state() private columns = 1;
  @state() private failedLogos = new Set<string>();

  private readonly feed = hostFeed(this, 'projects', {
    schema: ProjectSchema,
    parse: jsonFeed('projects'),
    noun: 'project',
  });

  // The render pipeline, one memoized step per input, so a keystroke re-filters the sorted list
  // and nothing else is recomputed.
  readonly #sorted = memoizeOne(sortProjects);
  readonly #filtered = memoizeOne((sorted: Project[], query: string, areas: string[], maturity: Maturity | '') =>
    filterProjects(sorted, { query, areas, maturity }),
  );
  readonly #grouped = memoizeOne(groupProjects);
  readonly #rows = memoizeOne(toRows);
  readonly #areaOptions = memoizeOne(areaOptions);
  readonly #selectedAreas = memoizeOne((areas: unknown) =>
    Array.isArray(areas) ? [...new Set(areas.map(String).map(areaKey))] : parseAreas(String(areas ?? '')),
  );
  readonly #cardIds = new WeakMap<Project, string>();
  #nextCardId = 0;

  #filterChanged = false;
  /** The state the page configured, before the URL had its say: what `url-state` leaves out of the URL. */
  #urlDefaults: GridState | undefined;
  #listeningToHistory = false;
  #restoreAfterHydration = false;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #columnsFrame = 0;
  /** Whether the element came with a server-rendered shadow root, which its first render must match. */
  #serverRendered: boolean | undefined;

  override connectedCallback(): void {
    this.#serverRendered ??= this.shadowRoot !== null;
    super.connectedCallback();
    this.#syncHistory();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopHistory();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#columnsFrame);
  }

  /** The state `url-state` mirrors, normalized. */
  get #gridState(): GridState {
    return {
      query: this.query ?? '',
      areas: this.#selectedAreas(this.areas),
      maturity: toMaturity(this.maturity),
      sort: toSort(this.sort),
      layout: toLayout(this.layout),
    };
  }

  get #view(): GridView {
    const { query, areas, maturity, sort } = this.#gridState;
    const items = this.feed.result?.items ?? EMPTY;
    const sorted = this.#sorted(items, sort, this.localize.locale);
    const filtered = this.#filtered(sorted, query, areas, maturity);
    const groupBy = this.groupBy === 'none' ? 'none' : 'maturity';
    return { items, filtered, groups: this.#grouped(filtered, groupBy), grouped: groupBy === 'maturity' };
  }

  get #level(): number {
    return headingLevel(this.headingLevel);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const status = this.feed.status;
    const view = this.#view;
    const t = this.#t;
    const count = status === 'complete' || status === 'idle' ? view.filtered.length : undefined;
    return html`
      <div part="base" class="base">
        ${this.hideControls ? nothing : this.#renderControls(view.items)}
        <p part="count" class="count ${this.hideControls ? 'visually-hidden' : ''}" role="status">
          ${status === 'pending' ? t('common.loading') : count === undefined ? '' : t('projectGrid.count', { count })}
        </p>
        <div
          part="results"
          class="results layout-${toLayout(this.layout)}"
          aria-busy=${status === 'pending' ? 'true' : 'false'}
          tabindex="-1"
        >
          ${this.#renderResults(status, view)}
        </div>
      </div>
    `;
  }

  #renderControls(items: readonly Project[]) {
    const t = this.#t;
    const { query, areas, maturity, sort, layout } = this.#gridState;
    const options = this.#areaOptions(items, this.localize.locale);
    // Selected areas missing from the data still show, so they can be turned off.
    const extra = areas.filter((key) => !options.some((o) => o.key === key)).map((key) => ({ key, label: key }));
    const toggle = (kind: string, pressed: boolean) => `toggle ${kind}${pressed ? ' pressed' : ''}`;
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
            @input=${this.#onSearchInput}
          />
        </div>
        <div class="field">
          <label for="sort">${t('projectGrid.sort')}</label>
          <select part="sort-select" id="sort" @change=${this.#onSortChange}>
            <option value="stars" ?selected=${sort === 'stars'}>${t('projectGrid.sortStars')}</option>
            <option value="name" ?selected=${sort === 'name'}>${t('projectGrid.sortName')}</option>
          </select>
        </div>
        <div class="segmented" role="group" aria-label=${t('projectGrid.layout')}>
          ${(['grid', 'list'] as const).map(
            (value) =>
              html`<button
                class="button"
                type="button"
                part=${toggle('layout-toggle', layout === value)}
                aria-pressed=${layout === value ? 'true' : 'false'}
                @click=${() => this.#change({ layout: value })}
              >
                ${icons[value]}${t(value === 'grid' ? 'projectGrid.layoutGrid' : 'projectGrid.layoutList')}
              </button>`,
          )}
        </div>
        <div class="filters">
          <div class="chips" role="group" aria-labelledby="maturity-label">
            <span class="label" id="maturity-label">${t('projectGrid.maturity')}</span>
            ${(['', ...MATURITIES] as const).map(
              (value) =>
                html`<button
                  class="button"
                  type="button"
                  part=${toggle('maturity-toggle', maturity === value)}
                  aria-pressed=${maturity === value ? 'true' : 'false'}
                  @click=${() => this.#change({ maturity: value })}
                >
                  ${value ? t(`projectGrid.groups.${value}`) : t('projectGrid.allMaturities')}
                </button>`,
            )}
          </div>
          ${
            options.length || extra.length
              ? html`<div class="chips" role="group" aria-labelledby="areas-label">
                  <span class="label" id="areas-label">${t('projectGrid.areas')}</span>
                  ${[...options, ...extra].map(({ key, label }) => {
                    const pressed = areas.includes(key);
                    return html`<button
                      class="button"
                      type="button"
                      part=${toggle('area-toggle', pressed)}
                      aria-pressed=${pressed ? 'true' : 'false'}
                      @click=${() => this.#toggleArea(key)}
                    >
                      ${this.#areaLabel(key, label)}
                    </button>`;
                  })}
                </div>`
              : nothing
          }
        </div>
      </div>
    `;
  }

  #renderResults(status: FeedStatus, view: GridView) {
    const t = this.#t;
    if (status === 'pending') {
      return html`<ul part="skeleton" class="cards skeleton" aria-hidden="true">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<li class="card skeleton-card"><span class="bone"></span><span class="bone"></span><span class="bone short"></span></li>`)}
      </ul>`;
    }
    if (status === 'error') return renderFeedError(this.feed.error!, t, this.#onRetry);
    if (view.filtered.length === 0) {
      const filtering = view.items.length > 0;
      return html`<div part="empty" class="message">
        <p>${filtering ? t('projectGrid.noMatches') : t('projectGrid.empty')}</p>
        ${
          filtering
            ? html`<button part="clear-button" class="button" type="button" @click=${this.#clearFilters}>
                ${t('common.clearFilters')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const ctx = this.#cardContext(view.grouped);
    const large = view.filtered.length > this.virtualizeThreshold;
    // The server's render and the hydrating one are plain, so the two match; the virtualizer takes
    // over once its module is here (a client-only render waits for it briefly, see scheduleUpdate).
    const virtual = virtualizer.module;
    if (large && virtual && !this.#mustMatchServer) {
      const columns = toLayout(this.layout) === 'list' ? 1 : this.columns;
      const rows = this.#rows(view.groups, columns, view.grouped);
      return html`<div class="virtual">
        ${virtual.virtualize<Row>({
          items: rows,
          layout: { type: virtual.RowLayout },
          keyFunction: (row) => row.key,
          renderItem: (row) => this.#renderRow(row, ctx),
        })}
      </div>`;
    }
    const cap =
      isServer || this.#serverRendered ? this.virtualizeThreshold : Math.min(this.virtualizeThreshold, LOADING_CARDS);
    const groups = large ? capGroups(view.groups, cap) : view.groups;
    return groups.map(
      (group) =>
        html`<section part="group" class="group" aria-labelledby=${view.grouped ? `group-${group.id}` : nothing}>
          ${view.grouped ? this.#renderHeading(group.id) : nothing}
          <ul class="cards">
            ${repeat(
              group.items,
              (project) => project,
              (project) => renderCard(project, ctx, this.localize.locale),
            )}
          </ul>
        </section>`,
    );
  }

  #renderHeading(id: GroupId) {
    const tag = headingTag(this.#level);
    // Headings show only when grouped, so never for the ungrouped list's 'all'.
    const name = this.#t(`projectGrid.groups.${id as Exclude<GroupId, 'all'>}`);
    return staticHtml`<${tag} part="group-heading" class="group-heading" id=${`group-${id}`}>${name}</${tag}>`;
  }

  #renderRow(row: Row, ctx: CardContext) {
    if (row.kind === 'heading') return html`<div class="row row-heading">${this.#renderHeading(row.group)}</div>`;
    return html`<div class="row row-cards">
      ${row.items.map((project) => renderCard(project, ctx, this.localize.locale, true))}
    </div>`;
  }

  // `_locale` and `_signature` are not read: they are part of the memo key (see `cardContext`).
  #cardContextFor = memoizeOne((_locale: string, _signature: string, level: number, grouped: boolean): CardContext => {
    const t = this.#t;
    const label = cached((key: TranslationKey) => t(key));
    // Each string is formatted once per context: a card calls these for every star count and
    // tag, and a `t` with a count costs a lookup and a number format (1,000 cards share a few hundred values).
    // A new context comes with any change of locale or strings, so nothing stale is kept.
    return {
      title: headingTag(level + (grouped ? 1 : 0)),
      starsShort: cached((stars) => this.localize.number(stars, { notation: 'compact', maximumFractionDigits: 1 })),
      starsLong: cached((stars) => t('projectGrid.stars', { count: stars })),
      areaLabel: (key, written) => (isKnownArea(key) ? label(`projectGrid.areaNames.${key}`) : written()),
      maturityLabel: grouped ? undefined : (maturity) => label(`projectGrid.groups.${maturity}`),
      logoFailed: (url) => this.failedLogos.has(url),
      onLogoError: this.#onLogoError,
      idFor: (project) => this.#cardId(project),
    };
  });

  /**
   * The card context changes when anything a card shows besides its project does: the locale,
   * the strings (which may arrive after the first render), the heading level, the grouping.
   */
  #cardContext(grouped: boolean): CardContext {
    const t = this.#t;
    const locale = this.localize.locale;
    const signature = [
      t('projectGrid.stars', { count: 2 }),
      t('projectGrid.groups.major'),
      t('projectGrid.areaNames.networking'),
    ].join('|');
    return this.#cardContextFor(locale, signature, this.#level, grouped);
  }

  #areaLabel(key: string, written: string): string {
    return isKnownArea(key) ? this.#t(`projectGrid.areaNames.${key}`) : written;
  }

  #t = (key: TranslationKey, options?: Record<string, unknown>) => this.localize.t(key, options);

  #cardId(project: Project): string {
    let id = this.#cardIds.get(project);
    if (!id) this.#cardIds.set(project, (id = `card-${this.#nextCardId++}`));
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Interaction

  #change(next: Partial<GridState>) {
    if (next.query !== undefined) this.query = next.query;
    if (next.areas !== undefined) this.areas = next.areas;
    if (next.maturity !== undefined) this.maturity = next.maturity;
    if (next.sort !== undefined) this.sort = next.sort;
    if (next.layout !== undefined) this.layout = next.layout;
    this.#filterChanged = true;
  }

  #onSearchInput = (event: Event) => this.#change({ query: (event.target as HTMLInputElement).value });

  #onSortChange = (event: Event) => this.#change({ sort: toSort((event.target as HTMLSelectElement).value) });

  #toggleArea(key: string) {
    const areas = this.#gridState.areas;
    this.#change({ areas: areas.includes(key) ? areas.filter((a) => a !== key) : [...areas, key] });
  }

  #clearFilters = async () => {
    this.#change({ query: '', areas: [], maturity: '' });
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('#search') ?? this.#resultsElement;
    target?.focus();
  };

  #onRetry = () => retryFeed(this, this.feed);

  #onLogoError = (event: Event) => {
    const url = (event.target as HTMLImageElement).getAttribute('src');
    if (url && !this.failedLogos.has(url)) this.failedLogos = new Set(this.failedLogos).add(url);
  };

  get #resultsElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.results');
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle: events, URL state, virtualization

  protected override firstUpdated(): void {
    if (this.#restoreAfterHydration) {
      this.#restoreAfterHydration = false;
      if (this.#restoreFromUrl()) this.#filterChanged = true;
    }
    // Server-rendered logos may have failed before the error listeners were attached.
    for (const img of this.renderRoot.querySelectorAll<HTMLImageElement>('.logo img')) {
      if (img.complete && img.naturalWidth === 0) img.dispatchEvent(new Event('error'));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before rendering, so state restored from the URL renders in this same update. On the server
    // the element is not connected and this does nothing.
    if (changed.has('urlState') || changed.has('urlStatePrefix')) this.#syncHistory();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.#view;
    if (this.#listeningToHistory) {
      const stateKeys = ['query', 'areas', 'maturity', 'sort', 'layout'] as const;
      if (stateKeys.some((key) => changed.has(key))) {
        // Typing writes the URL after a pause; a click writes it at once.
        const typing = changed.size === 1 && changed.has('query');
        if (typing) this.#scheduleUrlWrite();
        else this.#writeUrl();
      }
    }
    if (this.#filterChanged) {
      this.#filterChanged = false;
      this.emit('apiary-filter-change', { ...this.#gridState, count: view.filtered.length });
    }
    const sel = this.renderRoot.querySelector<HTMLSelectElement>('#sort');
    if (sel && sel.value !== this.#gridState.sort) sel.value = this.#gridState.sort;
    // Through CSSOM, not a `style` attribute: a strict CSP (style-src without 'unsafe-inline')
    // blocks the attribute that a directive writes on its first render.
    const virtual = this.renderRoot.querySelector<HTMLElement>('.virtual');
    virtual?.style.setProperty('--columns', String(toLayout(this.layout) === 'list' ? 1 : this.columns));
    this.#syncVirtualization(view.filtered.length > this.virtualizeThreshold);
  }

  /** The first render of server-rendered content: it must render what the server did. */
  get #mustMatchServer(): boolean {
    return isServer || (!!this.#serverRendered && !this.hasUpdated);
  }

  /**
   * Past the threshold, an update that would render plain cards only because the virtualizer
   * module is not here yet waits for it (at most VIRTUALIZER_WAIT ms): rendering once, virtualized,
   * costs less than rendering a screenful of cards and then again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (virtualizer.module || this.#mustMatchServer || this.#view.filtered.length <= this.virtualizeThreshold) {
      return super.scheduleUpdate();
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, VIRTUALIZER_WAIT)));
    return Promise.race([virtualizer(), timeout]).then(() => {
      clearTimeout(timer);
      if (virtualizer.module) this.#measureColumns();
      return super.scheduleUpdate();
    });
  }

  /**
   * Measured before the virtualizer's first layout, so it has the right columns: waiting for the
   * ResizeObserver would lay out (and render) a one-column list first, then redo it. Before the
   * first render there is no results region yet: the host's content box stands in for it.
   */
  #measureColumns() {
    const results = this.#resultsElement;
    if (results) this.columns = this.#columnsFor(results.getBoundingClientRect().width, results);
    else {
      const style = getComputedStyle(this);
      const width = this.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      this.columns = this.#columnsFor(width);
    }
  }

  #syncVirtualization(large: boolean) {
    if (!large) return;
    if (!virtualizer.module) {
      void virtualizer().then(() => {
        this.#measureColumns();
        this.requestUpdate();
      });
      return;
    }
    const results = this.#resultsElement;
    if (!results || this.#resizeObserver) return;
    let width = -1;
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === width) return;
      width = entry.contentRect.width;
      // Next frame, not in this callback: new columns change row heights, which the virtualizer's
      // own observers see, and a change inside this callback would make a ResizeObserver loop.
      cancelAnimationFrame(this.#columnsFrame);
      this.#columnsFrame = requestAnimationFrame(() => (this.columns = this.#columnsFor(width, results)));
    });
    this.#resizeObserver.observe(results);
  }

  /** How many cards of the smallest width fit in `width` pixels of the results region. */
  #columnsFor(width: number, results?: HTMLElement): number {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // Without the region, its gap's default (space-4, 1rem); the ResizeObserver corrects a themed one.
    const gap = (results && parseFloat(getComputedStyle(results).columnGap)) || rem;
    return Math.max(1, Math.floor((width + gap) / (CARD_MIN_REM * rem + gap)));
  }

  #syncHistory() {
    if (!this.urlState || !this.isConnected) {
      this.#stopHistory();
      return;
    }
    if (this.#listeningToHistory) return;
    this.#urlDefaults ??= this.#gridState;
    window.addEventListener('popstate', this.#onPopState);
    this.#listeningToHistory = true;
    // Server-rendered content must hydrate with the state it was rendered with (the server has no
    // URL); the URL's state applies right after, as an ordinary update.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.#restoreAfterHydration = true;
    else this.#restoreFromUrl();
  }

  #stopHistory() {
    if (this.#listeningToHistory) window.removeEventListener('popstate', this.#onPopState);
    this.#listeningToHistory = false;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
  }

  #onPopState = () => {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    if (this.#restoreFromUrl()) this.#filterChanged = true;
  };

  /** Applies the URL's state; true when anything changed. */
  #restoreFromUrl(): boolean {
    const current = this.#gridState;
    const next = readState(
      new URLSearchParams(location.search),
      this.urlStatePrefix ?? '',
      this.#urlDefaults ?? current,
    );
    if (sameState(current, next)) return false;
    this.query = next.query;
    this.areas = next.areas;
    this.maturity = next.maturity;
    this.sort = next.sort;
    this.layout = next.layout;
    return true;
  }

  #scheduleUrlWrite() {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.#writeUrl(), URL_WRITE_DELAY);
  }

  #writeUrl() {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = undefined;
    if (!this.#listeningToHistory || !this.#urlDefaults) return;
    const url = new URL(location.href);
    writeState(url.searchParams, this.urlStatePrefix ?? '', this.#gridState, this.#urlDefaults);
    // replaceState, not pushState: filtering is not navigation, and Back should leave the page.
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}

/** `fn` remembering its result per argument. */
function cached<K, V>(fn: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, fn(key));
    return results.get(key)!;
  };
}

/** The first `limit` projects, across groups (what renders before the virtualizer arrives). */
function capGroups(groups: readonly Group[], limit: number): Group[] {
  const capped: Group[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    capped.push({ id: group.id, items: group.items.slice(0, left) });
    left -= group.items.length;
  }
  return capped;
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-project-grid': ApiaryProjectGrid;
  }
}
