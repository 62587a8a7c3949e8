// The Markdown report (bench/results/latest.md, the README's performance section) and the goals
// of issue #8 for the runtime cases.
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';

/** Writes a file formatted as the repo's Prettier config says, so `npm run lint` stays green. */
export async function writeFormatted(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

const fmt = (value, unit) => {
  if (value === null || value === undefined) return '–';
  if (unit === 'B') return `${(value / 1024).toFixed(2)} KB`;
  if (unit === 'score') return String(value);
  if (unit === '') return value.toFixed(3);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
};

export function toMarkdown(result) {
  const { machine } = result;
  const lines = [
    `Measured ${result.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memory}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}${result.quick ? ' — **quick run, indicative only**' : ''}.`,
    'Medians with a distribution-free 95% interval of the median (order statistics); ratios to each group’s baseline (marked ◆).',
    '',
  ];
  // Groups re-measured with --merge carry their own time; say it when they differ.
  const when = (group) => group.date?.slice(0, 16).replace('T', ' ');
  const dated = new Set(result.groups.map(when)).size > 1;
  for (const group of result.groups) {
    lines.push(
      `### ${group.title}${dated && group.date ? ` (measured ${when(group)} UTC)` : ''}`,
      '',
      `| | median${group.unit ? ` (${group.unit === 'B' ? 'KB' : group.unit})` : ''} | 95% interval | samples | ratio | note |`,
      '|---|--:|--:|--:|--:|---|',
    );
    for (const row of group.rows) {
      const ci = row.ci95 ? `${fmt(row.ci95[0], group.unit)}–${fmt(row.ci95[1], group.unit)}` : '–';
      const ratio = row.ratio === null || row.ratio === undefined ? '–' : `${row.ratio.toFixed(2)}×`;
      lines.push(
        `| ${row.baseline ? '◆ ' : ''}${row.name} | ${fmt(row.median, group.unit)} | ${ci} | ${row.samples ?? '–'} | ${ratio} | ${row.note ?? ''} |`,
      );
    }
    lines.push('');
  }
  lines.push('### Goals', '', '| goal | target | actual | |', '|---|---|---|---|');
  for (const goal of result.goals)
    lines.push(`| ${goal.text} | ${goal.target} | ${goal.actual} | ${goal.met ? 'met' : '**not met**'} |`);
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between the README's bench markers. */
export async function updateReadme(file, markdown) {
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  await writeFormatted(
    file,
    `${text.slice(0, from + start.length)}\n\n${markdown.replace(/^###/gm, '####')}\n${text.slice(to)}`,
  );
}

const find = (groups, id, name) => groups.find((g) => g.id === id)?.rows.find((r) => r.name.startsWith(name));
const ms = (row) => (row ? `${row.median.toFixed(1)} ms` : 'not measured');

/** The runtime goals (cases 1–5) from the measured groups; a goal whose group did not run is left out. */
export function runtimeGoals(groups) {
  const goals = [];
  const has = (id) => groups.some((g) => g.id === id);
  if (has('first-render-1000')) {
    const vanilla = find(groups, 'first-render-1000', 'Vanilla');
    const shoelace = find(groups, 'first-render-1000', 'Shoelace');
    const webawesome = find(groups, 'first-render-1000', 'Web Awesome');
    for (const name of ['Apiary (default', 'Apiary, every card']) {
      const row = find(groups, 'first-render-1000', name);
      goals.push({
        id: name.includes('every') ? 'first-render-1000-all' : 'first-render-1000',
        text: `1,000-project first render, ${row.name}: ≤ 1.3× vanilla DOM, faster than Shoelace and Web Awesome cards`,
        target: `≤ ${(vanilla.median * 1.3).toFixed(1)} ms and < ${Math.min(shoelace.median, webawesome.median).toFixed(1)} ms`,
        actual: `${ms(row)} (${row.ratio}× vanilla)`,
        met: row.median <= vanilla.median * 1.3 && row.median < shoelace.median && row.median < webawesome.median,
      });
    }
  }
  if (has('filter-keystroke-1000')) {
    const row = find(groups, 'filter-keystroke-1000', 'Apiary (default');
    const frame = find(groups, 'filter-keystroke-1000-frame', 'Apiary (default');
    goals.push({
      id: 'filter-keystroke-1000',
      text: 'Filter keystroke on 1,000 projects (median, to style and layout done)',
      target: '≤ 8 ms',
      actual: `${ms(row)} (${ms(frame)} to the next painted frame)`,
      met: row.median <= 8,
    });
  }
  if (has('locale-switch')) {
    const row = groups.find((g) => g.id === 'locale-switch').rows[0];
    const frame = groups.find((g) => g.id === 'locale-switch-frame')?.rows[0];
    goals.push({
      id: 'locale-switch',
      text: 'Locale switch of the landing page (median, to style and layout done)',
      target: '≤ 16 ms',
      actual: `${ms(row)} (${ms(frame)} to the next painted frame)`,
      met: row.median <= 16,
    });
  }
  if (has('first-render-10000')) {
    const row = find(groups, 'first-render-10000', 'Apiary');
    goals.push({
      id: 'first-render-10000',
      text: '10,000 projects: first render (median)',
      target: '≤ 100 ms',
      actual: ms(row),
      met: row.median <= 100,
    });
  }
  if (has('scroll-10000-longest-task')) {
    const row = find(groups, 'scroll-10000-longest-task', 'Apiary');
    const worst = row.ci95 ? row.ci95[1] : row.median;
    goals.push({
      id: 'scroll-10000-longest-task',
      text: '10,000 projects: no task over 50 ms while scrolling (median over runs of each run’s longest task)',
      target: '≤ 50 ms',
      actual: `${ms(row)} (upper 95% bound ${worst.toFixed(1)} ms)`,
      met: row.median <= 50,
    });
  }
  return goals;
}
