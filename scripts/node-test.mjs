// Runs node:test files with the spec reporter on stdout and the counts in .reports/node.json.
// Usage (from a workspace): node ../../scripts/node-test.mjs test/*.test.mjs
// `--report=<file>` writes the counts elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const reporter = fileURLToPath(new URL('./node-counts-reporter.mjs', import.meta.url));
const args = process.argv.slice(2);
const report = args.find((arg) => arg.startsWith('--report='))?.slice('--report='.length) ?? '.reports/node.json';
mkdirSync(dirname(report), { recursive: true });
const { status } = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${report}`,
    ...args.filter((arg) => !arg.startsWith('--report=')),
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
