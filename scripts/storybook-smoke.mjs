// Smoke- and accessibility-tests every story of the static Storybook in Chromium.
//
//   node scripts/storybook-smoke.mjs            builds storybook-static/, then checks every story
//   node scripts/storybook-smoke.mjs --no-build checks the storybook-static/ that is there
//
// Each story opens once (iframe.html?id=<id>&viewMode=story) and every story-level check runs on
// that one render: `checks` below (it renders, axe-core finds no violation) and then the error
// check (no console error, page error or failed same-origin request). Add a check to `checks`.
// Screenshots have a runner of their own, scripts/storybook-visual.mjs (its own shots in more
// globals and sizes, and an --update mode); both share scripts/storybook.mjs.
//
// Accessibility matrix: each story then re-renders in place (as the toolbar does, no reload) with
// one (locale, theme) pair from {en, zh-Hans, ar} × {light, dark}, in turn by story, and the checks
// marked `matrix` run again there; so every pair is covered across the suite at the cost of one
// extra render per story.
//
// A story that shows a failure on purpose is tagged `expected-error` and lists the console errors
// it expects as regular expressions, `parameters: { smoke: { expectedErrors: ['404'] } }`: every
// error must match one of them and each of them must match an error.
//
// Prints one line per story and a total, writes .reports/storybook.json, exits 1 on any failure.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from './chrome.mjs';
import {
  Timeout,
  buildStorybook,
  oneLine,
  readStories,
  root,
  seconds,
  serve,
  settle,
  startWatchdog,
  storyUrl,
  switchGlobals,
  waitForStory,
  watchPage,
  within,
} from './storybook.mjs';

const require = createRequire(import.meta.url);
const REPORT = join(root, '.reports', 'storybook.json');
const EXPECTED_ERROR_TAG = 'expected-error';

/** Everything, build included. */
const TOTAL_MS = seconds('STORYBOOK_SMOKE_TIMEOUT', 600);
const BUILD_MS = seconds('STORYBOOK_SMOKE_BUILD_TIMEOUT', 300);
/** One story: load, render, settle and every check. */
const STORY_MS = seconds('STORYBOOK_SMOKE_STORY_TIMEOUT', 30);

const started = Date.now();
const remaining = () => TOTAL_MS - (Date.now() - started);

// ---------------------------------------------------------------------------------------------
// Checks: each gets the story's context and returns its problems (an empty list when it passes).

/** The story rendered without Storybook showing an error, into a non-empty #storybook-root, with every custom element defined. */
async function checkRendered({ page, phase }) {
  const problems = [];
  if (phase !== 'finished') problems.push(`render ${phase}`);
  const shown = await page.evaluate(() => {
    const errorShown = document.body.classList.contains('sb-show-errordisplay');
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const root = document.querySelector('#storybook-root');
    const empty = !root || (root.children.length === 0 && !root.textContent?.trim());
    // A custom element that never got defined renders nothing, silently.
    const undefinedTags = new Set();
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-') && !customElements.get(el.localName)) undefinedTags.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return { errorShown, message, empty, undefinedTags: [...undefinedTags] };
  });
  if (shown.errorShown) problems.push(`Storybook shows an error: ${oneLine(shown.message, 160)}`);
  if (shown.empty) problems.push('#storybook-root is empty');
  if (shown.undefinedTags.length) problems.push(`undefined custom elements: ${shown.undefinedTags.join(', ')}`);
  return problems;
}

let axeSource;
/** axe-core on #storybook-root, configured like addon-a11y (no `region` rule) plus the story's `parameters.a11y`. */
async function checkAxe({ page, parameters }) {
  const a11y = parameters.a11y ?? {};
  if (a11y.disable === true || a11y.test === 'off') return [];
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Once per page: the matrix pass re-renders in the same document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async ({ config = {}, options = {}, context }) => {
    const axe = window.axe;
    axe.reset();
    axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
    const target = typeof context === 'string' || context?.include ? context : '#storybook-root';
    const results = await axe.run(target, { ...options, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((node) => node.target.flat().join(' ')),
      count: v.nodes.length,
    }));
  }, a11y);
  return violations.map(
    (v) => `axe ${v.id} (${v.impact}, ${v.count} node${v.count === 1 ? '' : 's'}: ${v.targets.join(', ')})`,
  );
}

/** Story-level checks, in order, on the one render of each story. */
const checks = [
  { name: 'rendered', run: checkRendered, matrix: true },
  { name: 'axe', run: checkAxe, matrix: true },
];

/**
 * The accessibility matrix: every story renders once with the default globals (en, light) and
 * once more in one (locale, theme) pair of MATRIX, taken in turn by story index, so across the
 * suite every pair is checked many times while each story costs two renders, not six.
 */
const MATRIX = ['en', 'zh-Hans', 'ar'].flatMap((locale) => ['light', 'dark'].map((theme) => ({ locale, theme })));
// Skip en/light, which the default render already covers; rotate the other five.
const matrixGlobals = (index) => MATRIX.slice(1)[index % (MATRIX.length - 1)];

