// Shared by the browser tests of the example apps and the release test: a Chromium, a page that
// records every console error, page error and failed request, and an axe run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome, useRepoTmpDir } from './chrome.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function launchChromium() {
  useRepoTmpDir(fileURLToPath(new URL('../', import.meta.url)));
  return chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
}

/** A new page whose problems collect in `page.problems`, and whose requests in `page.requests`. */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (msg) => msg.type() === 'error' && page.problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => page.problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => page.requests.push(req.url()));
  page.on('response', (res) => res.status() >= 400 && page.problems.push(`${res.status()} ${res.url()}`));
  return page;
}

/** axe-core's violations on the page, as `id: help` lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: await readFile(axePath, 'utf8') });
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.help}`));
}
