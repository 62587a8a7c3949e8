import '@apiary/elements/themes/apiary.css';
import { render } from 'lit';
import { gridShadow, install } from './harness.js';
import { template } from './markup.js';

const { root, results } = await gridShadow(document.getElementById('host'));

install({
  render(host, projects) {
    render(template(projects), results);
  },
  cards: () => root.querySelectorAll('.card').length,
});
