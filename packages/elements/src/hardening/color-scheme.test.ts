// The theme follows the host page's colour scheme (issue #18, item 3). Every element, with real
// data, on a host page that paints itself as it declares, in the matrix
// {nothing declared, `color-scheme: light dark` (CSS or the meta tag), `data-theme="dark"`}
// × operating system {light, dark} × {with, without the theme stylesheet}: the elements' computed
// colours are the expected scheme's, and axe finds no contrast violation — its undecided contrast
// results count as failures too, unless axe says the text is only a symbol. Then the same pages as a
// browser without `light-dark()` (Safari < 17.5) sees them: light, unless `data-theme="dark"`
// with the theme stylesheet.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import { colors } from '../tokens/tokens.js';
import type { Project } from '../schemas/project.js';
import type { Talk } from '../schemas/talk.js';
import type { Post } from '../schemas/post.js';

type Scheme = 'light' | 'dark';
type Lit = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
interface AxeNode {
  target: string[];
  any: { data?: { messageKey?: string } }[];
}
interface AxeResults {
  violations: { nodes: AxeNode[] }[];
  incomplete: { nodes: AxeNode[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

const themeUrl = new URL('../../dist/themes/apiary.css', import.meta.url).href;
const fixture = (path: string) => new URL(`../${path}`, import.meta.url).href;

/**
 * A host page: its own CSS (how it paints itself), and what it declares. `ownScheme`: without the
 * theme stylesheet `data-theme` means nothing to Apiary, so a page that uses it paints itself
 * dark and says so (`color-scheme: dark`) in its own CSS, as a dark page should.
 */
interface Page {
  name: string;
  css: string;
  meta?: boolean;
  theme?: Scheme;
  ownScheme?: string;
  expected: (os: Scheme) => Scheme;
}
const PAGES: Page[] = [
  { name: 'nothing declared', css: 'body { background: #fff; color: #000 }', expected: () => 'light' },
  {
    name: 'color-scheme: light dark',
    css: ':root { color-scheme: light dark } body { background: Canvas; color: CanvasText }',
    expected: (os) => os,
  },
  {
    name: '<meta name="color-scheme" content="light dark">',
    meta: true,
    css: 'body { background: Canvas; color: CanvasText }',
    expected: (os) => os,
  },
  {
    name: 'data-theme="dark"',
    theme: 'dark',
    css: 'body { background: #0d1117; color: #e6edf3 }',
    ownScheme: ':root[data-theme="dark"] { color-scheme: dark }',
    expected: () => 'dark',
  },
];

/** `rgb(…)` of a hex colour, as getComputedStyle gives it. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** Appends `node` to `<head>` and resolves when it has loaded (a stylesheet) or at once. */
async function addToHead(node: HTMLElement): Promise<void> {
  const loaded = node instanceof HTMLLinkElement && new Promise((resolve) => (node.onload = resolve));
  document.head.append(node);
  await loaded;
}

/** Every element, with data, as a page embeds them. */
async function embedAll(): Promise<HTMLElement> {
  const json = async (path: string) => (await fetch(fixture(path))).json();
  const [{ projects }, { talks }, { posts }] = await Promise.all([
    json('project-grid/fixtures/ebpf-landscape.json'),
    json('talk-list/fixtures/ebpf-talks.json'),
    json('blog-teaser/fixtures/ebpf-updates.json'),
  ]);
  const host = document.createElement('main');
  host.innerHTML = `
    <apiary-banner>The summit is on. <strong>Register</strong></apiary-banner>
    <apiary-locale-switcher scope="elements" no-persist></apiary-locale-switcher>
    <apiary-feature-card heading="Networking" href="#networking">Programmable, fast packet processing.</apiary-feature-card>
    <apiary-project-grid></apiary-project-grid>
    <apiary-talk-list limit="3"></apiary-talk-list>
    <apiary-blog-teaser limit="3"></apiary-blog-teaser>`;
  const $ = (tag: string) => host.querySelector(tag) as Lit;
  $('apiary-project-grid').projects = (projects as Project[]).slice(0, 12);
  $('apiary-talk-list').talks = talks as Talk[];
  $('apiary-blog-teaser').posts = posts as Post[];
  document.body.append(host);
  for (const el of host.children) await (el as Lit).updateComplete;
  return host;
}

/** axe's contrast check: violations, and undecided results unless the text is only a symbol. */
async function contrastFailures(root: Element): Promise<string[]> {
  const { violations, incomplete } = await window.axe.run(root, { runOnly: ['color-contrast'] });
  const symbolOnly = (node: AxeNode) => node.any.every((check) => check.data?.messageKey === 'nonBmp');
  return [
    ...violations.flatMap((v) =>
      v.nodes.map((n) => `violation: ${n.target.join(' > ')} ${JSON.stringify(n.any.map((c) => c.data))}`),
    ),
    ...incomplete.flatMap((v) =>
      v.nodes
        .filter((n) => !symbolOnly(n))
        .map((n) => `undecided (${n.any.map((c) => c.data?.messageKey).join(', ')}): ${n.target.join(' > ')}`),
    ),
  ];
}

/** The colours the elements should show in `scheme`, from the token source. */
function expectColours(host: HTMLElement, scheme: Scheme, label: string) {
  const palette = colors[scheme];
  for (const el of host.children) {
    expect(getComputedStyle(el).color, `${label}: ${el.localName} text`).to.equal(rgb(palette.text));
  }
  const shadow = (tag: string) => host.querySelector(tag)!.shadowRoot!;
  const grid = shadow('apiary-project-grid');
  // The grid's muted labels (sort, "Maturity", the result count): what failed on a white page.
  for (const selector of ['.field', '.label', '.count']) {
    expect(getComputedStyle(grid.querySelector(selector)!).color, `${label}: grid ${selector}`).to.equal(
      rgb(palette['text-muted']),
    );
  }
  expect(getComputedStyle(grid.querySelector('.card')!).backgroundColor, `${label}: grid card`).to.equal(
    rgb(palette.surface),
  );
  expect(
    getComputedStyle(shadow('apiary-feature-card').querySelector('.card')!).backgroundColor,
    `${label}: feature card`,
  ).to.equal(rgb(palette.surface));
}

/**
 * How a browser without `light-dark()` reads a stylesheet: the function is unknown (a declaration
 * using it is invalid at computed-value time) and `@supports not (color: light-dark(…))` holds.
 */
const withoutLightDark = (css: string) => css.replaceAll('light-dark(', 'light-dark-unsupported(');

describe('the colour scheme the host page declares', function () {
  this.timeout(120000);
  const added: HTMLElement[] = [];
  let host: HTMLElement;
  const { warn } = console;

  before(async () => {
    // axe.min.js registers window.axe; its types come from axe-core's main entry, not this file.
    // @ts-expect-error -- no declaration for the minified build
    await import('axe-core/axe.min.js');
    console.warn = () => {}; // elements without the optional attributes say so; not what this checks
    host = await embedAll();
  });
  afterEach(async () => {
    for (const node of added.splice(0)) node.remove();
    delete document.documentElement.dataset.theme;
    await emulateMedia({ colorScheme: 'light' });
  });
  after(() => {
    host.remove();
    console.warn = warn;
  });

  /** Dresses the document as `page` (with or without the theme) under the system's `os` scheme. */
  async function setUp(page: Page, theme: boolean, os: Scheme, css = (s: string) => s) {
    await emulateMedia({ colorScheme: os });
    if (theme) {
      const style = document.createElement('style');
      style.textContent = css(await (await fetch(themeUrl)).text());
      added.push(style);
      await addToHead(style);
    }
    const own = document.createElement('style');
    own.textContent = `${page.css} ${theme ? '' : (page.ownScheme ?? '')}`;
    added.push(own);
    await addToHead(own);
    if (page.meta) {
      const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
      added.push(meta);
      await addToHead(meta);
    }
    if (page.theme) document.documentElement.dataset.theme = page.theme;
    // Colours change with a transition on some controls (the grid's toggles): read them settled.
    const roots = [...host.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
    const running = roots.flatMap((root) => root.getAnimations());
    await Promise.all(running.map((animation) => animation.finished.catch(() => {})));
  }

  for (const page of PAGES)
    for (const theme of [true, false])
      for (const os of ['light', 'dark'] as const) {
        const expected = page.expected(os);
        it(`${page.name}, ${theme ? 'with' : 'without'} apiary.css, OS ${os}: ${expected}, no contrast failure`, async () => {
          await setUp(page, theme, os);
          const label = `${page.name}/${theme ? 'theme' : 'no theme'}/${os}`;
          expectColours(host, expected, label);
          expect(await contrastFailures(document.body), label).to.deep.equal([]);
        });
      }

  it('data-theme="light" and "dark" force a scheme over the page\'s own :root { color-scheme: light dark }', async () => {
    for (const os of ['light', 'dark'] as const)
      for (const forced of ['light', 'dark'] as const) {
        await setUp({ ...PAGES[1]!, theme: forced, css: `${PAGES[1]!.css}` }, true, os);
        expectColours(host, forced, `data-theme=${forced}, OS ${os}`);
        for (const node of added.splice(0)) node.remove();
      }
  });

  describe('in a browser without light-dark() (Safari < 17.5)', () => {
    const originals = new Map<ShadowRoot, CSSStyleSheet[]>();
    before(() => {
      for (const el of host.querySelectorAll('*')) {
        const root = el.shadowRoot;
        if (!root) continue;
        originals.set(root, root.adoptedStyleSheets);
        root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
          const copy = new CSSStyleSheet();
          copy.replaceSync(withoutLightDark([...sheet.cssRules].map((rule) => rule.cssText).join('\n')));
          return copy;
        });
      }
    });
    after(() => {
      for (const [root, sheets] of originals) root.adoptedStyleSheets = sheets;
    });

    it('the emulation holds: light-dark() is unknown, the fallbacks apply', () => {
      const probe = document.createElement('p');
      document.body.append(probe);
      probe.style.color = 'light-dark-unsupported(red, blue)';
      expect(probe.style.color).to.equal('');
      probe.remove();
    });

    for (const page of PAGES)
      for (const theme of [true, false])
        for (const os of ['light', 'dark'] as const) {
          const expected = theme && page.theme === 'dark' ? 'dark' : 'light';
          it(`${page.name}, ${theme ? 'with' : 'without'} apiary.css, OS ${os}: ${expected}`, async () => {
            // Without the theme a data-theme page has no way to reach the elements there: not what
            // this checks, its page declaring `color-scheme: dark` is enough for the ones that can.
            await setUp({ ...page, ownScheme: undefined }, theme, os, withoutLightDark);
            expectColours(host, expected, `${page.name}/${theme ? 'theme' : 'no theme'}/${os}/no light-dark()`);
          });
        }
  });
});
