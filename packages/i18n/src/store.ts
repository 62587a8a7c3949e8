import { formatNumber } from './format.js';

type Tree = { readonly [key: string]: unknown };
type Flat = Map<string, string>;

/**
 * Apiary's own string store. Strings stay i18next-shaped data (`key_one`/`key_other` picked by
 * `Intl.PluralRules`, `{{name}}`, `{{count, number}}`), read the way i18next reads them, so any
 * i18next loads Apiary's strings as they are and shows the same text (the parity test checks).
 * Shipped strings and a host's additions are kept apart, so a later lazy load never overwrites
 * an addition.
 */
const shipped = new Map<string, Flat>();
const added = new Map<string, Flat>();

function flatten(tree: Tree, into: Flat, prefix = ''): Flat {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object') flatten(value as Tree, into, `${path}.`);
  }
  return into;
}

export function addShipped(code: string, strings: object): void {
  shipped.set(code, flatten(strings as Tree, new Map()));
}

export function addOverrides(code: string, strings: object): void {
  let flat = added.get(code);
  if (!flat) added.set(code, (flat = new Map()));
  flatten(strings as Tree, flat);
}

const rules = new Map<string, Intl.PluralRules>();

function pluralOf(code: string, count: number): string {
  let rule = rules.get(code);
  if (!rule) rules.set(code, (rule = new Intl.PluralRules(code)));
  return rule.select(count);
}

const find = (code: string, key: string) => added.get(code)?.get(key) ?? shipped.get(code)?.get(key);

/**
 * The string for `key` along `chain`, as i18next ≥ 23 resolves it: in each locale in turn, with a
 * count, `key_zero` (for 0), then the locale's plural form, then `key`, then `key_other`.
 */
export function lookup(chain: readonly string[], key: string, count: number | undefined): string | undefined {
  for (const code of chain) {
    if (count === undefined) {
      const found = find(code, key);
      if (found !== undefined) return found;
      continue;
    }
    const found =
      (count === 0 ? find(code, `${key}_zero`) : undefined) ??
      find(code, `${key}_${pluralOf(code, count)}`) ??
      find(code, key) ??
      find(code, `${key}_other`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A placeholder: the value's name, its format (`number`, or anything else, kept as is) and the format's options. */
interface Slot {
  raw: string;
  name: string;
  format?: string;
  options?: Record<string, unknown>;
}
type Part = string | Slot;

const templates = new Map<string, Part[]>();

/**
 * Splits a string at its placeholders with i18next's own pattern (the shortest non-empty run up to
 * `}}` on one line). `{{- name}}`, i18next's unescaped form, is the same here: nothing is ever
 * escaped. Strings are Apiary's and the host's translations, never data.
 */
function parse(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const match of text.matchAll(/\{\{(.+?)\}\}/g)) {
    parts.push(text.slice(from, match.index), slot(match[0], match[1]!.replace(/^-/, '')));
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** `count, number(minimumFractionDigits: 2)` → name, format and options, as i18next's formatter reads them. */
function slot(raw: string, inner: string): Slot {
  const [name = '', ...rest] = inner.split(',');
  const [format, args = ''] = rest.join(',').split('(');
  const options: Record<string, unknown> = {};
  for (const pair of args.replace(/\)\s*$/, '').split(';')) {
    const [key = '', ...value] = pair.split(':');
    const text = value
      .join(':')
      .trim()
      .replace(/^'+|'+$/g, '');
    if (key.trim() && !(key.trim() in options))
      options[key.trim()] = text === 'true' || (text !== 'false' && (isNaN(+text) ? text : parseInt(text, 10)));
  }
  return { raw, name: name.trim(), format: format?.trim().toLowerCase(), options };
}

function valueOf(values: Record<string, unknown>, name: string): unknown {
  if (name in values) return values[name];
  let value: unknown = values;
  for (const step of name.split('.')) value = (value as Record<string, unknown> | undefined)?.[step];
  return value;
}

function fill(part: Slot, values: Record<string, unknown>, code: string): string | undefined {
  const value = valueOf(values, part.name);
  if (part.format === 'number') {
    // The format's own options and the value's `formatParams`, as i18next merges them (Apiary never
    // passes Intl options at the top level of a call, which i18next would merge as well).
    const params = (values.formatParams as Record<string, object> | undefined)?.[part.name];
    try {
      return formatNumber(value as number, code, { ...part.options, ...params } as Intl.NumberFormatOptions);
    } catch {
      return String(value); // options Intl refuses: the value as it is, as i18next's formatter gives it
    }
  }
  if (value === undefined) return Object.hasOwn(values, part.name) ? '' : undefined;
  return value === null ? '' : String(value);
}

/**
 * Fills the placeholders of `text` with `values`, numbers formatted with `Intl` in `code`. A value
 * is inserted as text, never read again for placeholders or `$t(…)`; a missing one leaves its
 * placeholder as written (i18next with `skipOnVariables`).
 */
export function interpolate(text: string, values: Record<string, unknown>, code: string): string {
  if (!text.includes('{{')) return text;
  let parts = templates.get(text);
  if (!parts) templates.set(text, (parts = parse(text)));
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else out += fill(part, values, code) ?? part.raw;
  }
  return out;
}
