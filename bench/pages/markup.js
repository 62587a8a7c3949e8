// The markup <apiary-project-grid> renders for its groups and cards (see
// packages/elements/src/project-grid/card.ts), built without Apiary: with the DOM API (`build*`)
// and as one plain Lit template (`template`). The Shoelace and Web Awesome variants wrap the same
// card content in their card elements.
import { translate } from '@apiary/i18n';
import { html, svg } from 'lit';

// Made on first use, inside the timed step, as the grid makes its own: a page's first Intl
// formatter loads the locale's data (10–30 ms in a fresh page), a cost every variant pays alike.
let formatters;
const stars = (value) => {
  formatters ??= {
    compact: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
    full: new Intl.NumberFormat('en'),
  };
  return { short: formatters.compact.format(value), long: `${formatters.full.format(value)} stars` };
};
// The grid's English labels, read once from the shipped translations (outside any timed step).
const GROUP_NAMES = Object.fromEntries(
  ['major', 'emerging', 'other'].map((id) => [id, translate('en', `projectGrid.groups.${id}`)]),
);
const areaNames = new Map();
const STAR_PATH = 'M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2l-4.5 2.4.9-5L.8 6.1l5-.7z';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Major, Emerging, Other, each sorted by stars (most first), as the grid shows them by default. */
export function groupProjects(projects) {
  const groups = { major: [], emerging: [], other: [] };
  for (const project of projects) groups[project.maturity ?? 'other'].push(project);
  const byStars = (a, b) => (b.stars ?? -1) - (a.stars ?? -1) || a.name.localeCompare(b.name);
  return Object.entries(groups)
    .filter(([, items]) => items.length)
    .map(([id, items]) => ({ id, items: items.sort(byStars) }));
}

/** A known area's label, else the area as written (an unknown key comes back as the key itself). */
function areaLabel(area) {
  const key = `projectGrid.areaNames.${area.trim().toLowerCase()}`;
  if (!areaNames.has(key)) areaNames.set(key, translate('en', key));
  const label = areaNames.get(key);
  return label === key ? area : label;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

function starIcon() {
  const icon = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries({
    class: 'star-icon',
    'aria-hidden': 'true',
    focusable: 'false',
    viewBox: '0 0 16 16',
    width: '16',
    height: '16',
  }))
    icon.setAttribute(name, value);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', STAR_PATH);
  icon.append(path);
  return icon;
}

/** The inside of one card (logo, main, stars), as DOM nodes. */
export function buildCardContent(project, id) {
  const count = project.stars === undefined ? undefined : stars(project.stars);
  const links = project.links ?? [];
  const areas = project.areas ?? [];
  const meta =
    areas.length || links.length
      ? el(
          'div',
          { class: 'meta' },
          areas.length
            ? el(
                'ul',
                { part: 'card-areas', class: 'tags' },
                ...areas.map((a) => el('li', { class: 'tag' }, areaLabel(a))),
              )
            : undefined,
          links.length
            ? el(
                'ul',
                { part: 'card-links', class: 'links' },
                ...links.map((l) =>
                  el('li', {}, el('a', { part: 'card-extra-link', href: l.url, 'aria-describedby': id }, l.label)),
                ),
              )
            : undefined,
        )
      : undefined;
  return [
    el(
      'div',
      { part: 'card-logo', class: 'logo' },
      el('span', { class: 'monogram', 'aria-hidden': 'true' }, project.name[0].toUpperCase()),
    ),
    el(
      'div',
      { class: 'main' },
      el(
        'h3',
        { part: 'card-name', class: 'name' },
        el('a', { part: 'card-link', class: 'link', id, href: project.url }, project.name),
      ),
      project.tagline ? el('p', { part: 'card-tagline', class: 'tagline' }, project.tagline) : undefined,
      project.description
        ? el('p', { part: 'card-description', class: 'description' }, project.description)
        : undefined,
      meta,
    ),
    project.stars === undefined
      ? undefined
      : el(
          'p',
          { part: 'card-stars', class: 'stars' },
          starIcon(),
          el('span', { 'aria-hidden': 'true' }, count.short),
          el('span', { class: 'visually-hidden' }, count.long),
        ),
  ].filter(Boolean);
}

/** The results region: a section per group with its heading and a list of cards made by `card`. */
export function buildGroups(projects, card) {
  let next = 0;
  return groupProjects(projects).map(({ id, items }) =>
    el(
      'section',
      { part: 'group', class: 'group', 'aria-labelledby': `group-${id}` },
      el('h2', { part: 'group-heading', class: 'group-heading', id: `group-${id}` }, GROUP_NAMES[id]),
      el(
        'ul',
        { class: 'cards' },
        ...items.map((project) => el('li', { class: 'item' }, card(project, `card-${next++}`))),
      ),
    ),
  );
}

export const buildCard = (project, id) =>
  el('article', { part: 'card', class: 'card' }, ...buildCardContent(project, id));

const starSvg = svg`<svg class="star-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path fill="currentColor" d=${STAR_PATH}/></svg>`;

function cardTemplate(project, id) {
  const count = project.stars === undefined ? undefined : stars(project.stars);
  const links = project.links ?? [];
  const areas = project.areas ?? [];
  return html`<article part="card" class="card">
    <div part="card-logo" class="logo">
      <span class="monogram" aria-hidden="true">${project.name[0].toUpperCase()}</span>
    </div>
    <div class="main">
      <h3 part="card-name" class="name">
        <a part="card-link" class="link" id=${id} href=${project.url}>${project.name}</a>
      </h3>
      ${project.tagline ? html`<p part="card-tagline" class="tagline">${project.tagline}</p>` : ''}
      ${project.description ? html`<p part="card-description" class="description">${project.description}</p>` : ''}
      ${
        areas.length || links.length
          ? html`<div class="meta">
              ${
                areas.length
                  ? html`<ul part="card-areas" class="tags">
                      ${areas.map((a) => html`<li class="tag">${areaLabel(a)}</li>`)}
                    </ul>`
                  : ''
              }
              ${
                links.length
                  ? html`<ul part="card-links" class="links">
                      ${links.map((l) => html`<li><a part="card-extra-link" href=${l.url} aria-describedby=${id}>${l.label}</a></li>`)}
                    </ul>`
                  : ''
              }
            </div>`
          : ''
      }
    </div>
    ${
      project.stars === undefined
        ? ''
        : html`<p part="card-stars" class="stars">
            ${starSvg}<span aria-hidden="true">${count.short}</span><span class="visually-hidden">${count.long}</span>
          </p>`
    }
  </article>`;
}

/** The whole results region as one plain Lit template. */
export function template(projects) {
  let next = 0;
  return html`${groupProjects(projects).map(
    ({ id, items }) =>
      html`<section part="group" class="group" aria-labelledby=${`group-${id}`}>
        <h2 part="group-heading" class="group-heading" id=${`group-${id}`}>${GROUP_NAMES[id]}</h2>
        <ul class="cards">
          ${items.map((project) => html`<li class="item">${cardTemplate(project, `card-${next++}`)}</li>`)}
        </ul>
      </section>`,
  )}`;
}
