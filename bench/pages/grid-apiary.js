import '@apiary/elements/themes/apiary.css';
import '@apiary/elements/project-grid.js';
// The grid's lazily loaded part (the virtualizer), loaded up front, as the grid would have it
// cached after its first large list: the timing is about rendering, not about fetching a module.
import '../../packages/elements/dist/project-grid/virtual.js';
import { install } from './harness.js';

let grid;
/**
 * Until the grid has no update pending and, past the threshold, the virtualizer has taken over
 * (its module arrives after the first update, which renders the first cards plainly). Bounded.
 */
async function settled() {
  const large = grid.view.filtered.length > grid.virtualizeThreshold; // `view` is private: a bench may look
  for (let i = 0; i < 500; i++) {
    await grid.updateComplete;
    const virtual = grid.shadowRoot.querySelector('.virtual .row');
    if (!grid.isUpdatePending && (!large || virtual)) return;
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
