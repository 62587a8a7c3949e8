// Size Limit checks for a published package, derived from its `exports` (so a new entry is measured
// without anyone listing it) plus any extra files, each with the budget recorded in the package's
// size-budgets.json. A check without a budget fails the package-quality test until one is recorded:
//   node ../../scripts/size-checks.mjs --record     (from the package folder)
// (`--all` re-records every budget.) A budget is the first measurement rounded up to the next 100
// bytes: growth beyond that fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUDGETS = 'size-budgets.json';

/** JS export targets with runtime code: `{ name: './x.js', path: 'dist/x.js' }`. */
function exportedEntries(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entries = [];
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    const target = typeof value === 'string' ? value : value.default;
    if (key.includes('*') || !target?.endsWith('.js')) continue;
    const file = join(dir, target);
    // Type-only entries ship an empty module; nothing to measure.
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === 'export {};') continue;
    entries.push({ name: key, path: target.replace(/^\.\//, '') });
  }
  return entries;
}

/**
 * The checks for `.size-limit.mjs`. Entries are bundled with their dependencies (lit, i18next…)
 * and everything they may load lazily, brotli-compressed; `files` are measured as they are.
 */
export function sizeChecks(dirUrl, { files = [] } = {}) {
  const dir = fileURLToPath(dirUrl);
  const budgets = readBudgets(dir);
  const checks = [
    ...exportedEntries(dir),
    ...files.map((file) => ({ ...file, disablePlugins: ['@size-limit/esbuild'] })),
  ];
  return checks.map((check) => (budgets[check.name] ? { ...check, limit: budgets[check.name] } : check));
}

/** Runs Size Limit in `dir`: `[{ name, size, passed, limit? }]` (size in bytes). */
export function measure(dir) {
  const bin = fileURLToPath(new URL('../node_modules/size-limit/bin.js', import.meta.url));
  const result = spawnSync(process.execPath, [bin, '--json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const start = result.stdout.indexOf('[');
  if (start < 0) throw new Error(`size-limit failed:\n${result.stdout}\n${result.stderr}`);
  const budgets = readBudgets(dir);
  return JSON.parse(result.stdout.slice(start)).map((r) => ({ ...r, limit: budgets[r.name] }));
}

function readBudgets(dir) {
  return existsSync(join(dir, BUDGETS)) ? JSON.parse(readFileSync(join(dir, BUDGETS), 'utf8')) : {};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--record')) {
  const dir = process.cwd();
  const old = readBudgets(dir);
  const budgets = {};
  for (const { name, size } of measure(dir)) {
    budgets[name] = process.argv.includes('--all') || !old[name] ? `${Math.ceil(size / 100) * 100} B` : old[name];
  }
  writeFileSync(join(dir, BUDGETS), `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(budgets);
}
