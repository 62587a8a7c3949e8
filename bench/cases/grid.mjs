// Cases 1–3: the 1,000-project grid's first render, one filter keystroke, and 10,000 projects
// (first render, then the longest main-thread task while scrolling to the end).
import { interleave, openBenchPage } from '../lib/sampling.mjs';
import { summarize, withRatios } from '../lib/stats.mjs';

const ALL = 1e9;
const UNTIL = 'data handed over → DOM updated, style and layout done (forced layout)';

const apiary = { name: 'Apiary (default: virtualized past 200)', page: 'grid-apiary' };
const apiaryAll = { name: 'Apiary, every card rendered', page: 'grid-apiary', threshold: ALL };
const vanilla = { name: 'Vanilla DOM, identical markup', page: 'grid-vanilla', baseline: true };

function rows(results, key = 'work') {
  return withRatios(
    [...results].map(([variant, values]) =>
      summarize(
        variant.name,
        values.map((v) => v[key]),
        {
          ...(variant.baseline ? { baseline: true } : {}),
          note: `${Math.round(values.reduce((sum, v) => sum + v.cards, 0) / values.length)} cards in the DOM`,
        },
      ),
    ),
  );
}

async function renderSamples(ctx, variants, count, label) {
  return interleave(variants, { ...ctx, label }, async (variant) => {
    const page = await openBenchPage(ctx.context, `${ctx.origin}/bench/${variant.page}.html`);
    const value = await page.evaluate(({ count, threshold }) => window.bench.render({ count, threshold }), {
      count,
      threshold: variant.threshold,
    });
    await page.close();
    return value;
  });
}

export async function firstRender1000(ctx) {
  const variants = [
    apiary,
    apiaryAll,
    vanilla,
    { name: 'Plain Lit template', page: 'grid-lit' },
    { name: 'Shoelace sl-card', page: 'grid-shoelace' },
    { name: 'Web Awesome wa-card', page: 'grid-webawesome' },
  ];
  const results = await renderSamples(ctx, variants, 1000, 'first render, 1,000');
  return {
    id: 'first-render-1000',
    title: `First render of 1,000 projects (${UNTIL}; each sample a fresh page)`,
    unit: 'ms',
    rows: rows(results),
  };
}

export async function filterKeystroke(ctx) {
  const variants = [apiary, apiaryAll, { ...vanilla, name: 'Vanilla DOM, hiding non-matching cards' }];
  const pages = new Map();
  for (const variant of variants) {
    const page = await openBenchPage(ctx.context, `${ctx.origin}/bench/${variant.page}.html`);
    await page.evaluate((threshold) => window.bench.render({ count: 1000, threshold }), variant.threshold);
    pages.set(variant, page);
  }
  // Each sample types one character into an empty search box (reset untimed before it).
  const results = await interleave(variants, { ...ctx, label: 'filter keystroke' }, async (variant) => {
    const page = pages.get(variant);
    await page.bringToFront();
    await page.evaluate(() => window.bench.filter(''));
    return page.evaluate(() => window.bench.filter('x'));
  });
  for (const page of pages.values()) await page.close();
  const group = (key, title) => ({
    id: `filter-keystroke-1000${key === 'frame' ? '-frame' : ''}`,
    title,
    unit: 'ms',
    rows: rows(results, key),
  });
  return [
    group('work', 'One filter keystroke on 1,000 projects (input event → grid updated, style and layout done)'),
    group('frame', 'One filter keystroke on 1,000 projects (input event → next animation frame painted)'),
  ];
}

// Chromium names a main-thread task `RunTask` or (since ~M120) `ThreadControllerImpl::RunTask`.
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The longest task of the renderer's main thread in a Chromium trace, in ms. */
export function longestTask(trace) {
  const { traceEvents } = JSON.parse(trace);
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of traceEvents) {
    if (e.ph === 'X' && TASK.has(e.name) && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
  }
  return longest;
}

export async function tenThousand(ctx) {
  // Vanilla DOM takes seconds for 10,000 cards: a quick run leaves the baseline out.
  const variants = ctx.quick ? [apiary] : [apiary, vanilla];
  const renders = await renderSamples(ctx, variants, 10000, 'first render, 10,000');
  const scrolls = await interleave(variants, { ...ctx, label: 'scroll 10,000' }, async (variant) => {
    const page = await openBenchPage(ctx.context, `${ctx.origin}/bench/${variant.page}.html`);
    await page.evaluate(() => window.bench.render({ count: 10000 }));
    await ctx.browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    const { cards } = await page.evaluate(() => window.bench.scrollToEnd());
    const trace = await ctx.browser.stopTracing();
    await page.close();
    return { work: longestTask(trace.toString('utf8')), cards };
  });
  return [
    {
      id: 'first-render-10000',
      title: `First render of 10,000 projects (${UNTIL})`,
      unit: 'ms',
      rows: rows(renders),
    },
    {
      id: 'scroll-10000-longest-task',
      title:
        'Longest main-thread task while scrolling 10,000 projects to the end (two viewports a frame; CDP trace of the renderer main thread)',
      unit: 'ms',
      rows: rows(scrolls),
    },
  ];
}