/**
 * Console errors, page errors and failed same-origin requests against what the story expects:
 * nothing, unless it is tagged `expected-error` and lists regular expressions that match them.
 */
function checkErrors({ entry, parameters, errors }) {
  const tagged = entry.tags?.includes(EXPECTED_ERROR_TAG) ?? false;
  const expected = parameters.smoke?.expectedErrors;
  const problems = [];
  if (expected !== undefined && (!Array.isArray(expected) || expected.some((p) => typeof p !== 'string')))
    return ['parameters.smoke.expectedErrors must be a list of regular expressions (strings)'];
  if (tagged && !expected?.length)
    problems.push(`tagged ${EXPECTED_ERROR_TAG} but lists no parameters.smoke.expectedErrors`);
  if (!tagged && expected?.length)
    problems.push(`lists parameters.smoke.expectedErrors but is not tagged ${EXPECTED_ERROR_TAG}`);
  const patterns = (tagged ? (expected ?? []) : []).map((source) => ({ source, regex: new RegExp(source) }));
  for (const error of errors) {
    if (!patterns.some(({ regex }) => regex.test(error))) problems.push(oneLine(error));
  }
  for (const { source } of patterns) {
    if (!errors.some((error) => new RegExp(source).test(error)))
      problems.push(`expected error /${source}/ did not occur`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One story

async function runStory(context, origin, entry, index) {
  const page = await context.newPage();
  const watcher = watchPage(page, origin);
  const { errors } = watcher;

  const work = async () => {
    const deadline = Date.now() + STORY_MS;
    const left = () => Math.max(1, deadline - Date.now());
    const url = storyUrl(origin, entry.id);
    const problems = [];
    let ctx;
    let rendered;
    // The default render, then the same story again in this story's turn of the matrix.
    for (const globals of [null, matrixGlobals(index)]) {
      const label = globals ? `[${globals.locale}/${globals.theme}] ` : '';
      if (!globals) {
        await page.goto(url, { waitUntil: 'load', timeout: left() });
        try {
          rendered = await waitForStory(page, entry.id, left());
        } catch (error) {
          if (error.name === 'TimeoutError') return ['did not finish rendering in time'];
          throw error;
        }
      } else {
        // As the toolbar does: new globals re-render the story in place (loaders and decorators
        // run again), much cheaper than a reload. A story's own globals still win over them.
        let switched;
        try {
          switched = await switchGlobals(page, globals, left());
        } catch (error) {
          if (error.name === 'TimeoutError') return [...problems, `${label}did not re-render in time`];
          throw error;
        }
        rendered = { ...rendered, phase: switched.phase };
        if (!switched.lang.startsWith(String(switched.want.locale).split('-')[0]))
          problems.push(`${label}locale not applied (lang=${switched.lang})`);
      }
      const pending = await settle(page, watcher, deadline);
      if (pending) return [...problems, `${label}elements still updating: ${pending.join(', ')}`];
      ctx = { page, entry, url, phase: rendered.phase, parameters: rendered.parameters, errors, globals };
      for (const check of checks) {
        if (globals && !check.matrix) continue;
        try {
          problems.push(...(await check.run(ctx)).map((problem) => label + problem));
        } catch (error) {
          problems.push(`${label}${check.name} check failed: ${oneLine(error.message, 200)}`);
        }
      }
      await watcher.quiet(deadline);
    }
    problems.push(...checkErrors(ctx));
    return problems;
  };

  try {
    return await within(
      Math.min(STORY_MS + 5000, remaining()),
      work(),
      'the story',
      () => void page.close().catch(() => {}),
    );
  } catch (error) {
    return [oneLine(error instanceof Timeout ? error.message : `${error.name}: ${error.message}`, 200)];
  } finally {
    page.removeAllListeners();
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------

async function writeReport(passed, failed, failures = []) {
  await mkdir(dirname(REPORT), { recursive: true });
  const report = { runner: 'storybook-smoke', passed, failed, skipped: 0, failures };
  await writeFile(REPORT, `${JSON.stringify(report)}\n`);
}

async function main() {
  const executablePath = requireChrome();
  useRepoTmpDir(root);

  if (!process.argv.includes('--no-build')) {
    console.log('Building Storybook…');
    await buildStorybook(Math.min(BUILD_MS, remaining()));
  }
  const stories = await readStories();

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const failures = [];
  try {
    server = await serve();
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    for (const [index, entry] of stories.entries()) {
      const problems =
        remaining() > 0
          ? await runStory(context, server.origin, entry, index)
          : ['not run: the total time limit ran out'];
      if (problems.length === 0) {
        passed++;
        console.log(`✓ ${entry.id}`);
      } else {
        failed++;
        failures.push(`${entry.id} — ${problems.join('; ')}`);
        console.log(`✗ ${failures.at(-1)}`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  await writeReport(passed, failed, failures);
  return failed === 0;
}

startWatchdog('storybook-smoke', TOTAL_MS);

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✗ storybook-smoke: ${error.message}`);
  await writeReport(0, 1).catch(() => {});
  process.exitCode = 1;
}
