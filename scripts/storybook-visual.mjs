// Visual regression: screenshots every story of the static Storybook in Chromium and compares
// them with the baselines committed in test/visual/.
//
//   node scripts/storybook-visual.mjs             builds storybook-static/, compares every shot
//   node scripts/storybook-visual.mjs --no-build  uses the storybook-static/ that is there
//   node scripts/storybook-visual.mjs --update    records the baselines again (on purpose)
//   node scripts/storybook-visual.mjs [--update] banner talk-list   only stories whose id contains one of these
//
// Shots: every story in light and dark, ltr and rtl (set in place as the toolbar does), at the
// viewport toolbar's mobile and desktop sizes, clipped to #storybook-root: SHOTS takes the four
// combinations that pair every value of each with every value of the others (the full 2×2×2 made
// baselines about twice as large). A story's own globals win, so a story that forces
// `direction: 'rtl'` may have fewer shots.
// test/visual/<story-id>/<viewport>-<theme>-<dir>.png, and test/visual/baselines.json records
// the Chromium major version and the fonts they were made with: on another one the run stops with
// one line saying so. A shot differing beyond anti-aliasing and MAX_DIFF_RATIO fails and leaves
// <shot>.actual.png and <shot>.diff.png in .reports/visual/<story-id>/.
//
// --update shoots every story twice (two loads) and reports shots that differ between them as
// flaky; it rewrites only baselines that changed beyond the tolerance (no churn in git), and
// removes the baselines of stories and shots that no longer exist.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
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
  storyGlobals,
  storyUrl,
  switchGlobals,
  waitForStory,
  watchPage,
  within,
} from './storybook.mjs';

const BASELINES = join(root, 'test', 'visual');
const META = join(BASELINES, 'baselines.json');
const REPORTS = join(root, '.reports', 'visual');
const UPDATE_COMMAND = 'npm run test:visual -- --update';

/** Everything, build included; --update takes every shot twice. */
const TOTAL_MS = seconds('STORYBOOK_VISUAL_TIMEOUT', process.argv.includes('--update') ? 1200 : 600);
const BUILD_MS = seconds('STORYBOOK_VISUAL_BUILD_TIMEOUT', 300);
/** One story: load, and every shot of it. */
const STORY_MS = seconds('STORYBOOK_VISUAL_STORY_TIMEOUT', 60);
/** Stories shot at the same time, each in a page of its own. */
const WORKERS = Number(process.env.STORYBOOK_VISUAL_WORKERS) > 0 ? Number(process.env.STORYBOOK_VISUAL_WORKERS) : 2;

/** pixelmatch's per-pixel colour threshold (0–1); anti-aliased pixels are not counted at all. */
const THRESHOLD = 0.1;
/** Differing pixels a shot may have, as a share of its pixels. */
const MAX_DIFF_RATIO = 0.0002;

/** The tallest shot, in CSS pixels: a longer story is cut there (a list of 10,000 projects, say). */
const MAX_HEIGHT = 3000;
/** Extra shots to take until two in a row match. */
const STABLE_ATTEMPTS = 4;
/** The viewport toolbar's sizes (.storybook/preview.ts) the shots are taken at. */
const VIEWPORTS = ['mobile', 'desktop'];
/**
 * Each pair of (viewport, theme), (viewport, direction) and (theme, direction) occurs once.
 * The first takes its globals from the URL, the others are set in place.
 */
const SHOTS = [
  { viewport: 'mobile', theme: 'light', direction: 'ltr' },
  { viewport: 'mobile', theme: 'dark', direction: 'rtl' },
  { viewport: 'desktop', theme: 'dark', direction: 'ltr' },
  { viewport: 'desktop', theme: 'light', direction: 'rtl' },
];
/** Text in each script the stories show, to find which fonts render them here. */
const FONT_SAMPLES = {
  latin: { lang: 'en', text: 'Apiary' },
  cjk: { lang: 'zh-Hans', text: '蜂房' },
  arabic: { lang: 'ar', text: 'العربية' },
  devanagari: { lang: 'hi', text: 'हिन्दी' },
};

