// The quality gate of a published package, as node:test tests: publint clean, `attw --pack
// --profile esm-only` clean, a tarball with only what users need, a README with install and embed
// examples, a LICENSE, and (with a .size-limit.mjs) every size budget kept.
// Usage, in a package's test/quality.test.mjs: `packageQualityTests(new URL('../', import.meta.url))`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { measure } from './size-checks.mjs';

const run = promisify(execFile);
const attw = fileURLToPath(new URL('../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));

/** Files that must never ship: tests, stories, fixtures, sources, build leftovers. */
const UNWANTED = [
  /\.test\./,
  /\.stories\./,
  /(^|\/)fixtures?\//,
  /(^|\/)__\w+__\//,
  /^src\//,
  /\.tsbuildinfo$/,
  /^\.reports\//,
];

export function packageQualityTests(dirUrl) {
  const dir = fileURLToPath(dirUrl);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

  test(`${pkg.name}: publint reports nothing, suggestions included`, async () => {
    const { messages, pkg: raw } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
    assert.deepEqual(
      messages.map((m) => `${m.type}: ${formatMessage(m, raw)}`),
      [],
    );
  });

  test(`${pkg.name}: attw --pack --profile esm-only finds no problem`, async () => {
    // attw checks what resolves to JS or types; stylesheets are neither.
    const css = Object.entries(pkg.exports ?? {})
      .filter(([, target]) => typeof target === 'string' && target.endsWith('.css'))
      .map(([key]) => key);
    const args = [attw, '--pack', '.', '--profile', 'esm-only', '--format', 'ascii'];
    if (css.length) args.push('--exclude-entrypoints', ...css);
    try {
      await run(process.execPath, args, { cwd: dir, timeout: 120_000, maxBuffer: 16 << 20 });
    } catch (error) {
      assert.fail(`attw found problems:\n${error.stdout}${error.stderr}`);
    }
  });

  test(`${pkg.name}: the tarball holds only what users need`, async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      timeout: 60_000,
    });
    const files = JSON.parse(stdout)[0].files.map((f) => f.path);
    const unwanted = files.filter((f) => UNWANTED.some((re) => re.test(f)));
    assert.deepEqual(unwanted, [], 'tests, stories, fixtures or sources in the tarball');
    for (const file of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(file), `${file} not shipped`);
    if (existsSync(join(dir, 'CHANGELOG.md'))) assert.ok(files.includes('CHANGELOG.md'), 'CHANGELOG.md not shipped');
    for (const value of Object.values(pkg.exports ?? {})) {
      for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
        if (target.includes('*')) continue;
        assert.ok(files.includes(target.replace(/^\.\//, '')), `export target ${target} not shipped`);
      }
    }
  });

  test(`${pkg.name}: has a README with install and embed examples, and a LICENSE`, () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`npm install ${pkg.name.replace('/', '\\/')}`), 'README lacks `npm install`');
    assert.match(
      readme,
      /```(html|js|ts|tsx|jsx)\n[\s\S]*?(import |<script)[\s\S]*?```/,
      'README lacks an embed example',
    );
    assert.match(readFileSync(join(dir, 'LICENSE'), 'utf8'), new RegExp(pkg.license));
  });

  if (existsSync(join(dir, '.size-limit.mjs'))) {
    test(`${pkg.name}: every entry keeps its size budget (size-budgets.json)`, () => {
      const results = measure(dir);
      assert.ok(results.length > 0);
      const report = results.map((r) => `${r.name}: ${r.size} B of ${r.limit ?? 'no budget'}`).join('\n');
      const missing = results.filter((r) => !r.limit).map((r) => r.name);
      assert.deepEqual(
        missing,
        [],
        `no budget yet: record one with \`node ../../scripts/size-checks.mjs --record\`\n${report}`,
      );
      assert.deepEqual(
        results.filter((r) => !r.passed).map((r) => r.name),
        [],
        `over budget:\n${report}`,
      );
    });
  }
}
