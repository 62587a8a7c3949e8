// The pseudo-locale: generated from English when this module loads, never kept by hand, so it
// always has every key. See pseudo.ts.
import { pseudoLocalize } from '../pseudo.js';
import en from './en.js';

export default pseudoLocalize(en);