const started = Date.now();
const remaining = () => TOTAL_MS - (Date.now() - started);

/** Quiet exit with one line: the problem and what to do. */
class Stop extends Error {}

// ---------------------------------------------------------------------------------------------
// Shooting

/** The viewport toolbar's sizes, read from the preview as Storybook sees them. */
async function readViewports(page) {
  const options = await page.evaluate(
    () => window.__STORYBOOK_PREVIEW__.storyStoreValue.projectAnnotations.parameters?.viewport?.options ?? {},
  );
  return Object.fromEntries(
    VIEWPORTS.map((name) => {
      const styles = options[name]?.styles;
      if (!styles) throw new Stop(`the viewport toolbar has no "${name}" size (parameters.viewport.options)`);
      return [name, { name, width: parseInt(styles.width, 10), height: parseInt(styles.height, 10) }];
    }),
  );
}

/** The font family Chromium actually renders each FONT_SAMPLES text with, through the body's font stack. */
async function readFonts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate((samples) => {
      for (const [script, { lang, text }] of Object.entries(samples)) {
        const span = document.createElement('span');
        span.dataset.fontSample = script;
        span.lang = lang;
        span.textContent = text;
        document.body.append(span);
      }
    }, FONT_SAMPLES);
    await page.evaluate(() => document.fonts.ready);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = await cdp.send('DOM.getDocument');
    const fonts = {};
    for (const script of Object.keys(FONT_SAMPLES)) {
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: doc.nodeId,
        selector: `[data-font-sample="${script}"]`,
      });
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      fonts[script] = used.map((font) => font.familyName).join(' + ');
    }
    return fonts;
  } finally {
    await page.evaluate(() => document.querySelectorAll('[data-font-sample]').forEach((el) => el.remove()));
    await cdp.detach().catch(() => {});
  }
}

/**
 * Waits until #storybook-root (shadow roots included) keeps its elements and height for a few
 * frames: a virtualized list renders the rows a taller viewport shows over several frames, with no
 * Lit update pending in between.
 */
function domQuiet(page, ms) {
  return page.evaluate(async (timeout) => {
    const root = document.querySelector('#storybook-root');
    const measure = () => {
      let count = 0;
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          count++;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      if (root) walk(root);
      return `${count}:${document.documentElement.scrollHeight}`;
    };
    const end = performance.now() + timeout;
    let last = measure();
    for (let same = 0; same < 5 && performance.now() < end;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = measure();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  }, ms);
}

/** Every <img> in #storybook-root (shadow roots included) loaded and decoded, or `ms` passed. */
function imagesLoaded(page, ms) {
  return page.evaluate(async (timeout) => {
    const images = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName === 'img') images.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document);
    const loaded = (img) =>
      img.complete ? img.decode().catch(() => {}) : new Promise((resolve) => img.addEventListener('loadend', resolve));
    await Promise.race([Promise.all(images.map(loaded)), new Promise((resolve) => setTimeout(resolve, timeout))]);
  }, ms);
}

/**
 * One shot at `viewport`'s size: what the toolbar's size shows first, which keeps the baselines
 * small (the whole of every story made them four times larger). A story with
 * `parameters: { visual: { fullHeight: true } }` is shot whole instead: after it laid out at the
 * toolbar's size, the page grows to its full height (up to MAX_HEIGHT), so lazy images and
 * virtualized lists render all of it, and no scrollbar takes width away.
 * Returns the PNG, or why there is none.
 */
