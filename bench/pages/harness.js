// The in-page half of the benchmark: `window.bench`, driven by ../run.mjs. Every timing starts
// just before the data (or the keystroke) is handed over and ends when the DOM is updated and
// style and layout are done (a forced synchronous layout): `work`. `frame` goes on to the next
// animation frame after that, painted (requestAnimationFrame, then a MessageChannel task).
import { makeProjects } from './data.js';

export const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

const layout = () => document.documentElement.offsetHeight;

async function timed(action) {
  await nextFrame();
  const start = performance.now();
  await action();
  layout();
  const work = performance.now() - start;
  await nextFrame();
  return { work, frame: performance.now() - start };
}

/**
 * `variant`: { render(host, projects, options) → (promise of) nothing; filter?(query); cards() → number }.
 * Each variant renders into `#host` and reports how many cards are in the DOM.
 */
export function install(variant) {
  const host = document.getElementById('host');
  window.bench = {
    async render({ count, threshold }) {
      const projects = makeProjects(count);
      const result = await timed(() => variant.render(host, projects, { threshold }));
      return { ...result, cards: variant.cards() };
    },
    async filter(query) {
      const result = await timed(() => variant.filter(query));
      return { ...result, cards: variant.cards() };
    },
    /** Scrolls the window to the end in bounded steps of two viewports, a frame apart. */
    async scrollToEnd() {
      let steps = 0;
      while (steps++ < 3000 && scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
        scrollBy(0, innerHeight * 2);
        await nextFrame();
      }
      for (let i = 0; i < 5; i++) await nextFrame();
      return { steps, cards: variant.cards() };
    },
  };
  window.benchReady = true;
}

/** A shadow root on `host` styled with the grid's own styles, holding the results region. */
export async function gridShadow(host) {
  const { ApiaryProjectGrid } = await import('@apiary/elements/project-grid.js');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = ApiaryProjectGrid.elementStyles.map((s) => s.styleSheet);
  const base = document.createElement('div');
  base.className = 'base';
  const results = document.createElement('div');
  results.className = 'results layout-grid';
  base.append(results);
  root.append(base);
  return { root, results };
}
