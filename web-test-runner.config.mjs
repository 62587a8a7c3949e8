// The one @web/test-runner config: every workspace's browser tests run with it, from the workspace folder.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from './scripts/chrome.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { testServer } from './scripts/wtr-test-server.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const executablePath = requireChrome();
useRepoTmpDir(root);

// The element tests (not the hardening suites, nor the feed parsers', which show no text) run a
// second time with Apiary following a host's real i18next instead of its own store: same text, live
// switching and overrides on both paths.
const elementFolders = existsSync('src/feature-card')
  ? ['src/*/!(*.stories).test.ts', '!src/hardening/**', '!src/feeds/**']
  : [];
const groups = elementFolders.length
  ? [
      {
        name: 'host-i18next',
        files: [...elementFolders, 'test/host-i18next/*.test.ts'],
        testRunnerHtml: (framework) =>
          `<html><body><script type="module" src="/packages/elements/test/host-i18next/setup.ts"></script><script type="module" src="${framework}"></script></body></html>`,
      },
    ]
  : [];

export default {
  rootDir: root,
  files: ['src/**/*.test.ts'],
  groups,
  nodeResolve: true,
  // Broken and slow feeds, and server renders, for the hardening suites (packages/elements/src/hardening/).
  middleware: [testServer],
  // Lit's decorators are TypeScript's (experimentalDecorators), lowered here by esbuild as tsc does.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.base.json` })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  // Dev-mode Lit is what tests want; its one-line notice is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  // The first test of a file pays for what the dev server serves it first (axe-core, lazy chunks):
  // under CI's load, every workspace's tests at once, that has taken more than 5 s.
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    report: true,
    reportDir: '.reports/coverage',
    reporters: ['text-summary', 'lcov'],
    exclude: ['**/node_modules/**', '**/*.test.ts', '**/dist/**'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