async function shoot(page, watcher, viewport, fullHeight, deadline) {
  await page.setViewportSize(viewport);
  let pending = await settle(page, watcher, deadline);
  if (pending) return `elements still updating: ${pending.join(', ')}`;
  const content = fullHeight ? await page.evaluate(() => document.documentElement.scrollHeight) : viewport.height;
  const height = Math.min(MAX_HEIGHT, Math.max(viewport.height, content));
  await page.setViewportSize({ width: viewport.width, height });
  pending = await settle(page, watcher, deadline);
  if (pending) return `elements still updating: ${pending.join(', ')}`;
  await domQuiet(page, Math.min(3000, Math.max(1, deadline - Date.now())));
  await imagesLoaded(page, Math.max(1, deadline - Date.now()));
  const box = await page.locator('#storybook-root').boundingBox();
  if (!box || box.width < 1 || box.height < 1) return '#storybook-root is empty';
  // Whole pixels, so a sub-pixel layout change cannot change the size of the shot.
  const [x, y] = [Math.round(box.x), Math.round(box.y)];
  const clip = { x, y, width: Math.round(box.width), height: Math.min(Math.round(box.height), height - y) };
  // Right after a resize Chromium can capture a frame not yet painted at the new size (parts of the
  // old one repeat down the image, seen here): like Playwright's toHaveScreenshot, shoot until two
  // shots in a row match.
  const take = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' });
  let previous = await take();
  for (let attempt = 0; attempt < STABLE_ATTEMPTS; attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const next = await take();
    if (next.equals(previous)) return next;
    previous = next;
  }
  return `no two shots in a row matched in ${STABLE_ATTEMPTS + 1} tries`;
}

/**
 * Loads a story and takes its shots. Returns { shots: Map<name, png>, problems }, where a
 * problem means the story could not be shot (it did not render, it timed out).
 */
