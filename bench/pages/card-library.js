// The Shoelace and Web Awesome variants: the grid's card content inside a card library's element.
// (Its own module, so the Apiary page does not load the baseline markup and its Intl formatters.)
import { gridShadow, install } from './harness.js';
import { buildCardContent, buildGroups } from './markup.js';

/** A card library's variant: each card is a `<tag>` element around the grid's card content. */
export async function installCardGrid(tag) {
  const { root, results } = await gridShadow(document.getElementById('host'));
  install({
    async render(host, projects) {
      results.append(
        ...buildGroups(projects, (project, id) => {
          const card = document.createElement(tag);
          card.append(...buildCardContent(project, id));
          return card;
        }),
      );
      await Promise.all([...root.querySelectorAll(tag)].map((card) => card.updateComplete));
    },
    cards: () => root.querySelectorAll(tag).length,
  });
}
