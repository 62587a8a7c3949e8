// The template of one project card: a pure function of the project and the grid's card context
// (made here too, once per locale, strings, heading level and grouping).
// Not wrapped in `guard`: a first render of 1,000 cards paid ~40 ms for the directives, and a
// re-render of an unchanged card is Lit's own value comparison, a few µs.
import { html, nothing } from 'lit';
import type { LocalizeController, TranslationKey } from '@apiary/i18n';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { headingTag } from '../base/heading-tag.js';
import { safeUrl } from '../base/safe-url.js';
import type { Maturity, Project } from '../schemas/project.js';
import { areaKey, areasOf, isKnownArea, memoizeOne } from './view.js';

/** Everything a card needs from the grid, fixed for one render of the grid. */
export interface CardContext {
  /** The element of the card's title (`h2`–`h6`). */
  title: StaticValue;
  /** Compact star count for the eye (23.7K, 2.4万). */
  starsShort: (stars: number) => string;
  /** Full star count for screen readers ("23,725 stars"). */
  starsLong: (stars: number) => string;
  /** The label of an area: the localized name of a known one, else how the data wrote it (asked only then). */
  areaLabel: (key: string, written: () => string) => string;
  /** The maturity badge text, when the grid is not grouped by maturity. */
  maturityLabel?: (maturity: Maturity) => string;
  logoFailed: (url: string) => boolean;
  onLogoError: (event: Event) => void;
  /** A stable id for the card's title link, unique in the grid's shadow root. */
  idFor: (project: Project) => string;
}

/** `fn` remembering its result per argument. */
function cached<K, V>(fn: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, fn(key));
    return results.get(key)!;
  };
}

/**
 * A grid's card contexts: `(level, grouped) => CardContext` for headings at `level` (cards one
 * below when `grouped`). The context is new when anything a card shows besides its project
 * changes: the locale, the strings (which may arrive after the first render), the heading level,
 * the grouping. Card ids stay with their projects across contexts.
 */
export function cardContexts(
  localize: Pick<LocalizeController, 'locale' | 't' | 'number'>,
  logos: Pick<CardContext, 'logoFailed' | 'onLogoError'>,
): (level: number, grouped: boolean) => CardContext {
  const t = (key: TranslationKey, options?: Record<string, unknown>) => localize.t(key, options);
  const ids = new WeakMap<Project, string>();
  let nextId = 0;
  // `_locale` and `_signature` are not read: they are part of the memo key.
  const contextFor = memoizeOne((_locale: string, _signature: string, level: number, grouped: boolean): CardContext => {
    const label = cached((key: TranslationKey) => t(key));
    // Each string is formatted once per context: a card calls these for every star count and
    // tag, and a `t` with a count costs a lookup and a number format (1,000 cards share a few hundred values).
    // A new context comes with any change of locale or strings, so nothing stale is kept.
    return {
      title: headingTag(level + (grouped ? 1 : 0)),
      starsShort: cached((stars) => localize.number(stars, { notation: 'compact', maximumFractionDigits: 1 })),
      starsLong: cached((stars) => t('projectGrid.stars', { count: stars })),
      areaLabel: (key, written) => (isKnownArea(key) ? label(`projectGrid.areaNames.${key}`) : written()),
      maturityLabel: grouped ? undefined : (maturity) => label(`projectGrid.groups.${maturity}`),
      ...logos,
      idFor: (project) => {
        let id = ids.get(project);
        if (!id) ids.set(project, (id = `card-${nextId++}`));
        return id;
      },
    };
  });
  return (level, grouped) => {
    // The strings' signature: a few of them, enough to see new strings arrive.
    const signature = [
      t('projectGrid.stars', { count: 2 }),
      t('projectGrid.groups.major'),
      t('projectGrid.areaNames.networking'),
    ].join('|');
    return contextFor(localize.locale, signature, level, grouped);
  };
}

