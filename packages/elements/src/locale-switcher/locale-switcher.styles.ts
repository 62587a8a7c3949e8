import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-block-size: 2.5rem;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    font: inherit;
    font-size: ${token('font-size-sm')};
    line-height: ${token('line-height-tight')};
    color: inherit;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    cursor: pointer;
  }

  .button:hover,
  .item:hover {
    background: ${token('color-surface-raised')};
  }

  .button:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .globe,
  .chevron,
  .check {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
  }

  .current {
    overflow-wrap: anywhere;
  }

  .chevron {
    transition: transform ${token('duration-fast')} ${token('easing-standard')};
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  /* Positioned by script (left/top) in the top layer, so physical insets are reset here. */
  .menu {
    position: fixed;
    inset: auto;
    box-sizing: border-box;
    min-inline-size: 12rem;
    max-inline-size: min(22rem, calc(100vw - 1rem));
    margin: 0;
    padding: ${token('space-1')};
    overflow-y: auto;
    overscroll-behavior: contain;
    color: ${token('color-text')};
    font-family: ${token('font-body')};
    font-size: ${token('font-size-md')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    box-shadow: ${token('shadow-md')};
  }

  .menu[hidden] {
    display: none;
  }

  .item {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    inline-size: 100%;
    box-sizing: border-box;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-2')} ${token('space-3')};
    font: inherit;
    line-height: ${token('line-height-tight')};
    text-align: start;
    text-decoration: none;
    color: inherit;
    background: none;
    border: 0;
    border-radius: ${token('radius-sm')};
    cursor: pointer;
  }

  .item:focus-visible,
  .item:focus {
    outline: 2px solid ${token('color-focus')};
    outline-offset: -2px;
    background: ${token('color-surface-raised')};
  }

  .item[aria-checked='true'] {
    font-weight: ${token('font-weight-medium')};
  }

  .check {
    color: ${token('color-accent')};
    visibility: hidden;
  }

  .item[aria-checked='true'] .check {
    visibility: visible;
  }

  .name {
    overflow-wrap: anywhere;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .button:focus-visible,
    .item:focus {
      outline-color: Highlight;
    }
    .check {
      color: CanvasText;
    }
  }
`;
