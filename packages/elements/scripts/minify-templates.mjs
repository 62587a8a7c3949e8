// Minifies the CSS and HTML inside the css`` and html`` templates of the tsc output (dist/**/*.js),
// so every page that uses the package ships less, and chains each file's source map back to the
// TypeScript. Runs right after tsc, before the CDN bundle. A `${token('name')}` in a css`` template
// becomes the text it stands for (`var(--apiary-name, default)`), so the token table stays out of
// every element's bundle; so does a `${palette(…)}` (the built-in colours, `--_a-*`). Both
// are what `tokens/token.ts` returns, the `light-dark()` pairs included (Lightning CSS leaves those
// as written: its fallback for older browsers needs `color-scheme` declared in the same sheet).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import { parse } from 'acorn';
import { Features, transform } from 'lightningcss';
import MagicString from 'magic-string';
import { minifyHTMLLiterals } from 'minify-literals';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { palette, token } = await import(new URL('../dist/tokens/token.js', import.meta.url).href);
const { defaults } = await import(new URL('../dist/tokens/tokens.js', import.meta.url).href);
const builtIn = defaults('light');

/**
 * The text of a `token('name')` or `palette(…)` call with literal arguments (what `tokens/token.ts`
 * returns for it), or undefined for any other expression.
 */
function tokenText(node) {
  if (node.type !== 'CallExpression' || !['token', 'palette'].includes(node.callee.name)) return undefined;
  const args = node.arguments.map((arg) => (arg.type === 'Literal' ? arg.value : undefined));
  if (args.includes(undefined)) return undefined;
  if (node.callee.name === 'palette') return palette(...args).cssText;
  if (builtIn[args[0]] === undefined) throw new Error(`token('${args[0]}') names no token`);
  return token(args[0]).cssText;
}
const skip = /^(cdn|themes)\//;
// The browsers the README names for server-rendered output: Lightning CSS writes no syntax they
// cannot read (range media queries, say). `:dir()` stays as written, not guessed from `:lang()`, and `light-dark()` as
// written (see above).
const css = {
  targets: { chrome: 111 << 16, edge: 111 << 16, firefox: 123 << 16, safari: (16 << 16) | (4 << 8) },
  exclude: Features.DirSelector | Features.LightDark,
};

/** Every `css` tagged template in a module, found by walking its syntax tree. */
function cssTemplates(ast) {
  const found = [];
  const nodes = [ast];
  for (const node of nodes) {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      found.push(node.quasi);
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child.type === 'string') nodes.push(child);
      }
    }
  }
  return found;
}

/**
 * Lightning CSS over each css`` template. It may reorder declarations within a rule (logical
 * properties last), so a `${…}` cannot keep its place by counting: each becomes a numbered
 * `var()`, and the template is rebuilt with the expressions where the minified CSS put them.
 * (minify-literals' own CSS pass counts, and swaps values here.) An expression that is dropped or
 * doubled fails the build.
 */
function minifyCss(source, file) {
  const ms = new MagicString(source);
  const stand = (i) => `var(--apiary-expression-${i})`;
  for (const quasi of cssTemplates(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }))) {
    const inlined = quasi.expressions.map(tokenText);
    const text = quasi.quasis.map((q, i) => (i ? (inlined[i - 1] ?? stand(i - 1)) : '') + q.value.cooked).join('');
    const code = transform({ ...css, filename: file, code: Buffer.from(text), minify: true }).code.toString();
    const escape = (s) => s.replace(/[\\`]|\$\{/g, (m) => `\\${m}`);
    const seen = [];
    const rebuilt = code.split(/var\(--apiary-expression-(\d+)\)/).map((part, i) => {
      if (i % 2 === 0) return escape(part);
      seen.push(Number(part));
      const { start, end } = quasi.expressions[Number(part)];
      return `\${${source.slice(start, end)}}`;
    });
    const kept = inlined.filter((t) => t === undefined).length;
    if (seen.length !== kept || new Set(seen).size !== seen.length) {
      throw new Error(`${file}: a css template lost or doubled an expression while minifying`);
    }
    ms.overwrite(quasi.start, quasi.end, `\`${rebuilt.join('')}\``);
  }
  // Every token inlined: the import goes too, so no bundler has to prove token.js free of effects.
  const tokenImport = /^import \{ (?:palette, )?token \} from '[./]+tokens\/token\.js';\n/m.exec(source);
  if (tokenImport && !/\b(token|palette)\(/.test(ms.toString().replace(tokenImport[0], ''))) {
    ms.remove(tokenImport.index, tokenImport.index + tokenImport[0].length);
  }
  return ms.hasChanged() ? { code: ms.toString(), map: ms.generateMap({ source: file, hires: true }) } : null;
}

const html = {
  css: false,
  html: {
    // Text stays as written: no entity decoding, no empty attributes removed (`alt=""` means
    // something), no inline CSS or JS rewritten. An svg`` fragment is parsed as SVG, where
    // `<circle/><path/>` are siblings but `<circle><path>` nests: self-closing slashes stay.
    decodeEntities: false,
    keepClosingSlash: true,
    removeEmptyAttributes: false,
    minifyCSS: false,
    minifyJS: false,
  },
};

const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js') && !skip.test(f));
let saved = 0;
for (const file of files) {
  const path = join(dist, file);
  const source = await readFile(path, 'utf8');
  const steps = [];
  let code = source;
  for (const step of [(s) => minifyCss(s, file), (s) => minifyHTMLLiterals(s, { ...html, fileName: file })]) {
    const result = await step(code);
    if (!result) continue;
    code = result.code;
    steps.unshift(result.map);
  }
  if (!steps.length) continue;
  saved += source.length - code.length;
  const mapPath = `${path}.map`;
  const tscMap = JSON.parse(await readFile(mapPath, 'utf8'));
  // Each pass's map leads to the one before it, the first to tsc's output, whose map leads to src/.
  const map = remapping([...steps, tscMap], () => null);
  await writeFile(mapPath, JSON.stringify({ ...map, file: tscMap.file }));
  await writeFile(path, code);
}
console.log(`minify-templates: ${files.length} files, ${saved} characters less`);
