// Past `virtualize-threshold` matching projects, the grid renders only the cards near the viewport,
// by @lit-labs/virtualizer in rows of as many cards as fit. This controller owns that: loading the
// virtualizer (on first need only: most grids never cross the threshold), measuring the columns,
// and deciding when a render must stay plain. Nothing here touches the DOM before the element
// updates in a browser.
import { html, isServer, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { lazy } from '../base/lazy.js';
import { toLayout } from './state.js';
import { memoizeOne, toRows, type Group, type Row } from './view.js';

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

// Its own chunk (virtual.ts, ~5 kB), loaded on first need only: most grids never cross the threshold.
const virtualizer = lazy(() => import('./virtual.js'));

/** What the controller reads from its element. */
export type VirtualHost = ReactiveElement & { virtualizeThreshold: number; layout: string };

/**
 * Virtualization of a grid's cards. `count` tells how many projects match now; past the element's
 * `virtualizeThreshold` they render through {@link VirtualController.render}, or plainly (capped,
 * see {@link VirtualController.plain}) until the virtualizer module arrives and whenever a render
 * must match the server's.
 */
export class VirtualController implements ReactiveController {
  /**
   * Whether the element came with a server-rendered shadow root, which its first render must
   * match. The element sets it when it first connects, before Lit attaches a shadow root of its own.
   */
  serverRendered: boolean | undefined;
  readonly #host: VirtualHost;
  readonly #count: () => number;
  readonly #rows = memoizeOne(toRows);
  /** Columns of the virtualized grid, measured from the element's width. */
  #columns = 1;
  #resizeObserver: ResizeObserver | undefined;
  #columnsFrame = 0;

  constructor(host: VirtualHost, count: () => number) {
    this.#host = host;
    this.#count = count;
    host.addController(this);
  }

  /** Stops watching the width: a grid taken out of the page measures again when it comes back. */
  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#columnsFrame);
  }

  /**
   * After each update: the virtualized grid gets its columns, and a grid past the threshold loads
   * the virtualizer (and renders again once it is here) or watches its width.
   */
  hostUpdated(): void {
    // Through CSSOM, not a `style` attribute: a strict CSP (style-src without 'unsafe-inline')
    // blocks the attribute that a directive writes on its first render.
    this.#host.renderRoot.querySelector<HTMLElement>('.virtual')?.style.setProperty('--columns', String(this.#cols));
    if (!this.#large) return;
    if (!virtualizer.module) {
      void virtualizer().then(() => {
        this.#measureColumns();
        this.#host.requestUpdate();
      });
      return;
    }
    const results = this.#results;
    if (!results || this.#resizeObserver) return;
    let width = -1;
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === width) return;
      width = entry.contentRect.width;
      // Next frame, not in this callback: new columns change row heights, which the virtualizer's
      // own observers see, and a change inside this callback would make a ResizeObserver loop.
      cancelAnimationFrame(this.#columnsFrame);
      this.#columnsFrame = requestAnimationFrame(() => this.#setColumns(this.#columnsFor(width, results)));
    });
    this.#resizeObserver.observe(results);
  }

  /**
   * For the element's `scheduleUpdate`: past the threshold, an update that would render plain
   * cards only because the virtualizer module is not here yet waits for it (at most
   * VIRTUALIZER_WAIT ms) before `update` runs: rendering once, virtualized, costs less than
   * rendering a screenful of cards and then again.
   */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (virtualizer.module || this.#mustMatchServer || !this.#large) return update();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, VIRTUALIZER_WAIT)));
    return Promise.race([virtualizer(), timeout]).then(() => {
      clearTimeout(timer);
      if (virtualizer.module) this.#measureColumns();
      return update();
    });
  }

  /**
   * The virtualized rendering of `groups` (rows of cards, with a heading row per group when
   * `headings`), or undefined when they render plainly: under the threshold, before the
   * virtualizer module arrives, and when the render must match the server's (the server's render
   * and the hydrating one are plain, so the two match).
   */
  render(groups: readonly Group[], headings: boolean, renderRow: (row: Row) => TemplateResult) {
    const virtual = virtualizer.module;
    if (!this.#large || !virtual || this.#mustMatchServer) return undefined;
    return html`<div class="virtual">
      ${virtual.virtualize<Row>({
        items: this.#rows(groups, this.#cols, headings),
        layout: { type: virtual.RowLayout },
        keyFunction: (row) => row.key,
        renderItem: renderRow,
      })}
    </div>`;
  }

  /**
   * The groups a plain rendering shows: all of them under the threshold, else the first cards
   * across groups (the threshold's worth when rendered by or hydrating from the server, a
   * screenful on the client while the virtualizer loads).
   */
  plain(groups: Group[]): Group[] {
    if (!this.#large) return groups;
    const threshold = this.#host.virtualizeThreshold;
    let left = isServer || this.serverRendered ? threshold : Math.min(threshold, LOADING_CARDS);
    const capped: Group[] = [];
    for (const group of groups) {
      if (left <= 0) break;
      capped.push({ id: group.id, items: group.items.slice(0, left) });
      left -= group.items.length;
    }
    return capped;
  }

  get #large(): boolean {
    return this.#count() > this.#host.virtualizeThreshold;
  }

  /** The columns of the virtualized grid now: one in the list layout. */
  get #cols(): number {
    return toLayout(this.#host.layout) === 'list' ? 1 : this.#columns;
  }

  /** The first render of server-rendered content: it must render what the server did. */
  get #mustMatchServer(): boolean {
    return isServer || (!!this.serverRendered && !this.#host.hasUpdated);
  }

  get #results(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.results');
  }

  #setColumns(columns: number) {
    const old = this.#columns;
    if (columns === old) return;
    this.#columns = columns;
    // Named as the element's own state was, so the update's changed properties list it: an update
    // that changed the query and nothing else counts as typing (see url-state.ts), this one not.
    this.#host.requestUpdate('columns', old);
  }

  /**
   * Measured before the virtualizer's first layout, so it has the right columns: waiting for the
   * ResizeObserver would lay out (and render) a one-column list first, then redo it. Before the
   * first render there is no results region yet: the host's content box stands in for it.
   */
  #measureColumns() {
    const results = this.#results;
    if (results) this.#setColumns(this.#columnsFor(results.getBoundingClientRect().width, results));
    else {
      const host = this.#host;
      const style = getComputedStyle(host);
      const width = host.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      this.#setColumns(this.#columnsFor(width));
    }
  }

  /** How many cards of the smallest width fit in `width` pixels of the results region. */
  #columnsFor(width: number, results?: HTMLElement): number {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // Without the region, its gap's default (space-4, 1rem); the ResizeObserver corrects a themed one.
    const gap = (results && parseFloat(getComputedStyle(results).columnGap)) || rem;
    return Math.max(1, Math.floor((width + gap) / (CARD_MIN_REM * rem + gap)));
  }
}
