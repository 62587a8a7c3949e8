// A node:test reporter that writes pass/fail counts, and the names of the failed tests, as JSON
// (used beside the spec reporter) for the summary that closes `npm test`.
import { relative } from 'node:path';

export default async function* countsReporter(source) {
  const totals = { runner: 'node-test', passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      const file = event.data.file ? `${relative(process.cwd(), event.data.file)}: ` : '';
      const reason = event.data.details?.error?.cause?.message ?? event.data.details?.error?.message ?? '';
      totals.failures.push(`${file}${event.data.name}${reason ? ` — ${String(reason).split('\n')[0]}` : ''}`);
    }
  }
  yield JSON.stringify(totals);
}
