import '@apiary/elements/themes/apiary.css';
import '@apiary/elements/project-grid.js';
// The grid's lazily loaded part (the virtualizer), loaded up front, as the grid would have it
// cached after its first large list: the timing is about rendering, not about fetching a module.
import '../../packages/elements/dist/project-grid/virtual.js';
import { install } from './harness.js';

let grid;
/** Until the grid has no update pending and, when virtualized, its first rows are in. Bounded. */
async function settled() {
  for (let i = 0; i < 500; i++) {
    await grid.updateComplete;
    const root = grid.shadowRoot;
    if (!grid.isUpdatePending && (!root.querySelector('.virtual') || root.querySelector('.virtual .row'))) return;
    await new Promise((resolve) => setTimeout(resolve));
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
