// The element tests in a second engine: Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi (no geckodriver, no downloaded browser). Opt in with `npm run test:firefox`.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
  // Not the counts reporter: .reports/wtr.json is the Chromium run's, for `npm test`'s summary.
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
};
