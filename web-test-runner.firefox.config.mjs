// The element tests in a second engine: Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi (no geckodriver, no downloaded browser). `npm test` runs it (CI installs firefox-esr);
// on its own: `npm run test:firefox`.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from './web-test-runner.config.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) {
  console.error(
    `No Firefox at ${executablePath}: install one (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
  );
  process.exit(1);
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
    }),
  ],
  // Coverage comes from V8 (Chromium only); the Chromium run keeps the thresholds.
  coverage: false,
  // The second pass under a host's i18next (see the base config) runs in Chromium only.
  groups: [],
  // The parser-cost suite compares timings by ratio; Firefox coarsens its clock and its JSON and
  // string engines are not what the bound is about: the suite holds Chromium and Node to it. The
  // colour-scheme matrix emulates the system's scheme, which needs CDP (Chromium).
  files: [...base.files, '!src/feeds/cost.test.ts', '!src/hardening/color-scheme.test.ts'],
  // Its own counts file, beside the repo's other step reports (the workspace's are Chromium's).
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countsReporter({ file: `${root}.reports/firefox/wtr.json`, runner: 'web-test-runner (firefox)' }),
  ],
};
