import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import * as v from 'valibot';
import { safeUrl } from './safe-url.js';

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

/** An item a feed held that did not pass validation. */
export interface FeedRejection {
  /** Its position in the feed. */
  index: number;
  /** What was wrong with it, e.g. `url: Unsafe or empty URL…`. */
  reason: string;
  /** The feed it came from, when the element loads several. */
  src?: string;
}

/** A feed that failed while others loaded. */
export interface FeedFailure {
  src: string;
  error: FeedError;
}

export interface FeedResult<T> {
  items: T[];
  rejected: FeedRejection[];
  /** With several feeds: the ones that failed. */
  failed?: FeedFailure[];
  /** With several feeds: `items` split by the feed they came from, in the order of the list. */
  bySource?: T[][];
}

export type FeedStatus = 'idle' | 'pending' | 'complete' | 'error';

/** Why a feed failed: each kind has a localized explanation under `common.feedError`. */
export type FeedErrorKind = 'http' | 'timeout' | 'network' | 'format' | 'unknown';

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: {
      status?: number;
      src?: string;
      cause?: unknown;
      /** When every one of several feeds failed: all their errors (this one is the first). */
      failures?: FeedFailure[];
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** The HTTP status, for `kind: 'http'`. */
  get status(): number | undefined {
    return this.details.status;
  }
}

/**
 * Turns a response body into the feed's raw items (validated afterwards). Throws a
 * `FeedError('format', …)` when the body is not a feed it understands. RSS and Atom parsers
 * implement the same signature. `src` is the URL as requested (the response's own `url` may be
 * empty), for resolving relative links.
 */
export type FeedParser = (body: string, response: Response, src: string) => unknown[] | Promise<unknown[]>;

/**
 * Most bytes read from one feed (16 MiB: a 10 MB feed of 50 long items still loads). A larger
 * `Content-Length` is refused before reading; a body without one stops being read past it.
 */
export const MAX_FEED_BYTES = 16 * 1024 * 1024;

/** Longest timer browsers keep: a longer `setTimeout` delay fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** The body as text (UTF-8, as `Response.text()` reads it), refused past `limit` bytes. */
export async function readBody(response: Response, src: string, limit = MAX_FEED_BYTES): Promise<string> {
  const tooLarge = () => new FeedError('format', `${src} is larger than ${limit} bytes: not read.`, { src });
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Counted after decompression: a small gzip body cannot unpack past the limit.
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** The items of a parsed JSON document: an array, or an object holding one under `key`. */
export function itemsOf(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data;
  const wrapped = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(wrapped)) return wrapped;
  throw new FeedError('format', `Expected an array or an object with a "${key}" array.`);
}

/** The default parser: a JSON array of items, or `{ "<key>": [...] }`. */
export function jsonFeed(key: string): FeedParser {
  return (body) => {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (cause) {
      throw new FeedError('format', 'The response is not valid JSON.', { cause });
    }
    return itemsOf(data, key);
  };
}

/** Validates each item; keeps the valid ones (as the schema outputs them) and explains the rest. */
export function validateItems<T>(schema: v.GenericSchema<unknown, T>, raw: readonly unknown[]): FeedResult<T> {
  const items: T[] = [];
  const rejected: FeedRejection[] = [];
  raw.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) items.push(result.output);
    else rejected.push({ index, reason: describeIssues(result.issues) });
  });
  return { items, rejected };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** One line for the console about dropped items (the first few, then a count). */
export function describeRejected(rejected: readonly FeedRejection[], noun = 'item'): string {
  const shown = rejected
    .slice(0, 5)
    .map(({ index, reason }) => `#${index} (${reason})`)
    .join(', ');
  const more = rejected.length > 5 ? ` and ${rejected.length - 5} more` : '';
  return `dropped ${rejected.length} invalid ${noun}${rejected.length === 1 ? '' : 's'}: ${shown}${more}.`;
}

/**
 * Reads a `<script type="application/json">` child of `host` (a data island a prerendering page
 * writes next to the server-rendered markup): the array, or the array under `key`. Undefined when
 * there is none; `onError` hears about one that is not valid JSON. The script is only parsed, never run.
 */
export function readDataIsland(host: Element, key: string, onError?: (message: string) => void): unknown[] | undefined {
  const script = [...host.children].find(
    (child) => child.localName === 'script' && child.getAttribute('type')?.trim() === 'application/json',
  );
  if (!script) return undefined;
  try {
    return itemsOf(JSON.parse(script.textContent ?? ''), key);
  } catch (error) {
    onError?.(`ignored its <script type="application/json"> data: ${(error as Error).message}`);
    return undefined;
  }
}

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
  /**
   * Author and data problems for the console (the host's `warnOnce`): invalid items dropped from a
   * new result, an unsafe `src` (not fetched), a data island that is not JSON.
   */
  warn?: (message: string) => void;
  /** What one item is called in those messages, e.g. `project`. */
  noun?: string;
  /**
   * Takes the items of the host's JSON data island (see `readDataIsland`) when `data()` is
   * undefined on connect: set them as the data property, before the first (hydrating) render.
   */
  adopt?: (items: unknown[]) => void;
}

/** What the task loads: `urls` (one key for comparing them) or a promise, and the timeout. */
interface Source {
  key: string;
  urls: readonly string[];
  promise: PromiseLike<unknown> | undefined;
  timeout: number;
}
const NO_SOURCE: Source = { key: '', urls: [], promise: undefined, timeout: 0 };
const sameSource = (a: Source, b: Source) => a.key === b.key && a.promise === b.promise && a.timeout === b.timeout;

