import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState, shallowArrayEquals } from '@lit/task';
import type * as v from 'valibot';
import { dispatch, warnOnce } from './apiary-element.js';
import {
  describeRejected,
  itemsOf,
  readDataIsland,
  validateItems,
  type FeedError,
  type FeedFailure,
  type FeedParser,
  type FeedRejection,
  type FeedResult,
} from './feed-data.js';
import { fetchItems, toFeedError } from './feed-fetch.js';
import { safeUrl } from './safe-url.js';

// The pieces live in feed-data.ts (items, errors, checks) and feed-fetch.ts (one request); this
// module is the controller, and the one import for everything about feeds.
export * from './feed-data.js';
export { MAX_FEED_BYTES, readBody } from './feed-fetch.js';

/**
 * The one data-loading path of every element that shows a feed (projects, talks, posts).
 *
 * Two ways in, on purpose:
 * - **Properties** (an array) are the server-rendering path: they are validated synchronously, so
 *   the first render — on the server under @lit-labs/ssr, and the hydrating render on the client —
 *   already shows the items. Nothing fetches while the property holds data, which is what lets a
 *   prerendered page hand its data back (say, from a `<script type="application/json">` data
 *   island, see `readDataIsland`) before hydration without a second request or render.
 * - **`src`** is the client path for embeds: fetched with @lit/task, aborted when `src` changes or
 *   the element disconnects (a stale answer never shows), bounded by a timeout, parsed by a
 *   pluggable parser (JSON here; RSS/Atom parsers plug into the same hook) and validated per item.
 *   A promise in the property takes the same asynchronous path, for frameworks that fetch themselves.
 * - **Several URLs** (`src` giving a list, as `<apiary-blog-teaser sources>` does) load in parallel,
 *   each with its own timeout, and their items are concatenated in the order of the list (the
 *   element sorts and de-duplicates). A feed that fails does not hide the others: the result lists
 *   it under `failed`, and only when every feed failed is it an error.
 *
 * Either way each item is checked against a valibot schema; invalid items are dropped and reported
 * as `{ index, reason }`, valid ones always show.
 */

declare global {
  interface ApiaryEventMap {
    /** A feed (from `src`, or a promise in the data property) loaded and rendered. */
    'apiary-load': {
      count: number;
      rejected: FeedRejection[];
      /** With several feeds: the ones that failed (each also fired `apiary-error`). */
      failed?: FeedFailure[];
    };
    /**
     * A feed failed to load; the element shows its error state with a retry button. With several
     * feeds, once per feed that failed (the others still show).
     */
    'apiary-error': { error: FeedError; src: string };
  }
}

export type FeedStatus = 'idle' | 'pending' | 'complete' | 'error';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';

export interface FeedOptions<T> {
  /** The schema of one item. */
  schema: v.GenericSchema<unknown, T>;
  /** The data property: an array (validated synchronously), a promise of one, or undefined. */
  data: () => unknown;
  /**
   * The `src` attribute, or several URLs (loaded in parallel and concatenated); fetched only while
   * `data()` is undefined.
   */
  src: () => string | readonly string[] | undefined;
  /** Milliseconds a fetch may take; 0 or less means no limit. */
  timeout: () => number;
  /** Turns a response body into raw items. */
  parse: FeedParser;
  /** Sent as the `Accept` header. */
  accept?: string;
  /** Used for the wrapper key of a promised document and for messages, e.g. `projects`. */
  key: string;
  /** After an asynchronous load rendered (not for arrays set as a property). */
  onLoad?: (result: FeedResult<T>) => void;
  /** After a failed load rendered its error state. */
  onError?: (error: FeedError) => void;
  /** What one item is called in console messages, e.g. `project`. */
  noun?: string;
  /**
   * Takes the items of the host's JSON data island (see `readDataIsland`) when `data()` is
   * undefined on connect: set them as the data property, before the first (hydrating) render.
   */
  adopt?: (items: unknown[]) => void;
}

/**
 * What the task loads: the URLs (as one string), a promised document, the timeout. Compared with
 * @lit/task's own rule (`shallowArrayEquals`); undefined when there is nothing to load.
 */
type Source = readonly [urls: string, promise: PromiseLike<unknown> | undefined, timeout: number];

