/**
 * The core of the CDN autoloader (`cdn/apiary.loader.js`): defines each `apiary-*` element the first
 * time it is seen, importing only that element's chunk (and the shared chunks it imports). The build
 * (scripts/build-cdn.mjs) calls `createLoader` with a map from tag to `() => import('./…')` generated
 * from the custom elements manifest; the bundler resolves those imports relative to the loader's own
 * URL, so the folder works from any origin or sub-path without injected scripts.
 *
 * Browser only. It looks at the page when the loader module runs: the document, every open shadow
 * root present at a scan, and every subtree added later (a MutationObserver per observed root).
 */

/** Tag → a function that imports the chunk defining it. */
export type ChunkMap = Readonly<Record<string, () => Promise<unknown>>>;

export interface Loader {
  /** Scans `root` now and watches it for elements added later (for closed or later-attached shadow roots). */
  discover(root: Document | DocumentFragment | Element): void;
  /**
   * Resolves once every `apiary-*` element found now (in the document, its open shadow roots and
   * every discovered root) is defined; rejects, naming the element, when its chunk fails to load.
   */
  allDefined(): Promise<void>;
}

const PREFIX = 'apiary-';

export function createLoader(chunks: ChunkMap): Loader {
  const loading = new Map<string, Promise<unknown>>();
  // Roots handed to discover() (closed or later-attached shadow roots), held weakly.
  const roots = new Set<WeakRef<Document | DocumentFragment | Element>>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  const load = (tag: string): Promise<unknown> => {
    let pending = loading.get(tag);
    if (!pending) {
      const chunk = Object.hasOwn(chunks, tag) ? chunks[tag] : undefined;
      pending = customElements.get(tag)
        ? Promise.resolve()
        : chunk
          ? chunk().then(
              () => customElements.whenDefined(tag),
              (cause: unknown) => {
                const error = new Error(`<${tag}> could not be loaded: ${String((cause as Error)?.message ?? cause)}`, {
                  cause,
                });
                console.error(error);
                throw error;
              },
            )
          : Promise.reject(new Error(`<${tag}> is not an element of @apiary/elements`));
      pending.catch(() => {}); // reported above; allDefined() rejects with it
      loading.set(tag, pending);
    }
    return pending;
  };

  /** Observes `root` for added subtrees, once. */
  const watch = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  };

  /** Calls `found(tag)` for each undefined `apiary-*` element in `root` and its open shadow roots, and watches those. */
  const walk = (root: ParentNode, found: (tag: string) => void) => {
    const visit = (el: Element) => {
      const tag = el.localName;
      if (tag.startsWith(PREFIX) && !customElements.get(tag)) found(tag);
      if (el.shadowRoot) {
        watch(el.shadowRoot);
        walk(el.shadowRoot, found);
      }
    };
    if (root instanceof Element) visit(root);
    for (const el of root.querySelectorAll('*')) visit(el);
  };

  const scan = (root: ParentNode) =>
    walk(root, (tag) => {
      if (Object.hasOwn(chunks, tag)) load(tag);
    });

  const discover = (root: Document | DocumentFragment | Element) => {
    if (root !== document && !watched.has(root)) roots.add(new WeakRef(root));
    watch(root);
    scan(root);
  };

  const allDefined = () => {
    const tags = new Set<string>();
    walk(document, (tag) => tags.add(tag));
    for (const ref of roots) {
      const root = ref.deref();
      if (root) walk(root, (tag) => tags.add(tag));
      else roots.delete(ref);
    }
    return Promise.all([...tags].map(load)).then(() => undefined);
  };

  discover(document);
  // Loaded as an async script while the page still parses: look again once it is complete, for
  // declarative shadow roots attached after their host was seen.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => discover(document));

  return { discover, allDefined };
}
