// A @web/test-runner reporter that writes the pass/fail counts, and the names of the failed
// tests, to .reports/wtr.json for the summary that closes `npm test` (CI shows only its tail).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, file, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      const reason = test.error?.message?.split('\n')[0] ?? '';
      totals.failures.push(`${file}: ${[...path, test.name].join(' › ')}${reason ? ` — ${reason}` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, file, [...path, child.name]);
}

export function countsReporter({ file = '.reports/wtr.json', runner = 'web-test-runner' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        // The group too: the element tests run twice in Chromium (the default group and host-i18next).
        const name = `${relative(process.cwd(), session.testFile)} [${session.browser?.name ?? '?'}, ${session.group?.name ?? ''}]`;
        if (session.testResults) count(session.testResults, totals, name);
        // A test file that failed to load has no results: count it as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed++;
          totals.failures.push(
            `${name}: did not run — ${session.errors?.[0]?.message?.split('\n')[0] ?? 'no results'}`,
          );
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ runner, ...totals }));
    },
  };
}
