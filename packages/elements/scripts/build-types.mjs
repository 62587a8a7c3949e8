// Generates framework types from custom-elements.json, so they can never drift from the elements:
//   dist/react.d.ts  React 19 JSX intrinsic elements (`@apiary/elements/react`)
//   dist/vue.d.ts    Vue 3 GlobalComponents (`@apiary/elements/vue`)
//   dist/web-types.json  JetBrains IDEs' completion and docs (package.json's "web-types")
// Written by hand rather than with @wc-toolkit/jsx-types / custom-element-vuejs-integration: those
// type events from the manifest's `type` only (ours come from the typed `ApiaryEventMap`), build
// on generic base props instead of React's own `HTMLAttributes`, and the Vue one names handlers
// `onapiary-load`, which vue-tsc never matches to `@apiary-load` (it looks up `onApiaryLoad`).
import { readFile, readdir, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, path: mod.path })))
  .filter((decl) => decl.customElement && decl.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
/** `src/x/x.ts` → `./x/x.js`, beside the generated file in dist. */
const distPath = (srcPath) => srcPath.replace(/^src\//, './').replace(/\.ts$/, '.js');

const comment = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** Public, writable instance fields: the properties a framework may set. */
const properties = (el) =>
  (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly);
const attributesOnly = (el) => (el.attributes ?? []).filter((a) => a.fieldName && a.name !== a.fieldName);

// Events' detail types live in `ApiaryEventMap` entries, declared in whichever module defines the
// event (a shared one such as the feed loader may not be imported by any element's declarations).
const dist = new URL('dist/', root);
const eventMapModules = [];
for (const file of (await readdir(dist, { recursive: true })).sort()) {
  if (file.endsWith('.d.ts') && /interface ApiaryEventMap \{/.test(await readFile(new URL(file, dist), 'utf8'))) {
    eventMapModules.push(`./${file.replace(/\.d\.ts$/, '.js')}`);
  }
}

const header = (frameworkImport) => `// Generated from custom-elements.json by scripts/build-types.mjs. Do not edit.
${frameworkImport}
${elements.map((el) => `import type { ${el.name} } from '${distPath(el.path)}';`).join('\n')}
${eventMapModules
  .filter((path) => !elements.some((el) => distPath(el.path) === path))
  .map((path) => `import type {} from '${path}';`)
  .join('\n')}

/** An Apiary event as dispatched: a \`CustomEvent\` whose \`detail\` is typed by \`ApiaryEventMap\`. */
export type ApiaryEvent<K extends string> = K extends keyof ApiaryEventMap ? CustomEvent<ApiaryEventMap[K]> : Event;
`;

function propsInterface(el, eventKey, { attributes }) {
  let body = '';
  for (const prop of properties(el))
    body += `${comment(prop.description)}  ${prop.name}?: ${el.name}['${prop.name}'];\n`;
  for (const attr of attributes ? attributesOnly(el) : []) {
    const type = /boolean/.test(attr.type?.text ?? '') ? 'boolean' : 'string | number';
    body += `${comment(`Attribute form of \`${attr.fieldName}\`.`)}  '${attr.name}'?: ${type};\n`;
  }
  for (const event of (el.events ?? []).filter((e) => e.name)) {
    body += `${comment(event.description)}  '${eventKey(event.name)}'?: (event: ApiaryEvent<'${event.name}'>) => void;\n`;
  }
  return `${comment(el.summary ?? el.description, '')}export interface ${el.name}Props {\n${body}}\n`;
}

// React 19 sets a custom element's props as properties when the element has them (attributes
// otherwise) and adds `on<name>` props as listeners for the event named exactly `<name>`:
// `onapiary-load` listens to `apiary-load`, `onApiaryLoad` to an `ApiaryLoad` that never fires.
const react = `${header("import type { HTMLAttributes, RefAttributes } from 'react';")}
type Base<E extends HTMLElement, P> = Omit<HTMLAttributes<E>, keyof P> & RefAttributes<E> & { class?: string };

${elements.map((el) => propsInterface(el, (name) => `on${name}`, { attributes: true })).join('\n')}
/** Every Apiary element as a React 19 intrinsic element. */
export interface CustomElements {
${elements.map((el) => `  '${el.tagName}': Base<${el.name}, ${el.name}Props> & ${el.name}Props;`).join('\n')}
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

// Vue turns `@apiary-load` into the `onApiaryLoad` prop, and listens to `apiary-load` at run time.
// Templates may write any property in kebab case (`:heading-level`), so no attribute forms here.
const vue = `${header("import type { DefineComponent } from 'vue';")}
${elements.map((el) => propsInterface(el, (name) => camel(`on-${name}`), { attributes: false })).join('\n')}
/** Every Apiary element as a Vue 3 global component (for vue-tsc and editor completion). */
export interface CustomElements {
${elements.map((el) => `  '${el.tagName}': DefineComponent<${el.name}Props>;`).join('\n')}
}

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CustomElements {}
}
`;

// JetBrains Web Types (https://plugins.jetbrains.com/docs/intellij/websymbols-web-types.html), written
// here rather than with custom-element-jet-brains-integration: that one lists every element's CSS
// properties again at the top level (each token once per element that reads it), turns parts into
// `part(…)` pseudo-elements and writes empty `doc-url`s. Here each element carries its own
// attributes, slots, properties, events, CSS properties and parts, its Storybook page, and its
// unregistered class (`@apiary/elements/classes/<name>.js`) as the source.
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
/** `src/feature-card/feature-card.ts` → `feature-card`: the element's entry and classes entry name. */
const entryName = (el) => el.path.split('/')[1];
const named = (list = []) => list.map(({ name, description }) => ({ name, ...(description && { description }) }));
/** A CSS property with its default (the token's built-in value) in its description. */
const cssProperty = ({ name, description, default: value }) => ({
  name,
  description: [description, value && `Default: \`${value}\``].filter(Boolean).join('\n\n'),
});
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: el.description,
        'doc-url': `${pkg.homepage}?path=/docs/elements-${entryName(el)}--docs`,
        source: { module: `${pkg.name}/classes/${entryName(el)}.js`, symbol: el.name },
        attributes: (el.attributes ?? []).map((attr) => ({
          ...named([attr])[0],
          value: { type: attr.type?.text ?? 'string', ...(attr.default !== undefined && { default: attr.default }) },
        })),
        slots: named(el.slots),
        js: {
          properties: properties(el).map((prop) => ({ ...named([prop])[0], type: prop.type?.text ?? 'unknown' })),
          events: named((el.events ?? []).filter((e) => e.name)),
        },
        css: { properties: (el.cssProperties ?? []).map(cssProperty), parts: named(el.cssParts) },
      })),
    },
  },
};

await writeFile(new URL('web-types.json', dist), `${JSON.stringify(webTypes, null, 2)}\n`);
await writeFile(new URL('react.d.ts', dist), react);
await writeFile(new URL('vue.d.ts', dist), vue);
// Runtime stubs, so `import '@apiary/elements/react'` (or `/vue`) resolves in any tool.
for (const name of ['react', 'vue']) await writeFile(new URL(`${name}.js`, dist), 'export {};\n');
