// Every page's entry starts here. The page is prerendered and complete before any script runs,
// so hydration waits for the first paint: its modules then do not compete with the page's own
// content for the network, and the largest paint comes about as early as with no script at all.
// The styles stay static imports, so the build links them in <head> as before.
import '@apiary/elements/themes/apiary.css';
import '../site.css';
import { hydrateWhenVisible } from './visible.js';

/** Longest wait for the first contentful paint: a page may have nothing that counts as one. */
const PAINT_WAIT = 3000;

/** Resolves once the current content has painted (at once in a hidden tab, which never paints). */
async function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return;
  // The first frame may paint nothing contentful yet (styles or fonts still arriving): wait for
  // the first contentful paint where the browser reports it, so no script runs ahead of it.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, PAINT_WAIT);
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) done();
      });
      function done() {
        clearTimeout(timer);
        observer.disconnect();
        resolve();
      }
      observer.observe({ type: 'paint', buffered: true });
    });
  }
  // A timeout queued from a frame callback runs after that frame is painted.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Hydrates the page after the first paint: Lit's hydration support and the page's strings, then
 * `load`'s elements; the elements of `whenVisible` (tag → module) only as they come near the
 * viewport (see visible.ts).
 */
export async function hydrate(
  load: () => Promise<unknown>[],
  whenVisible: Record<string, () => Promise<unknown>> = {},
): Promise<void> {
  await afterFirstPaint();
  const { ready } = await import('./boot.js');
  await ready;
  hydrateWhenVisible(whenVisible);
  await Promise.all(load());
}
