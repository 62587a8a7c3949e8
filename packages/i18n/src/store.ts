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
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Splits a string at its `{{…}}` placeholders, in one pass: a placeholder is the shortest
 * non-empty run up to `}}` on one line, as i18next's `{{(.+?)}}` reads it. `{{- name}}` (i18next's
 * unescaped form) is the same here, since nothing is ever escaped.
 */
function parse(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  let at = text.indexOf('{{');
  while (at !== -1) {
    const end = text.indexOf('}}', at + 3);
    if (end === -1) break;
    const inner = text.slice(at + 2, end);
    const line = LINE_BREAK.exec(inner);
    if (line) {
      at = text.indexOf('{{', at + 2 + line.index);
      continue;
    }
    if (at > from) parts.push(text.slice(from, at));
    parts.push({ raw: text.slice(at, end + 2), ...slot(inner.replace(/^-/, '').trim()) });
    from = end + 2;
    at = text.indexOf('{{', from);
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** `count, number(minimumFractionDigits: 2)` → name, format and options, as i18next's formatter parses them. */
function slot(inner: string): Omit<Slot, 'raw'> {
  const comma = inner.indexOf(',');
  if (comma === -1) return { name: inner };
  const name = inner.slice(0, comma).trim();
  const spec = inner.slice(comma + 1).trim();
  const open = spec.indexOf('(');
  if (open === -1) return { name, format: spec.toLowerCase() };
  const options: Record<string, unknown> = {};
  for (const pair of spec.slice(open + 1, spec.lastIndexOf(')')).split(';')) {
    const [key = '', ...rest] = pair.split(':');
    const raw = rest
      .join(':')
      .trim()
      .replace(/^'+|'+$/g, '');
    const value: unknown =
      raw === 'true' ? true : raw === 'false' ? false : Number.isNaN(Number(raw)) ? raw : parseInt(raw, 10);
    if (key.trim() && options[key.trim()] === undefined) options[key.trim()] = value;
  }
  return { name, format: spec.slice(0, open).trim().toLowerCase(), options };
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
