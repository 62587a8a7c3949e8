// `npm run bench`: Apiary side by side with vanilla DOM, plain Lit, Shoelace and Web Awesome in
// Debian's Chromium, driven by playwright-core (see README "Performance" for why not tachometer).
// Flags: --quick (3 samples), --only=<case or group id,...>, --samples=N, --warmup=N, --out=<dir>,
// --no-build, --merge (keep the groups of the last latest.json that this run did not measure, so
// one case can be re-measured without the ~50-minute full run; each group keeps its own date).
// Writes <out>/latest.json and latest.md; a full run also refreshes the README's table.
// Goals not met are reported, not failures; a crash exits 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from '../scripts/chrome.mjs';
import { filterKeystroke, firstRender1000, tenThousand } from './cases/grid.mjs';
import { hydration, localeSwitch } from './cases/landing.mjs';
import { runtimeGoals, toMarkdown, updateReadme, writeFormatted } from './lib/report.mjs';
import { VIEWPORT } from './lib/sampling.mjs';
import { serve } from './lib/serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = args.includes('--quick');
const samples = Number(flag('samples') ?? (quick ? 3 : 30));
const warmup = Number(flag('warmup') ?? (quick ? 1 : 3));
const only = flag('only')?.split(',').filter(Boolean);
const out = flag('out') ?? join(here, 'results');
const merge = args.includes('--merge');
const log = (message) => console.error(message);

const CASES = [
  { id: 'first-render-1000', groups: ['first-render-1000'], run: firstRender1000 },
  {
    id: 'filter-keystroke-1000',
    groups: ['filter-keystroke-1000', 'filter-keystroke-1000-frame'],
    run: filterKeystroke,
  },
  { id: '10000', groups: ['first-render-10000', 'scroll-10000-longest-task'], run: tenThousand },
  { id: 'locale-switch', groups: ['locale-switch', 'locale-switch-frame'], run: localeSwitch },
  { id: 'hydration', groups: ['hydration'], run: hydration },
];
// Sizes and Lighthouse (items 6 and 7) live in their own modules; merged when present.
const MODULES = ['sizes', 'lighthouse'];
const selected = (id, groups = []) => !only || only.some((o) => o === id || groups.includes(o));

if (!args.includes('--no-build')) {
  log('Building the site, its packages and the benchmark pages…');
  execFileSync('npx', ['turbo', 'run', 'build', '--filter=@apiary/bench...', '--output-logs=errors-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
}
for (const dir of [join(root, 'apps/site/dist'), join(here, 'dist')]) {
  if (!existsSync(join(dir, 'index.html')) && !existsSync(join(dir, 'grid-apiary.html'))) {
    throw new Error(`${dir} is not built: run without --no-build`);
  }
}

useRepoTmpDir(root);
const executablePath = requireChrome();
const server = await serve({ site: join(root, 'apps/site/dist'), bench: join(here, 'dist') });
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const groups = [];
const goals = [];
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const ctx = { browser, context, origin: server.origin, samples, warmup, quick, log };
  for (const entry of CASES) {
    if (!selected(entry.id, entry.groups)) continue;
    log(`▶ ${entry.id}`);
    groups.push(...[await entry.run(ctx)].flat().map((group) => ({ ...group, date: new Date().toISOString() })));
  }
  await context.close();
  goals.push(...runtimeGoals(groups));
  for (const name of MODULES) {
    const file = join(here, `${name}.mjs`);
    if (!existsSync(file) || !selected(name)) continue;
    log(`▶ ${name}`);
    const module = await import(file);
    const result = await module.measure({ quick, log });
    groups.push(...result.groups.map((group) => ({ ...group, date: new Date().toISOString() })));
    goals.push(...result.goals);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const result = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
  },
  quick,
  groups,
  goals,
};
if (merge && existsSync(join(out, 'latest.json'))) {
  const last = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
  const measured = new Set(groups.map((g) => g.id));
  const kept = last.groups.filter((g) => !measured.has(g.id)).map((g) => ({ date: last.date, ...g }));
  result.groups = [...kept, ...groups];
  const runtime = runtimeGoals(result.groups);
  const ids = new Set([...runtime, ...goals].map((g) => g.id));
  result.goals = [...runtime, ...goals.filter((g) => !runtime.some((r) => r.id === g.id))];
  result.goals.push(...last.goals.filter((g) => !ids.has(g.id)));
}
const markdown = toMarkdown(result);
mkdirSync(out, { recursive: true });
await writeFormatted(join(out, 'latest.json'), JSON.stringify(result));
await writeFormatted(join(out, 'latest.md'), markdown);
if (!quick && (!only || merge) && !flag('out') && samples >= 30) await updateReadme(join(root, 'README.md'), markdown);
console.log(markdown);
