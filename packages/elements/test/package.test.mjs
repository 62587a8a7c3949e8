// The package's public shape: every element folder has its entry, export, sideEffects line and
// manifest entry, and the theme is generated from the one token source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { themeCss } from '../dist/tokens/tokens.js';
import { cloakCss } from '../scripts/cloak.mjs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const src = new URL('src/', root);
// An element is a folder whose <name>.ts declares a tag in its class JSDoc.
const elements = [];
for (const dir of await readdir(src, { withFileTypes: true })) {
  const file = new URL(`${dir.name}/${dir.name}.ts`, src);
  if (dir.isDirectory() && existsSync(file) && /@tagname apiary-/.test(await readFile(file, 'utf8')))
    elements.push(dir.name);
}

test('there is at least one element', () => assert.ok(elements.includes('feature-card')));

for (const name of elements) {
  test(`${name}: folder has class, styles, tests and stories`, () => {
    for (const file of [`${name}.ts`, `${name}.styles.ts`, `${name}.test.ts`, `${name}.stories.ts`]) {
      assert.ok(existsSync(new URL(`${name}/${file}`, src)), `missing src/${name}/${file}`);
    }
  });

  test(`${name}: has an entry, an export, a sideEffects line and is in the index`, async () => {
    assert.deepEqual(pkg.exports[`./${name}.js`], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
    // The source entry too: Storybook and the tests bundle the TypeScript sources.
    for (const file of [`./dist/${name}.js`, `./src/${name}.ts`]) {
      assert.ok(pkg.sideEffects.includes(file), `sideEffects lacks ${file}`);
    }
    const index = await readFile(new URL('index.ts', src), 'utf8');
    assert.match(index, new RegExp(`from '\\./${name}\\.js'`));
    const entry = await readFile(new URL(`${name}.ts`, src), 'utf8');
    assert.match(entry, /\.define\(\)/);
  });

  test(`${name}: has a classes entry that exports its class and does nothing else`, async () => {
    const entry = await readFile(new URL(`classes/${name}.ts`, src), 'utf8');
    const code = entry.replace(/^\/\/.*\n/gm, '');
    const className = (await readFile(new URL(`${name}/${name}.ts`, src), 'utf8')).match(/export class (\w+)/)[1];
    assert.equal(code, `export { ${className} } from '../${name}/${name}.js';\n`);
    const built = await import(new URL(`dist/classes/${name}.js`, root).href);
    assert.deepEqual(Object.keys(built), [className]);
  });

  test(`${name}: is in the manifest with its tag and an HTMLElementTagNameMap entry`, async () => {
    const tag = `apiary-${name}`;
    const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    assert.ok(decl, `${tag} missing from custom-elements.json`);
    assert.ok(decl.description, `${tag} has no description`);
    const source = await readFile(new URL(`${name}/${name}.ts`, src), 'utf8');
    assert.match(source, new RegExp(`'${tag}': `));
  });
}

test('sideEffects names exactly the entries (every top-level src file runs on import) and CSS', async () => {
  const entries = (await readdir(src)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  const expected = entries.flatMap((n) => [`./dist/${n}.js`, `./src/${n}.ts`]);
  // The CDN bundle defines every element too, for bundlers that import it.
  const other = ['*.css', './dist/cdn/apiary.js'];
  assert.deepEqual([...pkg.sideEffects].filter((e) => !other.includes(e)).sort(), expected.sort());
});

test('the classes entries are exported, typed and free of side effects', async () => {
  assert.deepEqual(pkg.exports['./classes/*.js'], { types: './dist/classes/*.d.ts', default: './dist/classes/*.js' });
  assert.deepEqual(
    pkg.sideEffects.filter((entry) => entry.includes('classes')),
    [],
  );
  const files = (await readdir(new URL('classes/', src))).filter((f) => !f.endsWith('.test.ts'));
  assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), [...elements].sort());
  for (const name of elements) {
    assert.ok(existsSync(new URL(`dist/classes/${name}.d.ts`, root)), name);
    // Lit's Node build brings a customElements registry; importing the class registers nothing in it.
    await import(new URL(`dist/classes/${name}.js`, root).href);
    assert.ok(globalThis.customElements, 'no registry to check');
    assert.equal(globalThis.customElements.get(`apiary-${name}`), undefined, name);
  }
});

test("the built package reports package.json's version, stamped at build time", async () => {
  const { version } = await import(new URL('dist/base/version.js', root).href);
  assert.equal(version, pkg.version);
  const source = await readFile(new URL('base/version.ts', src), 'utf8');
  assert.match(source, /= '0\.0\.0-source';/, 'the source keeps the placeholder scripts/stamp-version.mjs replaces');
});

test('themes/apiary.css is generated from the token source, with the cloak for every element', async () => {
  const css = await readFile(new URL('dist/themes/apiary.css', root), 'utf8');
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  assert.equal(css, themeCss() + cloakCss(tags));
  for (const tag of tags) assert.match(css, new RegExp(`\\.apiary-cloak :is\\([^)]*\\b${tag}\\b`));
  assert.match(css, /\[data-theme='dark'\] \{\n {2}color-scheme: dark;/);
  assert.match(css, /--apiary-color-text: light-dark\(#1f2328, #e6edf3\);/);
  assert.match(css, /@supports not \(color: light-dark\(/);
  assert.match(css, /prefers-reduced-motion: reduce/);
  // The page's own color-scheme decides: the theme never declares one on :root, nor follows the system itself.
  assert.doesNotMatch(css, /:root \{[^}]*color-scheme/);
  assert.doesNotMatch(css, /prefers-color-scheme/);
});

test('lit is a dependency; i18next is not one at all (a host brings it, @apiary/i18n bridges to it)', async () => {
  assert.ok(pkg.dependencies.lit);
  assert.equal(pkg.dependencies.i18next, undefined);
  assert.equal(pkg.peerDependencies, undefined);
  const i18n = JSON.parse(await readFile(new URL('../i18n/package.json', root), 'utf8'));
  assert.equal(i18n.dependencies.i18next, undefined);
  assert.equal(i18n.peerDependencies.i18next, '>=23 <28');
  assert.equal(i18n.peerDependenciesMeta.i18next.optional, true);
});

test('no published file imports i18next', async () => {
  const { readdir } = await import('node:fs/promises');
  for (const dir of ['dist', '../i18n/dist']) {
    const files = await readdir(new URL(dir, root), { recursive: true });
    for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
      const text = await readFile(new URL(`${dir}/${file}`, root), 'utf8');
      assert.doesNotMatch(text, /from\s*['"]i18next['"]|import\(['"]i18next['"]\)/, `${dir}/${file}`);
    }
  }
});
