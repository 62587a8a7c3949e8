// Below-the-fold elements hydrate as they come near the viewport, like Astro's `client:visible`
// islands: their modules (and what only they use, e.g. the feed code) are not fetched at start.
// Until then the prerendered HTML is there, complete and usable: links work without the element.

/**
 * Half a screen ahead: a module has usually arrived before its element scrolls into view, yet what
 * starts a screen or more below the fold is not fetched with the page.
 */
const ROOT_MARGIN = '50% 0px';

/**
 * Loads each tag's module once one of its elements comes within `ROOT_MARGIN` of the viewport.
 * The elements hydrate in the language the server rendered them in (their own `lang` pins it
 * meanwhile, since hydration must match the prerendered DOM), then follow the page's current one:
 * a live locale switch made before they arrived still reaches them.
 */
export function hydrateWhenVisible(modules: Record<string, () => Promise<unknown>>): void {
  const rendered = document.documentElement.getAttribute('lang');
  const waiting = new Map(Object.entries(modules));
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        const load = waiting.get(target.localName);
        if (!isIntersecting || !load) continue;
        waiting.delete(target.localName);
        void upgrade(target.localName, load);
      }
      if (!waiting.size) observer.disconnect();
    },
    { rootMargin: ROOT_MARGIN },
  );

  async function upgrade(tag: string, load: () => Promise<unknown>): Promise<void> {
    const elements = [...document.querySelectorAll<HTMLElement>(tag)];
    for (const element of elements) observer.unobserve(element);
    const pinned = rendered ? elements.filter((element) => !element.hasAttribute('lang')) : [];
    for (const element of pinned) element.setAttribute('lang', rendered!);
    try {
      await load();
      await Promise.all(elements.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
    } finally {
      // A failed load leaves the prerendered element as it is: readable, its links working.
      for (const element of pinned) element.removeAttribute('lang');
    }
  }

  for (const tag of waiting.keys()) for (const element of document.querySelectorAll(tag)) observer.observe(element);
}
