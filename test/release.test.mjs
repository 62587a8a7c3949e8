// `npm run test:release`: a release, proven against a real npm registry. Starts Verdaccio on
// 127.0.0.1 (throwaway storage, no uplinks), copies the working tree into a temporary git repo,
// versions it with a changeset (`npm run version-packages`), publishes every public package
// (`npm run release`) and a snapshot under `next` (`npm run release:snapshot`), then installs the
// release into a fresh consumer whose .npmrc sends only `@apiary` to Verdaccio (the rest comes from
// the normal registry), renders every element in Chromium and under @lit-labs/ssr, and reads the
// CHANGELOG entry. Nothing is tagged, versioned or published from the working repo.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { build } from 'vite';
import { runServer } from 'verdaccio';
import { launchChromium, watchedPage } from '../scripts/page-checks.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);
const marker = `Release test ${Date.now()}`;
const publicPackages = ['elements', 'i18n'];
const tmp = mkdtempSync(join(tmpdir(), 'apiary-release-'));
const work = join(tmp, 'repo');
const consumer = join(tmp, 'consumer');
// Children must not inherit what `npm run` set for this repo (its prefix, its package); the
// registry and cache settings stay. Quiet npm, preferring its cache.
const kept = /^npm_config_(registry|cache|userconfig|globalconfig|replace_registry_host)$/i;
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || kept.test(key)),
);
Object.assign(baseEnv, {
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true',
});
let registry;
let server;
let version;

async function run(cmd, args, { cwd = work, env = baseEnv, timeout = 180_000 } = {}) {
  try {
    return (await execFileAsync(cmd, args, { cwd, env, timeout, maxBuffer: 64 << 20 })).stdout;
  } catch (error) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${error.code ?? error.signal}):\n${error.stdout}\n${error.stderr}`,
    );
  }
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeChangeset = (name, bump, text) =>
  writeFileSync(join(work, '.changeset', `${name}.md`), `---\n'@apiary/elements': ${bump}\n---\n\n${text}\n`);

/** The working tree (tracked and untracked, not ignored) in a fresh git repo, sharing node_modules. */
function copyWorkingTree() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  for (const file of files.split('\0').filter(Boolean)) {
    if (!existsSync(join(repo, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(work, file)), { recursive: true });
    cpSync(join(repo, file), join(work, file));
  }
  // Every installed package, linked; the workspaces' own links point at the copies.
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, '@apiary'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry !== '@apiary') symlinkSync(join(repo, 'node_modules', entry), join(modules, entry));
  }
  for (const dir of ['packages', 'apps'].flatMap((d) => readdirSync(join(work, d)).map((name) => join(d, name)))) {
    const { name } = readJson(join(work, dir, 'package.json'));
    symlinkSync(join(work, dir), join(modules, name));
    const own = join(repo, dir, 'node_modules');
    if (existsSync(own)) symlinkSync(own, join(work, dir, 'node_modules'));
  }
  const git = (...args) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git(
    '-c',
    'user.name=Release Test',
    '-c',
    'user.email=release-test@localhost',
    'commit',
    '-q',
    '-m',
    'snapshot of the working tree',
  );
}

before(async () => {
  copyWorkingTree();
  const config = {
    self_path: join(tmp, 'verdaccio'),
    storage: join(tmp, 'storage'),
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$all', unpublish: '$all' } },
    auth: { htpasswd: { file: join(tmp, 'htpasswd'), max_users: -1 } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  };
  server = await runServer(config);
  await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
  registry = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  server?.closeAllConnections?.();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (process.env.KEEP_RELEASE_TMP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
});

test('version-packages versions both packages together, writes CHANGELOGs and refreshes the lockfile', async () => {
  const before = readJson(join(work, 'packages/elements/package.json')).version;
  writeChangeset('release-test', 'patch', marker);
  await run('npm', ['run', 'version-packages']);
  version = readJson(join(work, 'packages/elements/package.json')).version;
  assert.notEqual(version, before);
  const lock = readJson(join(work, 'package-lock.json'));
  for (const name of publicPackages) {
    assert.equal(
      readJson(join(work, 'packages', name, 'package.json')).version,
      version,
      `${name} is in the fixed group`,
    );
    assert.equal(lock.packages[`packages/${name}`].version, version, `lockfile entry of ${name}`);
    assert.match(
      readFileSync(join(work, 'packages', name, 'CHANGELOG.md'), 'utf8'),
      new RegExp(`^## ${version}$`, 'm'),
    );
  }
  assert.match(readFileSync(join(work, 'packages/elements/CHANGELOG.md'), 'utf8'), new RegExp(marker));
  assert.deepEqual(
    readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'),
    [],
  );
});

