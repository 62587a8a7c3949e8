// Finds a Chromium for browser tests: CHROME_PATH, then the usual install paths, then Playwright's cache.
// No tool here may download a browser of its own.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((dir) => dir.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((dir) => [join(root, dir, 'chrome-linux', 'chrome'), join(root, dir, 'chrome-linux64', 'chrome')]);
}

/** The Chromium executable, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return [...CANDIDATES, ...playwrightCache()].find((path) => existsSync(path));
}

/** The Chromium executable; exits with one line saying how to get one when there is none. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      process.env.CHROME_PATH
        ? `No browser at CHROME_PATH=${process.env.CHROME_PATH}: point it at a Chromium or Chrome executable.`
        : 'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium/Chrome executable.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for headless Chromium on CI and as root. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Points TMPDIR at the repo's .tmp, so Chromium's profile folders do not litter /tmp. */
export function useRepoTmpDir(root) {
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = dir;
  return dir;
}
