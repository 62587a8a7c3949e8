import '@apiary/elements/themes/apiary.css';
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { gridShadow, install } from './harness.js';
import { buildCardContent, buildGroups } from './markup.js';

const { root, results } = await gridShadow(document.getElementById('host'));

install({
  async render(host, projects) {
    results.append(
      ...buildGroups(projects, (project, id) => {
        const card = document.createElement('sl-card');
        card.append(...buildCardContent(project, id));
        return card;
      }),
    );
    await Promise.all([...root.querySelectorAll('sl-card')].map((card) => card.updateComplete));
  },
  cards: () => root.querySelectorAll('sl-card').length,
});