/**
 * The reactive controller behind `src`/data properties: see the module comment. Read `status`,
 * `result` and `error` in `render()`; call `retry()` from a retry button.
 */
export class FeedController<T> implements ReactiveController {
  private readonly options: FeedOptions<T>;
  private readonly task: Task<[Source], FeedResult<T> | typeof initialState>;
  /** The source the task last ran for (or was told to stop for). */
  private source: Source | undefined;
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
    this.task = new Task(host, {
      task: ([source], { signal }) => this.load(source, signal),
      autoRun: false,
    });
    host.addController(this);
  }

  /** What to show: `idle` (no data, no source), `pending`, `complete` or `error`. */
  get status(): FeedStatus {
    const data = this.options.data();
    if (Array.isArray(data)) return 'complete';
    if (!isThenable(data) && !this.currentUrls().length) return 'idle';
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
    if (this.source && (this.source.urls.length || this.source.promise)) void this.task.run([this.source]);
  }

  hostConnected(): void {
    const { adopt, data, key, warn } = this.options;
    if (adopt && data() === undefined) {
      const island = readDataIsland(this.host, key, warn);
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
    const data = this.options.data();
    let next = NO_SOURCE;
    if (isThenable(data)) next = { ...NO_SOURCE, promise: data };
    else if (!Array.isArray(data)) {
      const urls = this.currentUrls();
      next = { key: urls.join('\n'), urls, promise: undefined, timeout: this.options.timeout() };
    }
    const previous = this.source;
    if (previous && sameSource(previous, next)) return;
    this.source = next;
    if (next.urls.length || next.promise) void this.task.run([next]);
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

  /** The URLs Apiary may load (see `safeUrl`), without repeats; an unsafe one is never fetched. */
  private currentUrls(): string[] {
    const value = this.options.src();
    const list = typeof value === 'string' ? [value] : (value ?? []);
    const urls: string[] = [];
    for (const entry of list) {
      const src = String(entry ?? '').trim();
      if (!src) continue;
      const safe = safeUrl(src);
      if (!safe) this.options.warn?.(`ignored an unsafe src "${src}": only http, https and relative URLs load.`);
      else if (!urls.includes(safe)) urls.push(safe);
    }
    return urls;
  }

  private reportRejected(rejected: FeedRejection[]) {
    if (rejected.length) this.options.warn?.(describeRejected(rejected, this.options.noun));
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
    { urls, promise, timeout }: Source,
    signal: AbortSignal,
  ): Promise<FeedResult<T> | typeof initialState> {
    const src = urls[0] ?? '';
    try {
      if (urls.length > 1) return await this.loadSeveral(urls, timeout, signal);
      const raw = promise ? itemsOf(await promise, this.options.key) : await this.fetchItems(src, timeout, signal);
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
    const settled = await Promise.allSettled(urls.map((url) => this.fetchItems(url, timeout, signal)));
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

  private async fetchItems(src: string, timeout: number, signal: AbortSignal): Promise<unknown[]> {
    // One controller for the request, aborted by the task's signal or by the timer. Both the
    // listener and the timer go away when the request settles, so nothing outlives it.
    const request = new AbortController();
    const abort = () => request.abort(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    const timer =
      timeout > 0 && Number.isFinite(timeout)
        ? setTimeout(
            () => request.abort(new FeedError('timeout', `No answer within ${timeout} ms.`, { src })),
            Math.min(timeout, MAX_TIMEOUT),
          )
        : undefined;
    try {
      let response: Response;
      try {
        response = await fetch(src, {
          signal: request.signal,
          headers: { accept: this.options.accept ?? 'application/json' },
        });
      } catch (cause) {
        if (request.signal.aborted) throw request.signal.reason;
        throw new FeedError('network', `Could not fetch ${src}.`, { src, cause });
      }
      if (!response.ok) {
        // Read the (error page) body anyway: a response left unread shows up as an aborted request.
        await readBody(response, src).catch(() => '');
        throw new FeedError('http', `${src} answered ${response.status}.`, { status: response.status, src });
      }
      let body: string;
      try {
        body = await readBody(response, src);
      } catch (cause) {
        if (request.signal.aborted) throw request.signal.reason;
        if (cause instanceof FeedError) throw cause;
        throw new FeedError('network', `Could not read ${src}.`, { src, cause });
      }
      return await this.options.parse(body, response, src);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
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
 * go to `warn` (the host's `warnOnce`), and `emit` (the host's) fires `apiary-load`
 * (`{ count, rejected }`) and `apiary-error` (`{ error, src }`). `options` gives the schema, the
 * parser and the noun, and whatever the element does otherwise.
 */
export function hostFeed<T>(
  host: FeedHost,
  key: string,
  emit: <K extends 'apiary-load' | 'apiary-error'>(type: K, detail: ApiaryEventMap[K]) => boolean,
  warn: (message: string) => void,
  options: Pick<FeedOptions<T>, 'schema' | 'parse' | 'noun'> & Partial<FeedOptions<T>>,
): FeedController<T> {
  const data = host as unknown as Record<string, unknown>;
  return new FeedController<T>(host, {
    key,
    adopt: (items) => (data[key] = items),
    data: () => data[key],
    src: () => host.src,
    timeout: () => Number(host.timeout),
    onLoad: ({ items, rejected }) => emit('apiary-load', { count: items.length, rejected }),
    onError: (error) => emit('apiary-error', { error, src: error.details.src ?? host.src ?? '' }),
    warn,
    ...options,
  });
}

function toFeedError(error: unknown, src: string): FeedError {
  if (error instanceof FeedError) {
    error.details.src ??= src;
    return error;
  }
  return new FeedError('unknown', (error as Error)?.message ?? String(error), { src, cause: error });
}
