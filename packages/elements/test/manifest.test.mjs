// custom-elements.json is complete — every element, attribute, property, event, slot, part and CSS
// property the code has is in it — and the artifacts generated from it (React and Vue types, VS
// Code custom data) cover all of it. Compares the manifest with what the code itself declares: the
// classes' reactive properties (at run time), and what each element's sources emit, render and read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { elementSources } from '../scripts/element-sources.mjs';
import '../dist/index.js';

const root = new URL('../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const manifest = JSON.parse(await read('custom-elements.json'));
const pkg = JSON.parse(await read('package.json'));
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, path: mod.path })));
const elements = declarations.filter((d) => d.customElement && d.tagName);
const names = (list) => new Set((list ?? []).map((item) => item.name));

/** The source of an element: its module and the helpers it imports (see scripts/element-sources.mjs). */
const elementSource = (modulePath) =>
  elementSources(modulePath, fileURLToPath(root))
    .map((file) => file.source)
    .join('\n');
const matches = (source, regex) => [...source.matchAll(regex)].map((m) => m[1]);

// Every class that declares an `apiary-*` tag, found in the sources rather than in a list.
const sourceTags = [];
for (const entry of await readdir(new URL('src/', root), { recursive: true })) {
  if (!entry.endsWith('.ts') || /\.(test|stories)\.ts$/.test(entry)) continue;
  const source = await read(`src/${entry}`);
  sourceTags.push(...matches(source, /static (?:override )?tagName = '(apiary-[a-z0-9-]+)'/g));
}

test('every element in the sources is in the manifest, and nothing else', () => {
  assert.ok(sourceTags.length > 0);
  assert.deepEqual(elements.map((el) => el.tagName).sort(), [...sourceTags].sort());
});

for (const el of elements) {
  const tag = el.tagName;

  test(`${tag}: every reactive property and attribute is in the manifest, and only those`, () => {
    const ctor = customElements.get(tag);
    assert.ok(ctor, `${tag} is not defined by the package's index`);
    const fields = names((el.members ?? []).filter((m) => m.kind === 'field' && !m.static));
    const attributes = new Map((el.attributes ?? []).map((a) => [a.name, a.fieldName]));
    const expectedAttributes = new Map();
    for (const [name, options] of ctor.elementProperties) {
      if (options.state || typeof name !== 'string') continue;
      assert.ok(fields.has(name), `property ${name} missing from the manifest`);
      if (options.attribute === false) continue;
      expectedAttributes.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
    }
    assert.deepEqual(
      [...attributes].sort(),
      [...expectedAttributes].sort(),
      'manifest attributes (name → property) differ from the class',
    );
  });

  test(`${tag}: every event, slot, part and CSS property in its source is in the manifest`, async () => {
    const source = elementSource(el.path);
    const emitted = new Set(matches(source, /(?:emit|new CustomEvent)\(\s*'(apiary-[a-z-]+)'/g));
    assert.deepEqual([...names(el.events)].sort(), [...emitted].sort(), 'manifest events differ from the emitted ones');

    const slots = names(el.slots);
    for (const slot of matches(source, /<slot(?:\s+name="([^"$]+)")?[\s>]/g)) {
      assert.ok(slots.has(slot ?? ''), `slot "${slot ?? '(default)'}" missing from the manifest`);
    }

    // Literal part names in the templates, plus whatever the server render shows (parts built in code).
    const rendered = await collectResult(render(html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`));
    const parts = names(el.cssParts);
    for (const value of [...matches(source, /\bpart="([^"$]+)"/g), ...matches(rendered, /\bpart="([^"]+)"/g)]) {
      for (const part of value.split(/\s+/).filter(Boolean)) assert.ok(parts.has(part), `part "${part}" missing`);
    }

    const cssProperties = names(el.cssProperties);
    const used = [...matches(source, /\btoken\('([a-z0-9-]+)'\)/g).map((t) => `--apiary-${t}`)];
    used.push(...matches(source, /var\((--apiary-[a-z0-9-]+)/g));
    for (const prop of used) assert.ok(cssProperties.has(prop), `CSS property ${prop} missing`);
    for (const prop of el.cssProperties ?? []) assert.ok(prop.default, `${prop.name} has no default`);
  });
}

test('the React types cover every element, property and event, with React 19 event prop names', async () => {
  const types = await read('dist/react.d.ts');
  assert.match(types, /declare module 'react' \{\s+\/\/.*\n\s+namespace JSX \{/);
  for (const el of elements) {
    assert.match(types, new RegExp(`'${el.tagName}': Base<${el.name}, ${el.name}Props> & ${el.name}Props;`));
    const props = types.slice(types.indexOf(`export interface ${el.name}Props {`)).split('\n}\n')[0];
    for (const attr of el.attributes ?? []) assert.ok(props.includes(`  ${attr.fieldName}?: `), attr.fieldName);
    for (const event of el.events ?? []) {
      assert.ok(props.includes(`'on${event.name}'?: (event: ApiaryEvent<'${event.name}'>) => void;`), event.name);
    }
  }
});

test('the Vue types cover every element, property and event as GlobalComponents', async () => {
  const types = await read('dist/vue.d.ts');
  assert.match(types, /declare module 'vue' \{[^}]*interface GlobalComponents extends CustomElements \{\}/);
  for (const el of elements) {
    assert.match(types, new RegExp(`'${el.tagName}': DefineComponent<${el.name}Props>;`));
    const props = types.slice(types.indexOf(`export interface ${el.name}Props {`)).split('\n}\n')[0];
    for (const attr of el.attributes ?? []) assert.ok(props.includes(`  ${attr.fieldName}?: `), attr.fieldName);
    for (const event of el.events ?? []) {
      const prop = `on-${event.name}`.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      assert.ok(props.includes(`'${prop}'?: (event: ApiaryEvent<'${event.name}'>) => void;`), prop);
    }
  }
});

test('the VS Code custom data lists every element, attribute, CSS property and part, and the package points to it', async () => {
  const htmlData = JSON.parse(await read('dist/vscode.html-custom-data.json'));
  const cssData = JSON.parse(await read('dist/vscode.css-custom-data.json'));
  const cssNames = new Set([...cssData.properties, ...(cssData.pseudoElements ?? [])].map((p) => p.name));
  for (const el of elements) {
    const tag = htmlData.tags.find((t) => t.name === el.tagName);
    assert.ok(tag, el.tagName);
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), [...names(el.attributes)].sort());
    for (const prop of el.cssProperties ?? []) assert.ok(cssNames.has(prop.name), prop.name);
    for (const part of el.cssParts ?? []) assert.ok(cssNames.has(`::part(${part.name})`), part.name);
  }
  assert.deepEqual(pkg.contributes.html.customData, ['./dist/vscode.html-custom-data.json']);
  assert.deepEqual(pkg.contributes.css.customData, ['./dist/vscode.css-custom-data.json']);
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  for (const entry of ['./react', './vue']) assert.ok(existsSync(new URL(pkg.exports[entry].types, root)), entry);
});
