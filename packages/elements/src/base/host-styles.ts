import { css } from 'lit';
import { palette, token } from '../tokens/token.js';

/**
 * Every element's host (ApiaryElement puts it before the element's own styles).
 *
 * - The built-in colours: `light-dark()` pairs, so they follow the `color-scheme` the page
 *   declares (nothing declared: light), and light where `light-dark()` is missing.
 * - What an embed takes from its page, through tokens the page may set: font family, text colour
 *   (`--apiary-font-body`, `--apiary-color-text`) and font size (inherited).
 * - What the design depends on, so a page's inherited text styles (a centred, upper-case, `nowrap`
 *   body) stop at the element: alignment, wrapping, transform, spacing, style, indent and
 *   line-height. A rule for the element itself (`apiary-feature-card { … }`) still wins.
 * - `--apiary-prerendered`: a host whose shadow root has these styles before it is defined (a
 *   prerendered one, from declarative shadow DOM) marks itself, so the opt-in cloak of `apiary.css`
 *   (`<html class="apiary-cloak">`) never hides it.
 */
export const hostStyles = css`
  :host {
    ${palette()}
    --apiary-prerendered: visible;
    display: block;
    font-family: ${token('font-body')};
    font-style: normal;
    color: ${token('color-text')};
    line-height: ${token('line-height-normal')};
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${palette('light')}
    }
  }
`;
