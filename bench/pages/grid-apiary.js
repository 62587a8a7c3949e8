import '@apiary/elements/themes/apiary.css';
import '@apiary/elements/project-grid.js';
import { install } from './harness.js';

// The grid's lazily loaded part (the virtualizer), loaded up front, as the grid would have it
// cached after its first large list: the timing is about rendering, not about fetching a module.
// A dynamic import: a bare `import '…'` of a module the package declares free of side effects is
// dropped by the bundler, and every sample then fetched the module inside the timed step.
await import('../../packages/elements/dist/project-grid/virtual.js');

let grid;
const isSettled = () => {
  const root = grid.shadowRoot;
  return !grid.isUpdatePending && (!root.querySelector('.virtual') || root.querySelector('.virtual .row'));
};
/** The next change in the grid's shadow root, or a timeout. */
const nextMutation = () =>
  new Promise((resolve) => {
    const observer = new MutationObserver(() => done());
    const timer = setTimeout(() => done(), 1000);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    observer.observe(grid.shadowRoot, { childList: true, subtree: true });
  });
/**
 * Until the grid has no update pending and, when virtualized, its first rows are in. The
 * virtualizer renders those in microtasks after the grid's update (or in a later frame): a mutation
 * observer sees them as they land, where a timer poll would add a task, and often a frame. Bounded.
 */
async function settled() {
  for (let i = 0; i < 100; i++) {
    await grid.updateComplete;
    if (isSettled()) return;
    await nextMutation();
  }
}

install({
  async render(host, projects, { threshold }) {
    grid = document.createElement('apiary-project-grid');
    if (threshold) grid.virtualizeThreshold = threshold;
    grid.projects = projects;
    host.append(grid);
    await settled();
  },
  async filter(query) {
    const input = grid.shadowRoot.querySelector('input[type="search"]');
    input.value = query;
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query.slice(-1) }),
    );
    await settled();
  },
  cards: () => grid.shadowRoot.querySelectorAll('.card').length,
});
