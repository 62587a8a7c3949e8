// The look of the loading, error and empty states (feed-states.ts) of every element that loads
// data: the talk list, the blog teaser and the project grid.
import { css } from 'lit';
import { token } from '../tokens/token.js';
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