let segmenter: Intl.Segmenter | undefined;
/** The first user-perceived character of the name, upper-cased: the logo stand-in. */
export function monogram(name: string, locale: string): string {
  const trimmed = name.trim();
  // An ASCII character followed by another (or nothing) is a grapheme of its own: most names
  // skip the segmenter, which costs ~10 µs a card.
  if (/^[\x21-\x7e](?:[\x20-\x7e]|$)/.test(trimmed)) return trimmed[0]!.toLocaleUpperCase(locale);
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;
  const first = segmenter ? segmenter.segment(trimmed)[Symbol.iterator]().next().value?.segment : [...trimmed][0];
  return (first ?? '?').toLocaleUpperCase(locale);
}

const LI = literal`li`;
const DIV = literal`div`;

/**
 * One card in its list item (`li`, or `div` in a virtualized row). The item, the card, its title,
 * link, monogram and star icon are one template: every nested template costs a first render a
 * clone and a tree walk, and 1,000 cards render several each. (A project whose URL `safeUrl`
 * refuses, which its schema already rejects, keeps the link element without an `href`: a
 * placeholder, not a link.)
 */
export function renderCard(project: Project, ctx: CardContext, locale: string, row = false) {
  const url = safeUrl(project.url);
  const logo = safeUrl(project.logo);
  const id = ctx.idFor(project);
  const areas = project.areas ?? [];
  const links = (project.links ?? []).flatMap(({ label, url: href }) => {
    const safe = safeUrl(href);
    return safe ? [{ label, href: safe }] : [];
  });
  const keys = areasOf(project);
  const written = (key: string) => areas.find((area) => areaKey(area) === key) ?? key;
  const badge = ctx.maturityLabel && project.maturity ? ctx.maturityLabel(project.maturity) : undefined;
  const item = row ? DIV : LI;
  // A card with a logo keeps its monogram, hidden: one template either way.
  const pictured = Boolean(logo && !ctx.logoFailed(logo));
  return staticHtml`
    <${item} class="item"><article part="card" class="card">
      <div part="card-logo" class="logo">
        ${
          pictured
            ? html`<img
                src=${logo}
                alt=""
                loading="lazy"
                decoding="async"
                width="40"
                height="40"
                @error=${ctx.onLogoError}
              />`
            : nothing
        }<span class="monogram" aria-hidden="true" ?hidden=${pictured}>${pictured ? '' : monogram(project.name, locale)}</span>
      </div>
      <div class="main">
        <${ctx.title} part="card-name" class="name"
          ><a part="card-link" class="link" id=${id} href=${url ?? nothing}>${project.name}</a></${ctx.title}
        >
        ${project.tagline ? html`<p part="card-tagline" class="tagline">${project.tagline}</p>` : nothing}
        ${project.description ? html`<p part="card-description" class="description">${project.description}</p>` : nothing}
        ${
          badge || keys.length || links.length
            ? html`<div class="meta">
                ${badge ? html`<span part="card-maturity" class="badge">${badge}</span>` : nothing}
                ${
                  keys.length
                    ? html`<ul part="card-areas" class="tags">
                        ${keys.map((key) => html`<li class="tag">${ctx.areaLabel(key, () => written(key))}</li>`)}
                      </ul>`
                    : nothing
                }
                ${
                  links.length
                    ? html`<ul part="card-links" class="links">
                        ${links.map(
                          ({ label, href }) =>
                            html`<li>
                              <a part="card-extra-link" href=${href} aria-describedby=${url ? id : nothing}>${label}</a>
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
      ${
        project.stars !== undefined
          ? html`<p part="card-stars" class="stars">
              <svg class="star-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
                <path fill="currentColor" d="M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2l-4.5 2.4.9-5L.8 6.1l5-.7z" /></svg
              ><span aria-hidden="true">${ctx.starsShort(project.stars)}</span
              ><span class="visually-hidden">${ctx.starsLong(project.stars)}</span>
            </p>`
          : nothing
      }
    </article></${item}>
  `;
}