test('release builds and publishes every public package to the registry, and tags only the copy', async () => {
  assert.ok(version, 'versioned first');
  // From here on the copy publishes to Verdaccio only (npm 11 wants a token, any will do).
  writeFileSync(
    join(work, '.npmrc'),
    `registry=${registry}\n${registry.replace(/^http:/, '')}:_authToken=release-test\n`,
  );
  await run('npm', ['run', 'release'], { timeout: 300_000 });
  for (const name of publicPackages) {
    const published = await run('npm', ['view', `@apiary/${name}@${version}`, 'version']);
    assert.equal(published.trim(), version);
  }
  const tags = execFileSync('git', ['tag', '--list'], { cwd: work, encoding: 'utf8' });
  assert.match(tags, new RegExp(`@apiary/elements@${version}`));
  const ours = execFileSync('git', ['tag', '--list', `@apiary/elements@${version}`], { cwd: repo, encoding: 'utf8' });
  assert.equal(ours.trim(), '', 'the working repo got a tag');
});

test('release:snapshot publishes a 0.0.0-snapshot-<timestamp> prerelease under the next dist-tag', async () => {
  assert.ok(version, 'released first');
  writeChangeset('snapshot-test', 'patch', 'Snapshot test.');
  await run('npm', ['run', 'release:snapshot'], { timeout: 300_000 });
  const tags = JSON.parse(await run('npm', ['view', '@apiary/elements', 'dist-tags', '--json']));
  assert.equal(tags.latest, version);
  assert.match(tags.next, /^0\.0\.0-snapshot-\d{14}$/);
});

