const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
/** Filler that makes a string longer, accented like the rest so it reads as "translated". */
const PADDING = 'öñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ ';
/** Interpolations (`{{count}}`, `{{name, number}}`) and nesting (`$t(key)`) stay exactly as they are. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

function accent(text: string): string {
  return text.replace(/[a-zA-Z]/g, (c) => ACCENTED[PLAIN.indexOf(c)]!);
}

/**
 * Pseudo-localizes one string: accented letters, about 40% longer, in brackets —
 * `Learn more` → `[Ļéåŕñ ɱöŕé öñé ţ]`. Text left plain on a pseudo-localized page was never
 * translated; text cut off at the end (no `]`) was clipped.
 */
export function pseudoLocalizeString(text: string): string {
  const parts = text.split(KEEP);
  const length = parts.reduce((sum, part, i) => sum + (i % 2 ? 0 : [...part].length), 0);
  const extra = Math.ceil(length * 0.4);
  let padding = '';
  while (padding.length < extra) padding += PADDING;
  padding = padding.slice(0, extra).trimEnd();
  const body = parts.map((part, i) => (i % 2 ? part : accent(part))).join('');
  return `[${body}${padding ? ` ${padding}` : ''}]`;
}

type Tree = { [key: string]: string | Tree };

/** Pseudo-localizes every string of a translation tree, keeping its keys (plural suffixes included). */
export function pseudoLocalize<T extends object>(strings: T): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(strings as Tree)) {
    out[key] = typeof value === 'string' ? pseudoLocalizeString(value) : pseudoLocalize(value);
  }
  return out as T;
}
