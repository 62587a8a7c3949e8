// `npm test`: every check in one go — lint and formatting, typecheck, each workspace's unit and
// browser tests, the release test against a local registry, the Storybook smoke and visual tests — then one
// summary line. Fails when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1', DO_NOT_TRACK: '1' };
const workspaces = [...['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))), 'bench'];
const reportDirs = ['.', ...workspaces].map((dir) => join(dir, '.reports'));
for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });

// Each step names the reports it writes; a step that fails without a failing test in them
// (lint, typecheck, a crash) counts as one failure of its own.
const steps = [
  { name: 'lint', command: 'npm', args: ['run', 'lint'], reports: [] },
  {
    name: 'build, typecheck and tests',
    command: 'npx',
    args: ['turbo', 'run', 'build', 'typecheck', 'typecheck:storybook', 'test', '--continue', '--output-logs=new-only'],
    reports: reportDirs.slice(1),
  },
  // Versions a copy of the repo, publishes it to a throwaway Verdaccio and installs it from there.
  { name: 'release', command: 'npm', args: ['run', 'test:release'], reports: ['.reports/release'] },
  { name: 'storybook smoke', command: 'node', args: ['scripts/storybook-smoke.mjs'], reports: ['.reports'] },
  // Screenshots of every story against test/visual/, on the Storybook the smoke step built.
  {
    name: 'visual regression',
    command: 'node',
    args: ['scripts/storybook-visual.mjs', '--no-build'],
    reports: ['.reports/visual'],
  },
  // The element tests again in a second engine. CI installs firefox-esr; elsewhere it runs when there is one.
  {
    name: 'firefox',
    command: 'npm',
    args: ['run', 'test:firefox'],
    reports: ['.reports/firefox'],
    skip:
      !process.env.CI && !existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')
        ? 'no Firefox here (Debian: apt-get install -y firefox-esr, or set FIREFOX_PATH)'
        : undefined,
  },
];

function readReports(dirs) {
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ file: join(dir, f), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) })),
    );
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  if (step.skip) {
    console.log(`skipped: ${step.skip}`);
    lines.push(`  - ${step.name} skipped: ${step.skip}`);
    continue;
  }
  const { status } = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  const reports = readReports(step.reports);
  for (const report of reports) {
    lines.push(`  ${report.file.padEnd(40)} ${report.passed} passed, ${report.failed} failed`);
    // The failed tests by name, so CI's tail says what failed, not only how many.
    for (const failure of (report.failures ?? []).slice(0, 10)) lines.push(`    ✗ ${failure}`);
    if (report.failures?.length > 10) lines.push(`    … and ${report.failures.length - 10} more`);
    for (const key of Object.keys(totals)) totals[key] += report[key] ?? 0;
  }
  if (status !== 0) {
    lines.push(`  ✗ ${step.name} failed`);
    if (!reports.some((report) => report.failed > 0)) totals.failed++;
  }
}

console.log(`\nSummary\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(lines.some((line) => line.includes('✗')) ? 1 : 0);
