// `npm test`: every check in one go — lint and formatting, typecheck, each workspace's unit and
// browser tests, the Storybook smoke test — then one summary line. Fails when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1', DO_NOT_TRACK: '1' };
const workspaces = ['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
const reportDirs = ['.', ...workspaces].map((dir) => join(dir, '.reports'));
for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });

const steps = [
  ['lint', 'npm', ['run', 'lint']],
  [
    'build, typecheck and tests',
    'npx',
    ['turbo', 'run', 'build', 'typecheck', 'test', '--continue', '--output-logs=new-only'],
  ],
  ['storybook smoke', 'node', ['scripts/storybook-smoke.mjs']],
];

const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) failedSteps.push(name);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\nSummary');
for (const dir of reportDirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    console.log(`  ${join(dir, file).padEnd(40)} ${report.passed} passed, ${report.failed} failed`);
    for (const key of Object.keys(totals)) totals[key] += report[key] ?? 0;
  }
}
// A step that failed without a failing test (lint, typecheck, a crash) still counts as a failure.
const unexplained = failedSteps.length && totals.failed === 0 ? failedSteps.length : 0;
for (const step of failedSteps) console.log(`  ✗ ${step} failed`);
console.log(
  `${totals.passed} passed, ${totals.failed + unexplained} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length ? 1 : 0);
