// dist/web-types.json, JetBrains IDEs' completion and docs: generated from custom-elements.json by
// scripts/build-types.mjs, in the shape of the Web Types schema
// (https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json), covering every
// element of the manifest, and found by IDEs through package.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const read = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));
const webTypes = await read('dist/web-types.json');
const manifest = await read('custom-elements.json');
const pkg = await read('package.json');
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, path: mod.path })))
  .filter((decl) => decl.customElement && decl.tagName);

// The parts of the Web Types schema this file uses, written down as what each object may hold:
// `required` keys, and every allowed key with a check of its value. An unknown key fails, as the
// schema's own `additionalProperties: false` objects would.
const string = (value) => typeof value === 'string';
const oneOf =
  (...options) =>
  (value) =>
    options.includes(value);
const list = (shape) => (value) => Array.isArray(value) && value.every((item) => valid(item, shape));
const object = (shape) => (value) => valid(value, shape);
const named = { required: ['name'], keys: { name: string, description: string, 'doc-url': string } };
const typed = { ...named, keys: { ...named.keys, type: string } };
const attribute = {
  ...named,
  keys: {
    ...named.keys,
    value: object({
      required: [],
      keys: {
        kind: oneOf('plain', 'expression', 'no-value'),
        type: string,
        required: (v) => v === !!v,
        default: string,
      },
    }),
  },
};
const element = {
  ...named,
  keys: {
    ...named.keys,
    source: object({ required: ['symbol'], keys: { module: string, symbol: string } }),
    attributes: list(attribute),
    slots: list(named),
    js: object({ required: [], keys: { properties: list(typed), events: list(named) } }),
    css: object({ required: [], keys: { properties: list(named), parts: list(named) } }),
  },
};
const schema = {
  required: ['name', 'version', 'contributions'],
  keys: {
    $schema: oneOf(
      'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
      'http://json.schemastore.org/web-types',
    ),
    name: string,
    version: string,
    'js-types-syntax': oneOf('typescript'),
    'description-markup': oneOf('html', 'markdown', 'none'),
    contributions: object({
      required: [],
      keys: { html: object({ required: [], keys: { elements: list(element) } }) },
    }),
  },
};
let problem;
function valid(value, { required, keys }, path = '') {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return !(problem = `${path}: not an object`);
  for (const key of required) if (!(key in value)) return !(problem = `${path}: lacks ${key}`);
  for (const [key, item] of Object.entries(value)) {
    if (!keys[key]) return !(problem = `${path}: unknown key ${key}`);
    if (!keys[key](item)) return !(problem ??= `${path}.${key}: ${JSON.stringify(item).slice(0, 80)}`);
  }
  return true;
}

test('web-types.json has the shape of the Web Types schema', () => {
  problem = undefined;
  assert.ok(valid(webTypes, schema), problem);
  // Shape checks that fail: the validator above is not a rubber stamp.
  assert.equal(valid({ name: 'x', version: '1' }, schema), false);
  assert.equal(valid({ ...webTypes, framework: 'lit' }, schema), false);
  const [first] = webTypes.contributions.html.elements;
  assert.equal(valid({ ...first, attributes: [{ description: 'no name' }] }, element), false);
});

test('web-types.json names this package and version, and package.json points IDEs to it', () => {
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
  assert.ok(pkg.files.includes('dist'));
});

test('web-types.json lists every element of the manifest with all its API, and nothing else', () => {
  const generated = webTypes.contributions.html.elements;
  assert.deepEqual(generated.map((el) => el.name).sort(), elements.map((el) => el.tagName).sort());
  const names = (items = []) => items.map((item) => item.name);
  for (const el of elements) {
    const entry = generated.find((item) => item.name === el.tagName);
    const name = el.path.split('/')[1];
    assert.equal(entry.description, el.description, el.tagName);
    assert.deepEqual(entry.source, { module: `@apiary/elements/classes/${name}.js`, symbol: el.name });
    assert.equal(entry['doc-url'], `${pkg.homepage}?path=/docs/elements-${name}--docs`);
    assert.deepEqual(names(entry.attributes), names(el.attributes), el.tagName);
    for (const attr of el.attributes ?? []) {
      const value = entry.attributes.find((a) => a.name === attr.name).value;
      assert.equal(value.type, attr.type?.text ?? 'string', `${el.tagName} ${attr.name}`);
      assert.equal(value.default, attr.default, `${el.tagName} ${attr.name}`);
    }
    assert.deepEqual(names(entry.slots), names(el.slots), el.tagName);
    assert.deepEqual(names(entry.js.events), names(el.events?.filter((e) => e.name)), el.tagName);
    assert.deepEqual(names(entry.css.parts), names(el.cssParts), el.tagName);
    assert.deepEqual(names(entry.css.properties), names(el.cssProperties), el.tagName);
    for (const prop of el.cssProperties ?? []) {
      const description = entry.css.properties.find((p) => p.name === prop.name).description;
      assert.ok(description.includes(`Default: \`${prop.default}\``), `${el.tagName} ${prop.name}`);
    }
    // Every public, writable property a framework may set (the React and Vue types list the same).
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly);
    assert.deepEqual(names(entry.js.properties), names(fields), el.tagName);
  }
});

test("each element's doc-url is its Storybook docs page: the story title is Elements/<Name>", async () => {
  for (const el of elements) {
    const name = el.path.split('/')[1];
    const stories = await readFile(new URL(`src/${name}/${name}.stories.ts`, root), 'utf8');
    const title = stories.match(/title: '([^']+)'/)[1];
    // Storybook's story id: the title lower-cased, every run of other characters a hyphen.
    assert.equal(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), `elements-${name}`, el.tagName);
  }
});
