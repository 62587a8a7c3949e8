/**
 * A module an element loads only when it needs it (a feed parser, menu positioning): `get()`
 * imports it once and hands back the same promise after; a failed import is tried again on the
 * next call. `get.module` is the module once it has arrived.
 */
export function lazy<T>(load: () => Promise<T>): (() => Promise<T>) & { module?: T } {
  let pending: Promise<T> | undefined;
  const get = Object.assign(
    () =>
      (pending ??= load().then(
        (module) => {
          get.module = module;
          return module;
        },
        (error: unknown) => {
          pending = undefined; // try again next time
          throw error;
        },
      )),
    { module: undefined as T | undefined },
  );
  return get;
}
