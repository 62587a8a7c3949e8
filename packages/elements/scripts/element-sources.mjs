// The source files that make up one element: its module and every module it imports within src/,
// transitively — shared helpers (feed states, styles) included, other elements and the token
// source not. The manifest config and the manifest test read tokens, parts, slots and events from them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /\bfrom\s+'(\.{1,2}\/[^']+)\.js'/g;

/** `path` (relative to the package, e.g. `src/talk-list/talk-list.ts`) and its local imports. */
export function elementSources(path, packageDir = process.cwd()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = resolve(dirname(file), `${specifier}.ts`);
      const rel = relative(packageDir, target);
      if (!existsSync(target) || rel.startsWith('src/tokens/') || /\.(test|stories)\.ts$/.test(rel)) continue;
      // Another element's module belongs to that element.
      if (/static (?:override )?tagName = '/.test(readFileSync(target, 'utf8'))) continue;
      visit(target);
    }
  };
  visit(join(packageDir, path));
  return [...seen].map((file) => ({ path: relative(packageDir, file), source: readFileSync(file, 'utf8') }));
}
