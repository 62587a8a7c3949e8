import { FeedError, type FeedParser } from './feed-data.js';

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

/** Fetches one feed within `timeout` ms (0 or less: no limit) and parses it into raw items. */
export async function fetchItems(
  src: string,
  { timeout, signal, accept, parse }: { timeout: number; signal: AbortSignal; accept: string; parse: FeedParser },
): Promise<unknown[]> {
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
        headers: { accept },
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
    return await parse(body, response, src);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Any failure as a `FeedError` that names its feed. */
export function toFeedError(error: unknown, src: string): FeedError {
  if (error instanceof FeedError) {
    error.details.src ??= src;
    return error;
  }
  return new FeedError('unknown', (error as Error)?.message ?? String(error), { src, cause: error });
}
