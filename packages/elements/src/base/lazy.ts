/**
 * A module an element loads only when it needs it (a feed parser, menu positioning): `get()`
 * imports it once and hands back the same promise after; a failed import is tried again on the
 * next call. `get.loaded` says whether it has arrived.
 */
export function lazy<T>(load: () => Promise<T>): (() => Promise<T>) & { loaded: boolean } {
  let pending: Promise<T> | undefined;
  const get = Object.assign(
    () =>
      (pending ??= load().then(
        (module) => {
          get.loaded = true;
          return module;
        },
        (error: unknown) => {
          pending = undefined; // try again next time
          throw error;
        },
      )),
    { loaded: false },
  );
  return get;
}
