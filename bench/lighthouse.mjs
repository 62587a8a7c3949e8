// Lighthouse (issue #8, item 7): the built landing page and a copy of it with every script removed
// (the no-JavaScript limit), mobile preset (Lighthouse's default: simulated slow 4G and 4x CPU
// slowdown), median of 5 runs per page (1 in quick mode; LCP at the 10% line moves ±40 ms run to run), the runs of both pages interleaved so
// machine noise hits both alike. Standalone: `node bench/lighthouse.mjs [--quick]`.
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from '../scripts/chrome.mjs';
import { serveSite } from './site.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  { id: 'largest-contentful-paint', key: 'lcp', title: 'Largest Contentful Paint', unit: 'ms' },
  { id: 'total-blocking-time', key: 'tbt', title: 'Total Blocking Time', unit: 'ms' },
  { id: 'cumulative-layout-shift', key: 'cls', title: 'Cumulative Layout Shift', unit: '' },
];
const LCP_MARGIN = 1.1;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function runOnce(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const failed = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failed.push(ref.id);
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
    metrics: Object.fromEntries(METRICS.map((m) => [m.key, lhr.audits[m.id].numericValue])),
    failed,
  };
}

export async function measure({ quick = false, log = () => {} } = {}) {
  const runs = quick ? 1 : 5;
  const site = await serveSite();
  useRepoTmpDir(root);
  const chrome = await chromeLauncher.launch({ chromePath: requireChrome(), chromeFlags: CHROME_ARGS });
  const pages = [
    { key: 'landing', name: 'landing page', url: site.base + site.paths.landing, results: [] },
    {
      key: 'noJs',
      name: 'landing page without scripts',
      url: site.base + site.paths.noJs,
      results: [],
      baseline: true,
    },
  ];
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        log(`lighthouse: ${page.name}, run ${run}/${runs}`);
        page.results.push(await runOnce(page.url, chrome.port));
      }
    }
  } finally {
    await chrome.kill();
    await site.close();
  }

  const baseline = pages.find((p) => p.baseline);
  const groupOf = (id, title, unit, valueOf, noteOf = () => undefined) => {
    const base = median(baseline.results.map(valueOf));
    return {
      id,
      title,
      unit,
      rows: pages.map((page) => {
        const values = page.results.map(valueOf);
        const value = median(values);
        const note = [`runs: ${values.map((v) => +v.toFixed(unit === 'ms' ? 0 : 3)).join(', ')}`, noteOf(page)]
          .filter(Boolean)
          .join('; ');
        return {
          name: page.name,
          median: value,
          ci95: null,
          samples: values.length,
          ratio: base ? value / base : null,
          ...(page.baseline ? { baseline: true } : {}),
          note,
        };
      }),
    };
  };
  const failedAudits = (page) => {
    const ids = [...new Set(page.results.flatMap((r) => r.failed))];
    return ids.length ? `audits below 1 in some run: ${ids.join(', ')}` : undefined;
  };
  const groups = [
    ...CATEGORIES.map((id, i) =>
      groupOf(
        `lighthouse-${id}`,
        `Lighthouse ${id} (mobile, median of ${runs})`,
        'score',
        (r) => r.scores[id],
        i === 0 ? failedAudits : undefined,
      ),
    ),
    ...METRICS.map((m) =>
      groupOf(
        `lighthouse-${m.key}`,
        `Lighthouse ${m.title} (mobile, median of ${runs})`,
        m.unit,
        (r) => r.metrics[m.key],
      ),
    ),
  ];

  const landing = pages[0];
  const scores = CATEGORIES.map((id) => median(landing.results.map((r) => r.scores[id])));
  const lcp = median(landing.results.map((r) => r.metrics.lcp));
  const limit = median(baseline.results.map((r) => r.metrics.lcp));
  const goals = [
    {
      id: 'lighthouse-scores',
      text: `Lighthouse performance / accessibility / best practices / SEO of the landing page (mobile, median of ${runs})`,
      target: '100 / 100 / 100 / 100',
      actual: scores.join(' / '),
      met: scores.every((s) => s === 100),
    },
    {
      id: 'lighthouse-lcp',
      text: 'Landing page LCP within 10% of the script-free copy',
      target: `≤ ${Math.round(limit * LCP_MARGIN)} ms (script-free ${Math.round(limit)} ms + 10%)`,
      actual: `${Math.round(lcp)} ms (${((lcp / limit - 1) * 100).toFixed(1)}%)`,
      met: lcp <= limit * LCP_MARGIN,
    },
  ];
  return { groups, goals };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measure({ quick: process.argv.includes('--quick'), log: (line) => console.error(line) });
  console.log(JSON.stringify(result, null, 2));
}
