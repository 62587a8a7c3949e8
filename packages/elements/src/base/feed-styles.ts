// The look of the elements that show a feed (the talk list, the blog teaser): their loading, error
// and empty states (state-styles.ts, which the project grid shares) and what their items share.
import { css } from 'lit';
import { token } from '../tokens/token.js';
import { externalLinkStyles } from './external-link.js';
import { feedStateStyles } from './state-styles.js';

/** What the talk list and the blog teaser look like alike: host, focus ring, heading, cards, item titles, links, meta line. */
export const feedItemStyles = css`
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
