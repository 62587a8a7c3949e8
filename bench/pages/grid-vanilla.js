import '@apiary/elements/themes/apiary.css';
import { gridShadow, install } from './harness.js';
import { buildCard, buildGroups } from './markup.js';

const { root, results } = await gridShadow(document.getElementById('host'));
const haystacks = new WeakMap();

install({
  render(host, projects) {
    results.append(
      ...buildGroups(projects, (project, id) => {
        const card = buildCard(project, id);
        haystacks.set(card, [project.name, project.tagline ?? '', project.description ?? ''].join('\n').toLowerCase());
        return card;
      }),
    );
  },
  // The same search on the same DOM, done by hand: hide what does not match.
  filter(query) {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    for (const group of results.children) {
      let shown = 0;
      for (const item of group.querySelector('.cards').children) {
        const text = haystacks.get(item.firstElementChild);
        item.hidden = !terms.every((term) => text.includes(term));
        if (!item.hidden) shown++;
      }
      group.hidden = shown === 0;
    }
  },
  cards: () => root.querySelectorAll('.card').length,
});