async function shootStory(context, origin, entry, viewports) {
  const page = await context.newPage();
  const watcher = watchPage(page, origin);
  const shots = new Map();
  const work = async () => {
    const deadline = Date.now() + STORY_MS;
    const left = () => Math.max(1, deadline - Date.now());
    await page.setViewportSize(viewports[SHOTS[0].viewport]);
    // The first globals from the URL, the others in place as the toolbar sets them.
    await page.goto(storyUrl(origin, entry.id, { theme: SHOTS[0].theme, direction: SHOTS[0].direction }), {
      waitUntil: 'load',
      timeout: left(),
    });
    const { phase, parameters } = await waitForStory(page, entry.id, left());
    const fullHeight = parameters.visual?.fullHeight === true;
    if (phase !== 'finished') return [`render ${phase}`];
    for (const [index, { viewport, ...globals }] of SHOTS.entries()) {
      const want = index === 0 ? await storyGlobals(page) : (await switchGlobals(page, globals, left())).want;
      const name = `${viewport}-${want.theme}-${want.direction}`;
      if (shots.has(name)) continue;
      const pending = await shoot(page, watcher, viewports[viewport], fullHeight, deadline);
      if (typeof pending === 'string') return [`${name}: ${pending}`];
      shots.set(name, pending);
    }
    return [];
  };
  try {
    const problems = await within(
      Math.min(STORY_MS + 5000, remaining()),
      work(),
      'the story',
      () => void page.close().catch(() => {}),
    );
    return { shots, problems };
  } catch (error) {
    const why =
      error instanceof Timeout || error.name === 'TimeoutError' ? error.message : `${error.name}: ${error.message}`;
    return { shots, problems: [oneLine(why, 200)] };
  } finally {
    page.removeAllListeners();
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing

/** Differing pixels between two PNGs, and the diff image; `size` when their sizes differ. */
function compare(expected, actual) {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { size: `${a.width}×${a.height} → ${b.width}×${b.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD, includeAA: false });
  return { count, ratio: count / (a.width * a.height), diff };
}

const withinTolerance = (result) => !result.size && result.ratio <= MAX_DIFF_RATIO;
const describe = (result) =>
  result.size ? `size ${result.size}` : `${result.count} pixels differ (${(result.ratio * 100).toFixed(2)}%)`;

/** Re-encodes Chromium's quickly compressed PNG as RGB (the alpha is always opaque) at the highest level: committed baselines stay small. */
const compact = (png) => PNG.sync.write(PNG.sync.read(png), { deflateLevel: 9, colorType: 2, inputHasAlpha: true });

const rel = (path) => path.slice(root.length);

// ---------------------------------------------------------------------------------------------

async function readMeta() {
  return existsSync(META) ? JSON.parse(await readFile(META, 'utf8')) : undefined;
}

/** Baseline files on disk: Map<story id, Set<shot name>>. */
async function readBaselines() {
  const found = new Map();
  if (!existsSync(BASELINES)) return found;
  for (const dirent of await readdir(BASELINES, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const files = await readdir(join(BASELINES, dirent.name));
    found.set(dirent.name, new Set(files.filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4))));
  }
  return found;
}

async function main() {
  const update = process.argv.includes('--update');
  const executablePath = requireChrome();
  useRepoTmpDir(root);
  await rm(REPORTS, { recursive: true, force: true });

  if (!process.argv.includes('--no-build')) {
    console.log('Building Storybook…');
    await buildStorybook(Math.min(BUILD_MS, remaining()));
  }
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const stories = (await readStories()).filter(
    (entry) => !filters.length || filters.some((text) => entry.id.includes(text)),
  );
  if (!stories.length) throw new Stop(`no story id contains ${filters.join(' or ')}`);
  const meta = await readMeta();
  const baselines = await readBaselines();
  if (!update && !meta) throw new Stop(`no baselines in ${rel(BASELINES)}: record them with \`${UPDATE_COMMAND}\``);

  let server;
  let browser;
  const counts = { passed: 0, failed: 0, failures: [] };
  const fail = (line, count = 1) => {
    counts.failed += count;
    counts.failures.push(line);
    console.log(`✗ ${line}`);
  };
  try {
    server = await serve();
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true, timeout: 60_000 });
    const chromiumMajor = Number(browser.version().split('.')[0]);
    if (!update && meta.chromium !== chromiumMajor)
      throw new Stop(
        `the baselines were made with Chromium ${meta.chromium} and this is Chromium ${chromiumMajor}: ` +
          `review and update them with \`${UPDATE_COMMAND}\``,
      );
    const context = await browser.newContext({
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    // Nothing but the Storybook itself: a story reaching out would make its shots depend on the network.
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => route.abort('blockedbyclient'),
    );

    // The sizes and the fonts, from a first story.
    const probe = await context.newPage();
    await probe.goto(storyUrl(server.origin, stories[0].id), { waitUntil: 'load' });
    await waitForStory(probe, stories[0].id, 30_000);
    const viewports = await readViewports(probe);
    const fonts = await readFonts(probe);
    await probe.close();
    if (!update && JSON.stringify(meta.fonts) !== JSON.stringify(fonts)) {
      const differ = Object.keys(FONT_SAMPLES)
        .filter((script) => meta.fonts?.[script] !== fonts[script])
        .map((script) => `${script}: ${fonts[script]} here, ${meta.fonts?.[script]} in the baselines`);
      throw new Stop(
        `the fonts differ from the baselines' (${differ.join('; ')}): install Debian's fonts-noto-core and ` +
          `fonts-noto-cjk as .ci/run does, or review and update the baselines with \`${UPDATE_COMMAND}\``,
      );
    }

    const stats = { new: 0, changed: 0, unchanged: 0, removed: 0, flaky: 0 };

    /** --update: checks the shots are stable, writes the ones that changed, removes the ones no longer taken. */
    const updateStory = async (entry, shots) => {
      const again = await shootStory(context, server.origin, entry, viewports);
      const dir = join(BASELINES, entry.id);
      await mkdir(dir, { recursive: true });
      for (const [name, png] of shots) {
        const second = again.shots.get(name);
        const stable = second && compare(png, second);
        if (stable && withinTolerance(stable)) counts.passed++;
        else {
          stats.flaky++;
          const out = join(REPORTS, entry.id);
          await mkdir(out, { recursive: true });
          await writeFile(join(out, `${name}.actual.png`), png);
          if (second) await writeFile(join(out, `${name}.second.png`), second);
          if (stable?.diff) await writeFile(join(out, `${name}.diff.png`), PNG.sync.write(stable.diff));
          const why = stable
            ? `${describe(stable)} — ${rel(join(out, `${name}.diff.png`))}`
            : again.problems.join('; ');
          fail(`${entry.id}/${name} is flaky: it differs between two loads: ${why}`);
        }
        const file = join(dir, `${name}.png`);
        const old = existsSync(file) ? await readFile(file) : undefined;
        if (old && withinTolerance(compare(old, png))) stats.unchanged++;
        else {
          await writeFile(file, compact(png));
          stats[old ? 'changed' : 'new']++;
          console.log(`${old ? '~' : '+'} ${rel(file)}`);
        }
      }
      for (const name of baselines.get(entry.id) ?? []) {
        if (shots.has(name)) continue;
        await rm(join(dir, `${name}.png`));
        stats.removed++;
        console.log(`- ${rel(join(dir, `${name}.png`))}`);
      }
    };

    /** The test: each shot against its baseline; on a difference, the actual and diff images go to .reports/visual/. */
    const checkStory = async (entry, shots) => {
      const lines = [];
      const unrecorded = [...shots.keys()].filter((name) => !existsSync(join(BASELINES, entry.id, `${name}.png`)));
      if (unrecorded.length)
        fail(
          `${entry.id} has no baseline for ${unrecorded.join(', ')}: record with \`${UPDATE_COMMAND}\``,
          unrecorded.length,
        );
      for (const [name, png] of shots) {
        if (unrecorded.includes(name)) continue;
        const result = compare(await readFile(join(BASELINES, entry.id, `${name}.png`)), png);
        if (withinTolerance(result)) {
          counts.passed++;
          continue;
        }
        const out = join(REPORTS, entry.id);
        await mkdir(out, { recursive: true });
        await writeFile(join(out, `${name}.actual.png`), png);
        if (result.diff) await writeFile(join(out, `${name}.diff.png`), PNG.sync.write(result.diff));
        lines.push(
          `${entry.id}/${name}: ${describe(result)} — ${rel(join(out, `${name}.${result.diff ? 'diff' : 'actual'}.png`))}`,
        );
      }
      const stale = [...(baselines.get(entry.id) ?? [])].filter((name) => !shots.has(name));
      if (stale.length) lines.push(`${entry.id}: baselines of shots no longer taken: ${stale.join(', ')}`);
      lines.forEach((line) => fail(line));
      if (!lines.length && !unrecorded.length) console.log(`✓ ${entry.id} (${shots.size})`);
    };

    // WORKERS pages at a time, each taking the next story.
    const queue = [...stories];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        if (remaining() <= 0) {
          fail(`${entry.id} — not run: the total time limit ran out`);
          continue;
        }
        const { shots, problems } = await shootStory(context, server.origin, entry, viewports);
        if (problems.length) fail(`${entry.id} — ${problems.join('; ')}`);
        else await (update ? updateStory : checkStory)(entry, shots);
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));

    // Baselines of stories that are gone (renamed, removed).
    const gone = filters.length ? [] : [...baselines.keys()].filter((id) => !stories.some((entry) => entry.id === id));
    if (update) {
      for (const id of gone) await rm(join(BASELINES, id), { recursive: true, force: true });
      stats.removed += gone.length;
      await writeFile(META, `${JSON.stringify({ chromium: chromiumMajor, fonts }, null, 2)}\n`);
      console.log(
        `Baselines: ${stats.new} new, ${stats.changed} changed, ${stats.unchanged} unchanged, ` +
          `${stats.removed} removed${gone.length ? ` (${gone.length} stories gone)` : ''}, ${stats.flaky} flaky`,
      );
    } else if (gone.length) {
      fail(`baselines of stories that no longer exist: ${gone.join(', ')} (\`${UPDATE_COMMAND}\` removes them)`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

async function writeReport({ passed, failed, failures = [] }) {
  await mkdir(REPORTS, { recursive: true });
  const report = { runner: 'storybook-visual', passed, failed, skipped: 0, failures };
  await writeFile(join(REPORTS, 'report.json'), `${JSON.stringify(report)}\n`);
}

startWatchdog('storybook-visual', TOTAL_MS);

try {
  const counts = await main();
  await writeReport(counts);
  process.exitCode = counts.failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`✗ storybook-visual: ${error instanceof Stop ? error.message : oneLine(error.message)}`);
  await writeReport({ passed: 0, failed: 1 }).catch(() => {});
  process.exitCode = 1;
}
