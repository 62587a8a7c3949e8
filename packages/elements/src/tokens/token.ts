import { unsafeCSS, type CSSResult } from 'lit';
import { defaults, type TokenName } from './tokens.js';

const builtIn = defaults('light');

/** `var(--apiary-<name>, <built-in default>)`: an element looks right with no global CSS. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--apiary-${name}, ${builtIn[name]})`);
}
