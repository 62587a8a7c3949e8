// What a feed holds and how its items are read and checked: shared by the feed controller and the parsers.
import * as v from 'valibot';

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