/**
 * The reactive controller behind `src`/data properties: see the module comment. Read `status`,
 * `result` and `error` in `render()`; call `retry()` from a retry button.
 */
export class FeedController<T> implements ReactiveController {
  private readonly options: FeedOptions<T>;
  private readonly task: Task<Source, FeedResult<T> | typeof initialState>;
  /** The source as the last update resolved it (the task's arguments), undefined for none. */
  private source: Source | undefined;
  /** Whether `source` has been resolved: on the server, elements render without `hostUpdate`. */
  private resolved = false;
  private syncData: readonly unknown[] | undefined;
  private syncResult: FeedResult<T> | undefined;
  /** The last task value or error handed to onLoad/onError, so each is reported once. */
  private reported: unknown;
  private resumeOnConnect = false;
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element, options: FeedOptions<T>) {
    this.host = host;
    this.options = options;
    // autoRun is off: hostUpdate decides when to run, so an element with array data or no source
    // never passes through a pending state (no skeleton flash, nothing scheduled on the server).
    // Task's own run would, and its arguments cannot say "nothing to load".
    this.task = new Task(host, {
      task: ([urls, promise, timeout], { signal }) => this.load(JSON.parse(urls), promise, timeout, signal),
      autoRun: false,
    });
    host.addController(this);
  }

  /** What to show: `idle` (no data, no source), `pending`, `complete` or `error`. */
  get status(): FeedStatus {
    if (Array.isArray(this.options.data())) return 'complete';
    if (!(this.resolved ? this.source : this.resolve())) return 'idle';
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'complete';
      case TaskStatus.ERROR:
        return 'error';
      default:
        // INITIAL too: a source is set and the first run has not started (on the server it never does).
        return 'pending';
    }
  }

  /** The valid items and the rejected ones, once complete. */
  get result(): FeedResult<T> | undefined {
    const data = this.options.data();
    if (Array.isArray(data)) return this.validateSync(data);
    return this.status === 'complete' ? (this.task.value as FeedResult<T>) : undefined;
  }

  get error(): FeedError | undefined {
    return this.status === 'error' ? (this.task.error as FeedError) : undefined;
  }

  /** Loads the current source again (after an error, say). */
  retry(): void {
    if (this.source) void this.task.run(this.source);
  }

  hostConnected(): void {
    const { adopt, data, key } = this.options;
    if (adopt && data() === undefined) {
      const island = readDataIsland(this.host, key, (message) => warnOnce(this.host, message));
      if (island) adopt(island);
    }
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false;
      this.retry();
    }
  }

  hostDisconnected(): void {
    // A detached element does not keep a request open; it loads again if it comes back.
    if (this.task.status === TaskStatus.PENDING) {
      this.resumeOnConnect = true;
      this.task.abort();
    }
  }

  hostUpdate(): void {
    const previous = this.source;
    const next = this.resolve();
    this.source = next;
    this.resolved = true;
    if (previous === next || (previous && next && shallowArrayEquals(previous, next))) return;
    if (next) void this.task.run(next);
    else this.task.abort();
  }

  hostUpdated(): void {
    if (Array.isArray(this.options.data())) return;
    const status = this.status;
    if (status === 'complete' && this.task.value !== this.reported) {
      const result = this.task.value as FeedResult<T>;
      this.reported = result;
      this.reportRejected(result.rejected);
      for (const { error } of result.failed ?? []) this.options.onError?.(error);
      this.options.onLoad?.(result);
    } else if (status === 'error' && this.task.error !== this.reported) {
      const error = this.task.error as FeedError;
      this.reported = error;
      for (const failure of error.details?.failures ?? [{ error }]) this.options.onError?.(failure.error);
    }
  }

  /**
   * The source the data property and `src` give now. Of the URLs, those Apiary may load (see
   * `safeUrl`), without repeats; an unsafe one is never fetched.
   */
  private resolve(): Source | undefined {
    const data = this.options.data();
    const urls: string[] = [];
    if (!isThenable(data) && !Array.isArray(data)) {
      const value = this.options.src();
      for (const entry of typeof value === 'string' ? [value] : (value ?? [])) {
        const src = String(entry ?? '').trim();
        if (!src) continue;
        const safe = safeUrl(src);
        if (!safe) warnOnce(this.host, `ignored an unsafe src "${src}": only http, https and relative URLs load.`);
        else if (!urls.includes(safe)) urls.push(safe);
      }
    }
    if (isThenable(data)) return ['[]', data, 0];
    return urls.length ? [JSON.stringify(urls), undefined, this.options.timeout()] : undefined;
  }

  private reportRejected(rejected: FeedRejection[]) {
    if (rejected.length) warnOnce(this.host, describeRejected(rejected, this.options.noun));
  }

  private validateSync(data: readonly unknown[]): FeedResult<T> {
    if (data !== this.syncData || !this.syncResult) {
      this.syncData = data;
      this.syncResult = validateItems(this.options.schema, data);
      this.reportRejected(this.syncResult.rejected);
    }
    return this.syncResult;
  }

  private async load(
    urls: readonly string[],
    promise: PromiseLike<unknown> | undefined,
    timeout: number,
    signal: AbortSignal,
  ): Promise<FeedResult<T> | typeof initialState> {
    const src = urls[0] ?? '';
    try {
      if (urls.length > 1) return await this.loadSeveral(urls, timeout, signal);
      const raw = promise ? itemsOf(await promise, this.options.key) : await this.fetch(src, timeout, signal);
      signal.throwIfAborted();
      return validateItems(this.options.schema, raw);
    } catch (error) {
      // Aborted because the source changed (Task drops that run's outcome anyway) or the element
      // disconnected (it runs again on reconnect): no error state, nothing to report.
      if (signal.aborted) return initialState;
      throw toFeedError(error, src);
    }
  }

  /** Every feed at once; the valid items of those that loaded, in the order of `urls`. */
  private async loadSeveral(urls: readonly string[], timeout: number, signal: AbortSignal): Promise<FeedResult<T>> {
    const settled = await Promise.allSettled(urls.map((url) => this.fetch(url, timeout, signal)));
    signal.throwIfAborted();
    const result: Required<FeedResult<T>> = { items: [], rejected: [], failed: [], bySource: [] };
    settled.forEach((outcome, i) => {
      const src = urls[i]!;
      if (outcome.status === 'rejected') {
        result.failed.push({ src, error: toFeedError(outcome.reason, src) });
        return;
      }
      const { items, rejected } = validateItems(this.options.schema, outcome.value);
      result.items.push(...items);
      result.bySource.push(items);
      result.rejected.push(...rejected.map((rejection) => ({ ...rejection, src })));
    });
    if (result.failed.length === urls.length) {
      const first = result.failed[0]!.error;
      first.details.failures = result.failed;
      throw first;
    }
    return result;
  }

  private fetch(src: string, timeout: number, signal: AbortSignal): Promise<unknown[]> {
    const { accept = 'application/json', parse } = this.options;
    return fetchItems(src, { timeout, signal, accept, parse });
  }
}

