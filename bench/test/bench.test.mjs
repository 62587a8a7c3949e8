// Smoke test of the benchmark harness: a quick run into a temporary folder, checking the shape of
// what it writes. Never timings: performance goals belong in the report, not in tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { longestTask } from '../cases/grid.mjs';
import { median, medianInterval } from '../lib/stats.mjs';
import { stripScripts } from '../lib/serve.mjs';

const bench = fileURLToPath(new URL('..', import.meta.url));

test('the median interval brackets the median by order statistics', () => {
  const values = Array.from({ length: 30 }, (_, i) => 30 - i);
  assert.equal(median(values), 15.5);
  assert.deepEqual(medianInterval(values), [10, 21]);
  assert.equal(medianInterval([1, 2, 3]), null);
});

test('the longest task is read from the renderer main thread only', () => {
  const trace = JSON.stringify({
    traceEvents: [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 2, tid: 2, args: { name: 'CrBrowserMain' } },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 1, tid: 1, dur: 12000 },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 1, dur: 3000 },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 2, tid: 2, dur: 99000 },
    ],
  });
  assert.equal(longestTask(trace), 12);
});

test('the script-free copy keeps the markup and drops every script', () => {
  const html =
    '<head><script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js"></head><p>x</p><script type="application/json">{}</script>';
  assert.equal(stripScripts(html), '<head></head><p>x</p>');
});

test('a quick run writes results of the agreed shape', { timeout: 420_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'apiary-bench-'));
  try {
    // The packages, the site and the benchmark pages are built by turbo before `test` runs.
    const build = existsSync(join(bench, 'dist/grid-apiary.html')) ? ['--no-build'] : [];
    execFileSync(process.execPath, ['run.mjs', '--quick', '--samples=2', '--warmup=0', `--out=${out}`, ...build], {
      cwd: bench,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const result = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    assert.equal(result.quick, true);
    assert.ok(!Number.isNaN(Date.parse(result.date)));
    for (const key of ['cpu', 'cores', 'memory', 'os', 'node', 'chromium']) assert.ok(result.machine[key], key);
    const ids = result.groups.map((g) => g.id);
    for (const id of [
      'first-render-1000',
      'filter-keystroke-1000',
      'first-render-10000',
      'scroll-10000-longest-task',
      'locale-switch',
      'hydration',
    ]) {
      assert.ok(ids.includes(id), `group ${id}`);
    }
    for (const group of result.groups) {
      // '' is unitless (Lighthouse's CLS).
      assert.ok(['ms', 'B', 'score', ''].includes(group.unit), `${group.id} unit`);
      assert.ok(group.title && group.rows.length > 0, `${group.id} has rows`);
      for (const row of group.rows) {
        assert.ok(Number.isFinite(row.median), `${group.id} / ${row.name}: finite median`);
        assert.ok(row.ci95 === null || (row.ci95.length === 2 && row.ci95.every(Number.isFinite)), `${row.name} ci95`);
        assert.ok(row.ratio === null || Number.isFinite(row.ratio), `${row.name} ratio`);
      }
    }
    assert.ok(result.goals.length > 0);
    for (const goal of result.goals) {
      assert.equal(typeof goal.met, 'boolean', `${goal.id} met`);
      for (const key of ['id', 'text', 'target', 'actual'])
        assert.equal(typeof goal[key], 'string', `${goal.id} ${key}`);
    }
    const markdown = readFileSync(join(out, 'latest.md'), 'utf8');
    assert.match(markdown, /\| goal +\|/);
    assert.match(markdown, /Chromium/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
