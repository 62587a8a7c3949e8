// HTML in feeds reduced to the text a reader sees. One pass from left to right: every step moves
// past what it looked at and never looks at it again, so the work grows with the length of the
// input, whatever the input is (regular expressions with lazy or nested quantifiers did not: an
// unclosed `<p ` repeated a few thousand times cost them seconds).
import { decodeHTML } from 'entities/decode';

/** How much HTML of one field is read: summaries keep ~400 characters of text. */
export const HTML_LENGTH = 16_000;

/** Elements whose content is never text a reader sees: dropped with everything inside them. */
export const HIDDEN = new Set(
  'script style template noscript iframe object svg math head title textarea select'.split(' '),
);

/** Elements that break a line: a space keeps the words on either side apart. */
export const BLOCKS = new Set(
  'p div br hr li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr td th section article header footer figure figcaption aside nav main'.split(
    ' ',
  ),
);

const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The text a reader would see in an HTML fragment: comments, doctypes and non-text elements
 * (script, style, …) dropped, tags removed, entities decoded, white space collapsed. Pure string
 * work, the same in every environment. A tag or comment left open runs to the end, as in a
 * browser. The result is only ever rendered as text, so a tag this misses shows as characters and
 * can never become markup.
 */
export function htmlToText(html: string): string {
  const input = html.length > HTML_LENGTH ? html.slice(0, HTML_LENGTH) : html;
  const out: string[] = [];
  let i = 0;
  while (i < input.length) {
    const open = input.indexOf('<', i);
    if (open < 0) {
      out.push(input.slice(i));
      break;
    }
    out.push(input.slice(i, open));
    const next = input.charCodeAt(open + 1);
    const closing = next === 0x2f; // `</`
    if (input.startsWith('<!--', open)) {
      i = after(input, '-->', open + 4);
      out.push(' ');
    } else if (next === 0x21 || next === 0x3f) {
      // `<!doctype …>`, `<![CDATA[…]]>`, `<?…>`: up to the next `>`.
      i = after(input, '>', open + 2);
      out.push(' ');
    } else if (isLetter(closing ? input.charCodeAt(open + 2) : next)) {
      const start = open + (closing ? 2 : 1);
      let end = start;
      while (end < input.length && !/[\s/>]/.test(input[end]!)) end++;
      const name = input.slice(start, end).toLowerCase();
      i = tagEnd(input, end);
      if (!closing && HIDDEN.has(name)) i = hiddenEnd(input, name, i);
      out.push(BLOCKS.has(name) || HIDDEN.has(name) ? ' ' : '');
    } else {
      // `1 < 2`: a `<` that starts no tag is text.
      out.push('<');
      i = open + 1;
    }
  }
  return collapse(decodeHTML(out.join('')));
}

/** The index after `token` found from `from`, or the end when it is missing. */
function after(input: string, token: string, from: number): number {
  const at = input.indexOf(token, from);
  return at < 0 ? input.length : at + token.length;
}

/**
 * The index after a tag's `>`, skipping quoted attribute values (which may hold `>`). As in HTML,
 * a quote opens a value only right after `=`; one left open runs to the end.
 */
function tagEnd(input: string, from: number): number {
  let equals = false;
  for (let i = from; i < input.length; i++) {
    const c = input[i]!;
    if (c === '>') return i + 1;
    if (equals && (c === '"' || c === "'")) {
      const close = input.indexOf(c, i + 1);
      if (close < 0) return input.length;
      i = close;
      equals = false;
    } else if (c === '=') equals = true;
    else if (!/\s/.test(c)) equals = false;
  }
  return input.length;
}

/** The index after the end tag that closes a hidden element (`</script>`), or the end. */
function hiddenEnd(input: string, name: string, from: number): number {
  const end = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
  end.lastIndex = from;
  const found = end.exec(input);
  return found ? tagEnd(input, end.lastIndex) : input.length;
}

/** Entities decoded, white space collapsed (for fields that are text but often over-escaped). */
export function decodeText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : collapse(decodeHTML(text)) || undefined;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