test('a consumer installs the release, renders every element in Chromium and on the server, and reads the CHANGELOG', async () => {
  assert.ok(version, 'released first');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Only the @apiary scope comes from Verdaccio; lit, i18next and the rest from the normal registry.
  writeFileSync(join(consumer, '.npmrc'), `@apiary:registry=${registry}\n`);
  await run('npm', ['install', `@apiary/elements@${version}`, '@lit-labs/ssr@4.1.0', '--prefer-offline'], {
    cwd: consumer,
  });
  const installed = join(consumer, 'node_modules/@apiary/elements');
  assert.equal(readJson(join(installed, 'package.json')).version, version);
  assert.equal(readJson(join(consumer, 'node_modules/@apiary/i18n/package.json')).version, version);
  const changelog = readFileSync(join(installed, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## ${version}$[\\s\\S]*${marker}`, 'm'));
  const manifest = readJson(join(installed, 'custom-elements.json'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  assert.ok(tags.length >= 3);

  // Server: every element renders to declarative shadow DOM from the installed package.
  writeFileSync(
    join(consumer, 'ssr.mjs'),
    `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@apiary/elements';
const out = {};
for (const tag of ${JSON.stringify(tags)}) out[tag] = await collectResult(render(html\`<\${unsafeStatic(tag)}></\${unsafeStatic(tag)}>\`));
console.log(JSON.stringify(out));
`,
  );
  const rendered = JSON.parse(await run(process.execPath, ['ssr.mjs'], { cwd: consumer }));
  for (const tag of tags) assert.match(rendered[tag], /<template shadowroot(mode)?="open"/, tag);

  // Browser: the npm entry bundled by Vite, and the CDN bundle as shipped.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title>
<script type="module" src="SRC"></script></head><body></body></html>`;
  writeFileSync(join(consumer, 'index.html'), page.replace('SRC', './main.js'));
  writeFileSync(join(consumer, 'main.js'), "import '@apiary/elements';\n");
  await build({ root: consumer, configFile: false, logLevel: 'error', build: { outDir: 'dist', target: 'es2022' } });
  writeFileSync(join(consumer, 'dist/cdn.html'), page.replace('SRC', '/node_modules/@apiary/elements/cdn/apiary.js'));
  const dist = sirv(join(consumer, 'dist'));
  const cdn = sirv(join(installed, 'dist/cdn'));
  const files = createServer((req, res) => {
    const prefix = '/node_modules/@apiary/elements/cdn';
    if (req.url.startsWith(prefix)) return ((req.url = req.url.slice(prefix.length)), cdn(req, res));
    dist(req, res, () => ((res.statusCode = 404), res.end()));
  });
  await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    for (const path of ['/', '/cdn.html']) {
      const tab = await watchedPage(browser);
      await tab.goto(`http://127.0.0.1:${files.address().port}${path}`, { waitUntil: 'networkidle', timeout: 20000 });
      const empty = await tab.evaluate(async (list) => {
        const failed = [];
        for (const tag of list) {
          await customElements.whenDefined(tag);
          const el = document.body.appendChild(document.createElement(tag));
          await el.updateComplete;
          if (!el.shadowRoot?.childElementCount) failed.push(tag);
        }
        return failed;
      }, tags);
      assert.deepEqual(empty, [], `${path}: elements that rendered nothing`);
      assert.deepEqual(tab.problems, [], path);
      await tab.close();
    }
  } finally {
    await browser.close();
    files.close();
  }
});

test('the release workflow runs the same scripts on the real registry, with provenance, once switched on', () => {
  const workflow = readFileSync(join(repo, '.github/workflows/release.yml'), 'utf8');
  assert.match(workflow, /if: vars\.RELEASE_ENABLED == 'true'/);
  assert.match(workflow, /uses: changesets\/action@v1/);
  assert.match(workflow, /version: npm run version-packages\n\s+publish: npm run release\n/);
  assert.match(workflow, /NODE_AUTH_TOKEN: \$\{\{ secrets\.NPM_TOKEN \}\}/);
  assert.match(workflow, /NPM_CONFIG_PROVENANCE: 'true'/);
  assert.match(workflow, /id-token: write/);
  assert.match(workflow, /run: npm run release:snapshot/);
  const scripts = readJson(join(repo, 'package.json')).scripts;
  assert.match(scripts['version-packages'], /changeset version && npm install --package-lock-only/);
  assert.match(scripts['release:snapshot'], /--snapshot snapshot .*changeset publish --tag next --no-git-tag/);
});

test('each release publishes the static Storybook to GitHub Pages, once switched on, and the READMEs link it', () => {
  const release = readFileSync(join(repo, '.github/workflows/release.yml'), 'utf8');
  // The release job says whether changesets published; only then is the Storybook workflow called.
  assert.match(release, /outputs:\n\s+published: \$\{\{ steps\.changesets\.outputs\.published \}\}/);
  assert.match(release, /- name: Version pull request or publish\n\s+id: changesets\n/);
  assert.match(
    release,
    /storybook:\n\s+needs: release\n\s+if: needs\.release\.outputs\.published == 'true'\n[\s\S]*?pages: write[\s\S]*?uses: \.\/\.github\/workflows\/storybook\.yml/,
  );
  const storybook = readFileSync(join(repo, '.github/workflows/storybook.yml'), 'utf8');
  assert.match(storybook, /on:\n\s+workflow_call:\n\s+workflow_dispatch:\n/);
  // Off until a maintainer switches it on; every later job needs this one.
  assert.match(storybook, /build:\n\s+if: vars\.STORYBOOK_PAGES_ENABLED == 'true'\n/);
  assert.match(storybook, /run: npm run build-storybook\n/);
  assert.match(storybook, /uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: storybook-static\n/);
  assert.match(storybook, /deploy:\n\s+needs: build\n/);
  assert.match(storybook, /uses: actions\/deploy-pages@v\d+/);
  assert.match(readJson(join(repo, 'package.json')).scripts['build-storybook'], /storybook build -o storybook-static/);
  // Where it lands: the elements' homepage, linked from both READMEs.
  const { homepage } = readJson(join(repo, 'packages/elements/package.json'));
  assert.equal(homepage, 'https://apiary-components.github.io/apiary/');
  for (const readme of ['README.md', 'packages/elements/README.md']) {
    assert.ok(readFileSync(join(repo, readme), 'utf8').includes(`[Storybook](${homepage})`), readme);
  }
});
