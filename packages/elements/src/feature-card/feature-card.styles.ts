import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  .card {
    position: relative;
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    padding: ${token('space-6')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    box-shadow: ${token('shadow-sm')};
    transition:
      box-shadow ${token('duration-normal')} ${token('easing-standard')},
      transform ${token('duration-normal')} ${token('easing-standard')};
  }

  .card--link:hover {
    box-shadow: ${token('shadow-md')};
    transform: translateY(-2px);
  }

  ::slotted([slot='icon']) {
    display: block;
    inline-size: 3rem;
    block-size: 3rem;
    margin-block-end: ${token('space-4')};
    color: ${token('color-accent')};
  }

  .title {
    margin: 0;
    font-family: ${token('font-heading')};
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    overflow-wrap: anywhere;
  }

  .link {
    color: inherit;
    text-decoration: none;
  }

  /* The stretched link: the whole card is the click target without nesting interactive content. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  .link:focus-visible {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
    border-radius: ${token('radius-lg')};
  }

  .card--link:hover .link {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .body {
    flex: 1;
    margin-block-start: ${token('space-3')};
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height-normal')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
  }

  .body ::slotted(p) {
    margin: 0;
  }

  .cta {
    display: inline-flex;
    margin-block-start: ${token('space-4')};
    align-items: center;
    gap: ${token('space-1')};
    font-weight: ${token('font-weight-medium')};
    color: ${token('color-link')};
  }

  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
    .card--link:hover {
      transform: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