/** An element whose items come from a feed: it has `src` and `timeout` properties. */
export interface FeedHost extends ReactiveControllerHost, Element {
  src?: string;
  timeout: number;
}

/**
 * The feed of an element that keeps its items in its property `key` (`talks`), as every feed
 * element has it: a data island goes into that property, `src` loads within `timeout`, problems
 * warn once on the console, and the element fires `apiary-load` (`{ count, rejected }`) and
 * `apiary-error` (`{ error, src }`). `options` gives the schema, the parser and the noun, and
 * whatever the element does otherwise.
 */
export function hostFeed<T, H extends FeedHost, K extends keyof H & string>(
  host: H,
  key: K,
  options: Pick<FeedOptions<T>, 'schema' | 'parse' | 'noun'> & Partial<FeedOptions<T>>,
): FeedController<T> {
  const emit = <E extends keyof ApiaryEventMap>(type: E, detail: ApiaryEventMap[E]) => dispatch(host, type, detail);
  return new FeedController<T>(host, {
    key,
    adopt: (items) => (host[key] = items as H[K]),
    data: () => host[key],
    src: () => host.src,
    timeout: () => Number(host.timeout),
    onLoad: ({ items, rejected }) => emit('apiary-load', { count: items.length, rejected }),
    onError: (error) => emit('apiary-error', { error, src: error.details.src ?? host.src ?? '' }),
    ...options,
  });
}
