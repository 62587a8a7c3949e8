// The look of the elements that show a feed (the talk list, the blog teaser): their loading, error
// and empty states (feed-states.ts) and what their items share.
import { css } from 'lit';
import { token } from '../tokens/token.js';
import { externalLinkStyles } from './external-link.js';
import { visuallyHiddenStyles } from './visually-hidden.js';

/** The states' look, after the screen-reader-only text their status line uses. */
export const feedStateStyles = [
  visuallyHiddenStyles,
  css`
    .message {
      padding: ${token('space-6')};
      text-align: center;
      color: ${token('color-text-muted')};
      background: ${token('color-surface')};
      border: 1px dashed ${token('color-border')};
      border-radius: ${token('radius-lg')};
    }

    .message p {
      margin: 0;
    }

    .message p + p,
    .message p + .button {
      margin-block-start: ${token('space-3')};
    }

    .error {
      border-style: solid;
      border-inline-start: 4px solid ${token('color-danger')};
    }

    .message-title {
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text')};
    }

    .button {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-1')};
      min-block-size: 2rem;
      padding-block: ${token('space-1')};
      padding-inline: ${token('space-3')};
      font: inherit;
      font-size: ${token('font-size-sm')};
      color: inherit;
      background: ${token('color-surface')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-pill')};
      cursor: pointer;
      transition: background-color ${token('duration-fast')} ${token('easing-standard')};
    }

    .button:hover {
      background: ${token('color-surface-raised')};
    }

    /* The list of items, and the skeleton that stands in for it. */
    .list,
    .skeleton {
      display: grid;
      gap: ${token('space-4')};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .skeleton-row {
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
      padding: ${token('space-4')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-lg')};
    }

    .bone {
      display: block;
      block-size: 0.875rem;
      inline-size: 70%;
      background: ${token('color-surface-raised')};
      border-radius: ${token('radius-sm')};
      animation: pulse 1.2s ease-in-out infinite alternate;
    }

    .bone:first-child {
      inline-size: 45%;
      block-size: 1rem;
    }

    .bone.short {
      inline-size: 30%;
    }

    @keyframes pulse {
      to {
        opacity: 0.45;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
      .button {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .button {
        border-color: CanvasText;
      }
    }
  `,
];

/** What the talk list and the blog teaser look like alike: host, focus ring, heading, cards, item titles, links, meta line. */
export const feedItemStyles = css`
  :host {
    display: block;
    font-family: ${token('font-body')};
    color: ${token('color-text')};
    line-height: ${token('line-height-normal')};
  }

  :host([hidden]) {
    display: none;
  }

  :is(button, a):focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .results:focus {
    outline: none;
  }

  /* A heading above the items; each element gives its size. */
  .heading {
    margin: 0 0 ${token('space-3')};
    font-family: ${token('font-heading')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }

  .card {
    padding: ${token('space-4')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
  }

  .title {
    margin: 0;
    font-family: ${token('font-heading')};
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    overflow-wrap: anywhere;
  }

  .link {
    color: ${token('color-link')};
    text-decoration: none;
  }

  .link:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .meta {
    margin: ${token('space-1')} 0 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  /* The separator hangs on the item before it (a no-break space away), so a wrapped line never
     starts with one; screen readers skip it (empty alternative text). */
  .meta > :not(:last-child)::after {
    content: '\\00a0\\00a0·\\00a0' / '';
  }

  @media (forced-colors: active) {
    :is(button, a):focus-visible {
      outline-color: Highlight;
    }
    .card {
      border-color: CanvasText;
    }
  }
`;

/** Every shared sheet of a feed element, in cascade order: states, items, external links. */
export const feedStyles = [feedStateStyles, feedItemStyles, externalLinkStyles];
