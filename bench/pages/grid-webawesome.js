import '@apiary/elements/themes/apiary.css';
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/card/card.js';
import { gridShadow, install } from './harness.js';
import { buildCardContent, buildGroups } from './markup.js';

const { root, results } = await gridShadow(document.getElementById('host'));

install({
  async render(host, projects) {
    results.append(
      ...buildGroups(projects, (project, id) => {
        const card = document.createElement('wa-card');
        card.append(...buildCardContent(project, id));
        return card;
      }),
    );
    await Promise.all([...root.querySelectorAll('wa-card')].map((card) => card.updateComplete));
  },
  cards: () => root.querySelectorAll('wa-card').length,
});
