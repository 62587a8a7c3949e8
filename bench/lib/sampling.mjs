// Shared sampling loop: warm-up rounds discarded, then `samples` rounds in which every variant runs
// once, in an order rotated each round, so slow spells of the (shared) machine hit all alike.

export const VIEWPORT = { width: 1280, height: 800 };

export async function interleave(variants, { samples, warmup, log, label }, run) {
  const results = new Map(variants.map((variant) => [variant, []]));
  const rounds = warmup + samples;
  for (let round = 0; round < rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const variant of order) {
      const value = await run(variant);
      if (round >= warmup) results.get(variant).push(value);
    }
    if ((round + 1) % 10 === 0 || round + 1 === rounds) log(`  ${label}: round ${round + 1}/${rounds}`);
  }
  return results;
}

/** Opens a benchmark page and waits until its module installed `window.bench`. */
export async function openBenchPage(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30000 });
  return page;
}
