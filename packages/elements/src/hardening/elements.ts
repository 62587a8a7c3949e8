// What the hardening suites know about the elements, read from custom-elements.json and the
// valibot schemas in src/schemas/ (never from a list kept here): the elements, their string
// attributes, their data property and schema, and a valid sample item with its text and URL fields.
// Test code only: tsconfig.build.json leaves src/hardening/ out of the package.
import * as v from 'valibot';
import { SAFE_URL_PATTERN } from '../schemas/url.js';

export interface ManifestField {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
  type?: { text: string };
}
export interface ElementInfo {
  tag: string;
  /** Attributes holding a string (or a list of them): text or URLs from the page author. */
  stringAttributes: { name: string; list: boolean }[];
  /** Its slots' names (`''` for the default slot). */
  slots: string[];
  /** The data property (`projects`, …) and its schema, for elements that show a feed. */
  data?: { property: string; schema: Schema };
}

// The valibot schema nodes this walks: just the parts it reads.
export interface Schema {
  type: string;
  kind?: string;
  entries?: Record<string, Schema>;
  item?: Schema;
  wrapped?: Schema;
  options?: unknown[];
  pipe?: Schema[];
  requirement?: unknown;
}

export async function elements(load: typeof fetch = fetch): Promise<ElementInfo[]> {
  const manifest = await (await load(new URL('../../custom-elements.json', import.meta.url))).json();
  const found: ElementInfo[] = [];
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      const fields = (declaration.members as ManifestField[]).filter(
        (m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly,
      );
      const info: ElementInfo = {
        tag: declaration.tagName,
        slots: ((declaration.slots ?? []) as { name: string }[]).map((slot) => slot.name),
        stringAttributes: fields
          .filter((f) => f.attribute && /^string(\[\])?( \| undefined)?$/.test(f.type?.text ?? ''))
          .map((f) => ({ name: f.attribute!, list: f.type!.text.includes('[]') })),
      };
      // `projects?: Project[] | Promise<Project[]>` → schemas/project.ts, `ProjectSchema`.
      for (const field of fields) {
        const type = /^(\w+)\[\] \| Promise</.exec(field.type?.text ?? '')?.[1];
        if (!type || field.attribute) continue;
        const module = (await import(`../schemas/${type.toLowerCase()}.ts`)) as Record<string, Schema>;
        info.data = { property: field.name, schema: module[`${type}Schema`]! };
      }
      found.push(info);
    }
  return found;
}

/** The object schema inside optional()/pipe() wrappers. */
const unwrap = (schema: Schema): Schema => (schema.wrapped ? unwrap(schema.wrapped) : schema);
const accepts = (schema: Schema, value: unknown) => v.safeParse(schema as never, value).success;

export type Path = (string | number)[];
export interface Field {
  path: Path;
  kind: 'text' | 'url';
}

/**
 * A valid item for `schema` and the paths of its text and URL fields. Values are found by trying
 * candidates against each field's own schema, so dates, ids and pick-lists stay valid.
 */
export function sample(schema: Schema, path: Path = [], fields: Field[] = []): unknown {
  const inner = unwrap(schema);
  if (inner.type === 'object') {
    const item: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(inner.entries!)) item[key] = sample(entry, [...path, key], fields);
    return item;
  }
  if (inner.type === 'array') return [sample(inner.item!, [...path, 0], fields)];
  if (inner.type === 'picklist') return inner.options![0];
  if (inner.type === 'number') return 1;
  if (inner.type === 'boolean') return true;
  if (inner.type === 'string') {
    const isUrl = inner.pipe?.some((p) => p.type === 'regex' && p.requirement === SAFE_URL_PATTERN);
    if (isUrl) {
      fields.push({ path, kind: 'url' });
      return 'https://example.com/';
    }
    if (accepts(inner, 'Plain text')) {
      fields.push({ path, kind: 'text' });
      return 'Plain text';
    }
    const candidate = ['2021-08-19', 'L3_AOFSNKK8'].find((c) => accepts(inner, c));
    if (candidate === undefined) throw new Error(`No sample value for ${path.join('.')}`);
    return candidate;
  }
  throw new Error(`Unknown schema type ${inner.type} at ${path.join('.')}`);
}

export function withValue(item: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(item) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/** Items differ in every URL so that de-duplicating elements keep them all. */
export function distinct(item: unknown, n: number, fields: Field[]): unknown {
  let out = item;
  for (const field of fields)
    if (field.kind === 'url') out = withValue(out, field.path, `https://example.com/${n}/${field.path.join('-')}`);
  return out;
}
