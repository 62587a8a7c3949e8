// Runs node:test files with the spec reporter on stdout and the counts in .reports/node.json.
// Usage (from a workspace): node ../../scripts/node-test.mjs test/*.test.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const reporter = fileURLToPath(new URL('./node-counts-reporter.mjs', import.meta.url));
mkdirSync('.reports', { recursive: true });
const { status } = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=.reports/node.json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
