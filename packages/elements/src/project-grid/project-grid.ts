import { html, nothing, type PropertyValues } from 'lit';
import type { TranslationKey } from '@apiary/i18n';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { hostFeed, jsonFeed, type FeedStatus } from '../base/feed.js';
import { renderFeedError, retryFeed } from '../base/feed-states.js';
import { feedStateStyles } from '../base/state-styles.js';
import { headingLevel } from '../base/heading.js';
import { headingTag } from '../base/heading-tag.js';
import { spaceList } from '../base/space-list.js';
import { ProjectSchema, type Maturity, type Project } from '../schemas/project.js';
import { cardContexts, renderCard, type CardContext } from './card.js';
import { renderControls } from './controls.js';
import { stateReader, toLayout, type GridState, type Layout } from './state.js';
import { UrlStateController } from './url-state.js';
import {
  areaKey,
  areaOptions,
  memoizeOne,
  viewPipeline,
  type GridView,
  type GroupId,
  type Row,
  type Sort,
} from './view.js';
import { VirtualController } from './virtualization.js';
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

const SKELETON_CARDS = 6;

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

  @state() private failedLogos = new Set<string>();

  private readonly feed = hostFeed(this, 'projects', {
    schema: ProjectSchema,
    parse: jsonFeed('projects'),
    noun: 'project',
  });

  // Before the virtualization controller: after the first render, the URL's state restores
  // (url-state.ts) before virtualization looks at how many projects match.
  readonly #url = new UrlStateController(
    this,
    () => this.#gridState,
    (next, announce) => {
      Object.assign(this, next);
      if (announce) this.#filterChanged = true;
    },
  );
  readonly #virtual = new VirtualController(this, () => this.#view.filtered.length);

  readonly #readState = stateReader();
  readonly #pipeline = viewPipeline();
  readonly #areaOptions = memoizeOne(areaOptions);
  readonly #cardContext = cardContexts(this.localize, {
    logoFailed: (url) => this.failedLogos.has(url),
    onLogoError: (event) => this.#onLogoError(event),
  });

  #filterChanged = false;

  override connectedCallback(): void {
    // Before Lit attaches a shadow root of its own: one here now came from the server.
    this.#virtual.serverRendered ??= this.shadowRoot !== null;
    super.connectedCallback();
  }

  /** The state `url-state` mirrors, normalized. */
  get #gridState(): GridState {
    return this.#readState(this);
  }

  get #view(): GridView {
    const groupBy = this.groupBy === 'none' ? 'none' : 'maturity';
    return this.#pipeline(this.feed.result?.items, this.#gridState, groupBy, this.localize.locale);
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
        ${
          this.hideControls
            ? nothing
            : renderControls(
                t,
                this.#gridState,
                this.#areaOptions(view.items, this.localize.locale),
                this.#change,
                this.#toggleArea,
              )
        }
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

  // The loading and empty states are the grid's own, not feed-states.ts' renderSkeleton and
  // renderEmpty: its skeleton is card-shaped placeholders in the cards' grid (or list), and its
  // empty state offers to clear the filters. The error state is the shared one.
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
    const ctx = this.#cardContext(this.#level, view.grouped);
    // Past the threshold, the virtualizer's rows once it is here (see virtualization.ts).
    const virtual = this.#virtual.render(view.groups, view.grouped, (row) => this.#renderRow(row, ctx));
    if (virtual) return virtual;
    return this.#virtual.plain(view.groups).map(
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

  #t = (key: TranslationKey, options?: Record<string, unknown>) => this.localize.t(key, options);

  // ---------------------------------------------------------------------------------------------
  // Events

  #change = (next: Partial<GridState>) => {
    Object.assign(this, next);
    this.#filterChanged = true;
  };

  #toggleArea = (key: string) => {
    const areas = this.#gridState.areas;
    this.#change({ areas: areas.includes(key) ? areas.filter((a) => a !== key) : [...areas, key] });
  };

  #clearFilters = async () => {
    this.#change({ query: '', areas: [], maturity: '' });
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>('#search') ?? this.renderRoot.querySelector<HTMLElement>('.results');
    target?.focus();
  };

  #onRetry = () => retryFeed(this, this.feed);

  #onLogoError(event: Event) {
    const url = (event.target as HTMLImageElement).getAttribute('src');
    if (url && !this.failedLogos.has(url)) this.failedLogos = new Set(this.failedLogos).add(url);
  }

  /** Past the threshold, an update may wait for the virtualizer module (see virtualization.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#virtual.schedule(() => super.scheduleUpdate());
  }

  protected override firstUpdated(): void {
    // Server-rendered logos may have failed before the error listeners were attached.
    for (const img of this.renderRoot.querySelectorAll<HTMLImageElement>('.logo img')) {
      if (img.complete && img.naturalWidth === 0) img.dispatchEvent(new Event('error'));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#url.write(changed);
    if (this.#filterChanged) {
      this.#filterChanged = false;
      this.emit('apiary-filter-change', { ...this.#gridState, count: this.#view.filtered.length });
    }
    const sel = this.renderRoot.querySelector<HTMLSelectElement>('#sort');
    if (sel && sel.value !== this.#gridState.sort) sel.value = this.#gridState.sort;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-project-grid': ApiaryProjectGrid;
  }
}
