import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  :host {
    font-size: ${token('font-size-sm')};
  }

  .banner {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-3')};
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-4')};
    background: ${token('color-accent-subtle')};
    border-block-end: 1px solid ${token('color-border')};
  }

  .message {
    flex: 1;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .link {
    color: inherit;
    font-weight: ${token('font-weight-medium')};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: ${token('color-accent-strong')};
  }

  .link:focus-visible,
  .close:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
    border-radius: ${token('radius-sm')};
  }

  .close {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: ${token('radius-pill')};
    background: transparent;
    color: inherit;
    cursor: pointer;
    transition: background-color ${token('duration-fast')} ${token('easing-standard')};
  }

  .close:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }

  .close svg {
    inline-size: 1rem;
    block-size: 1rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .close {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .banner {
      border-block-end-color: CanvasText;
    }
  }
`;
