// A node:test reporter that writes pass/fail counts as JSON (used beside the spec reporter) for
// the summary line that closes `npm test`.
export default async function* countsReporter(source) {
  const totals = { runner: 'node-test', passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
