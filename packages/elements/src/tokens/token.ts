import { unsafeCSS, type CSSResult } from 'lit';
import { colorDecls, defaults, type Scheme, type TokenName } from './tokens.js';

const builtIn = defaults('light');

/**
 * `var(--apiary-<name>, <built-in default>)`: an element looks right with no global CSS. A colour's
 * default is its `--_a-<name>` (`--_a-text` for `color-text`), which every element's host sets
 * with `palette()` to follow the page's `color-scheme`.
 */
export function token(name: TokenName): CSSResult {
  const fallback = name.startsWith('color-') ? `var(--_a-${name.slice(6)})` : builtIn[name];
  return unsafeCSS(`var(--apiary-${name}, ${fallback})`);
}

/**
 * The built-in colours as `--_a-<name>` declarations: `light-dark()` pairs, or one scheme's. Not
 * `canvas`: the page's background is the page's, and no element paints it (apiary.css has it).
 */
export function palette(scheme: Scheme = 'light-dark'): CSSResult {
  return unsafeCSS(colorDecls(scheme, '_a-', ' ', ['canvas']));
}
