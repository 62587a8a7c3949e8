import { css, html, nothing, svg, type ReactiveElement } from 'lit';

// Stands in for the page's origin where it is not known yet; `.invalid` never names a real site.
const UNKNOWN_ORIGIN = 'https://apiary.invalid';

/**
 * Whether a (safe) URL leaves the site: an http(s) URL that the browser's URL parser resolves to
 * another origin than `origin`, however it is spelled (`//host`, `/\host`, `\\host`, `http:/\host`).
 * Without an origin (on the server, and in an element's first render, which must match the
 * server's for hydration) every URL that resolves off the page counts as external; elements pass
 * `location.origin` from their second render on.
 */
export function isExternal(url: string, origin: string | undefined): boolean {
  const here = origin ?? UNKNOWN_ORIGIN;
  try {
    const target = new URL(url, `${here}/`);
    return (target.protocol === 'http:' || target.protocol === 'https:') && target.origin !== here;
  } catch {
    return true;
  }
}

/**
 * Gives `set` the page's origin, for `linkTarget`: at once, or, for a server-rendered element
 * about to hydrate (its first render must match the server's markup), after that render. Call it
 * in `connectedCallback`, before `super.connectedCallback()`: a hydrating element has its shadow
 * root already, not yet a render.
 */
export function learnOrigin(host: ReactiveElement, set: (origin: string) => void): void {
  if (host.hasUpdated || !host.shadowRoot) set(location.origin);
  else void host.updateComplete.then(() => set(location.origin));
}

const icon = svg`<svg class="external-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" d="M9.5 2.5h4v4M13.5 2.5 7 9M12 9.5v3a1 1 0 0 1-1 1H3.5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3"/></svg>`;

/**
 * The attributes and marker of a link: an external one opens in a new tab, safely
 * (`rel="noopener noreferrer"`: the other site gets no handle on this page and no referrer), with
 * an icon and, for screen readers, `label` (the localized "opens in a new tab").
 */
export function linkTarget(url: string, origin: string | undefined, label: string) {
  const external = isExternal(url, origin);
  return {
    target: external ? '_blank' : nothing,
    rel: external ? 'noopener noreferrer' : nothing,
    // The space keeps the label a word of its own in the link's accessible name.
    marker: external ? html`${icon}<span class="visually-hidden"> ${label}</span>` : nothing,
  };
}

/**
 * A link (class `link`) to a safe `url`, showing `content`, with `linkTarget`'s attributes and
 * marker; `describedBy` is the id of what describes it.
 */
export function renderLink(
  part: string,
  url: string,
  content: unknown,
  origin: string | undefined,
  label: string,
  describedBy?: string,
) {
  const { target, rel, marker } = linkTarget(url, origin, label);
  return html`<a
    part=${part}
    class="link"
    href=${url}
    target=${target}
    rel=${rel}
    aria-describedby=${describedBy ?? nothing}
    >${content}${marker}</a
  >`;
}

/** The icon's place beside the link text, for every element that renders `linkTarget`'s marker. */
export const externalLinkStyles = css`
  .external-icon {
    margin-inline-start: 0.25em;
    vertical-align: -0.05em;
  }

  /* The icon points up and away: in right-to-left text, away is to the left. */
  :host(:dir(rtl)) .external-icon {
    transform: scaleX(-1);
  }
`;
