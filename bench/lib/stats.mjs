// Medians with a distribution-free 95% confidence interval: the order statistics of the sample
// whose ranks bracket the median with ≥ 95% probability under the binomial(n, ½) law (no
// assumption about the shape of the timing distribution, which is skewed by machine noise).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function binomialCdf(k, n) {
  // P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so n in the hundreds stays exact enough.
  let logCoefficient = 0;
  let total = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logCoefficient += Math.log((n - i + 1) / i);
    total += Math.exp(logCoefficient - n * Math.LN2);
  }
  return total;
}

/** [lo, hi] for the median at ≥ 95% coverage, or null with fewer than 6 samples (no such interval exists). */
export function medianInterval(values) {
  const n = values.length;
  if (n < 6) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The largest j with P(X < j) ≤ 2.5%: the interval is [x(j), x(n-j+1)] (1-based ranks).
  let j = 1;
  while (binomialCdf(j, n) <= 0.025) j++;
  return [sorted[j - 1], sorted[n - j]];
}

/** One result row from raw samples. */
export function summarize(name, samples, extra = {}) {
  const round = (x) => Math.round(x * 100) / 100;
  const interval = medianInterval(samples);
  return {
    name,
    median: round(median(samples)),
    ci95: interval && interval.map(round),
    samples: samples.length,
    ratio: null,
    ...extra,
  };
}

/** Fills each row's `ratio` against the row marked `baseline` (or leaves them null when there is none). */
export function withRatios(rows) {
  const baseline = rows.find((row) => row.baseline);
  for (const row of rows) {
    row.ratio = baseline && baseline.median > 0 ? Math.round((row.median / baseline.median) * 100) / 100 : null;
  }
  return rows;
}
