// Keyboard-only walkthrough: every element from custom-elements.json, with realistic data (the
// elements' own fixtures, else a sample from the schema), walked with Tab and Shift+Tab only. Every
// stop is reachable once, in the same order both ways, has an accessible name and a visible focus
// ring; then the interactions each role promises (Enter/Space, Escape) keep focus off <body>.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import { elements, sample, type ElementInfo } from './elements.js';

// Realistic data for the elements that show a feed: their own test fixtures (data, not a list of elements).
const fixtures: Record<string, string> = {
  'apiary-project-grid': '../project-grid/fixtures/projects.json',
  'apiary-talk-list': '../talk-list/fixtures/ebpf-talks.json',
  'apiary-blog-teaser': '../blog-teaser/fixtures/community.feed.json',
};

type Host = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };

/** The focused element, through open shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function inside(host: Element, node: Element | null): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === host) return true;
  return false;
}

/** A good-enough accessible name: what axe would find for the controls these elements render. */
function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) return byIds(labelledby).trim();
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title');
  if (label) return label.trim();
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement)
    return [...(el.labels ?? [])]
      .map((l) => l.textContent)
      .join(' ')
      .trim();
  if (el instanceof HTMLSlotElement) return '';
  // Text content, counting slotted text for slots inside.
  const text = (node: Node): string =>
    node instanceof HTMLSlotElement
      ? node.assignedNodes({ flatten: true }).map(text).join('')
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : [...node.childNodes].map(text).join('');
  return text(el).trim();
}

/** The focus ring, on the element or on a pseudo-element (a stretched link draws it on ::after). */
const ring = (el: Element) =>
  [undefined, '::before', '::after']
    .map((pseudo) => {
      const s = getComputedStyle(el, pseudo);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.boxShadow}`;
    })
    .join(' | ');

async function render(info: ElementInfo): Promise<Host> {
  const el = document.createElement(info.tag) as Host;
  for (const name of info.slots) {
    const span = Object.assign(document.createElement('span'), { textContent: `Slotted ${name || 'text'}` });
    if (name) span.slot = name;
    if (name === 'icon') span.setAttribute('aria-hidden', 'true');
    el.append(span);
  }
  // Author attributes: URLs where the name says so, text otherwise.
  for (const { name } of info.stringAttributes)
    if (/href|url/.test(name) && name !== 'href-template') el.setAttribute(name, 'https://example.com/');
  if (info.tag === 'apiary-banner') el.setAttribute('dismissible', '');
  const fixture = fixtures[info.tag];
  if (fixture) el.setAttribute('src', new URL(fixture, import.meta.url).href);
  else if (info.data) el[info.data.property] = [sample(info.data.schema)];
  // A focusable after it too: a walk that tabs out of the page (to the browser's own UI) would take
  // the keyboard with it in Firefox.
  document.body.append(el, after);
  await el.updateComplete;
  if (fixture || info.data)
    await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"], .loading'), `${info.tag} loads`, {
      timeout: 4000,
    });
  await el.updateComplete;
  return el;
}

/** Tabs (or Shift+Tabs) from a sentinel through `host` and returns its focus stops. */
async function walk(host: Element, from: HTMLElement, back = false, rings: string[] = []): Promise<Element[]> {
  from.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 200; i++) {
    // Shift held with down/up: Puppeteer (the Firefox run) knows no "Shift+Tab" chord.
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const active = deepActive();
    if (!active || !inside(host, active)) break;
    stops.push(active);
    rings.push(ring(active));
  }
  return stops;
}

let before: HTMLButtonElement;
let after: HTMLButtonElement;

describe('keyboard-only walkthrough', function () {
  this.timeout(60000);
  let all: ElementInfo[] = [];
  const { warn } = console;

  beforeEach(async () => {
    all = await elements();
    before = Object.assign(document.createElement('button'), { textContent: 'before' });
    after = Object.assign(document.createElement('button'), { textContent: 'after' });
    document.body.append(before);
    console.warn = () => {}; // optional attributes left out say so; not what this checks
  });
  afterEach(() => {
    document.body.replaceChildren();
    console.warn = warn;
    localStorage.clear();
  });

  it('finds the elements in the manifest', () => {
    expect(all.length).to.be.greaterThan(4);
  });

  it('walks every element: each stop once, same order both ways, named, with a visible focus ring', async () => {
    for (const info of all) {
      const el = await render(info);
      const focused: string[] = [];
      const stops = await walk(el, before, false, focused);
      const back = await walk(el, after, true);
      expect(new Set(stops).size, `${info.tag}: no stop twice`).to.equal(stops.length);
      expect(back.reverse(), `${info.tag}: Shift+Tab retraces Tab`).to.deep.equal(stops);
      after.focus();
      stops.forEach((stop, i) => {
        const what = `${info.tag} stop ${i} <${stop.localName} part="${stop.getAttribute('part')}">`;
        expect(accessibleName(stop), `${what} has a name`).to.not.equal('');
        expect(ring(stop), `${what} shows focus`).to.not.equal(focused[i]);
      });
      el.remove();
    }
  });

  it('banner: Enter on the dismiss button hides it and focus stays on the page', async () => {
    const el = await render(all.find((e) => e.tag === 'apiary-banner')!);
    const stops = await walk(el, before);
    const close = stops.find((s) => s.getAttribute('part') === 'close') as HTMLElement;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.hidden).to.be.true;
    expect(deepActive(), 'focus moves on to what follows the banner').to.equal(after);
  });

  it('locale switcher: Enter opens the menu into an item, Escape closes it back on the button, Space picks', async () => {
    const el = await render(all.find((e) => e.tag === 'apiary-locale-switcher')!);
    el.setAttribute('scope', 'elements');
    el.setAttribute('no-persist', '');
    el.setAttribute('locales', 'en zh-Hans ar');
    await el.updateComplete;
    const [button] = (await walk(el, before)) as HTMLElement[];
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button!.getAttribute('aria-expanded') === 'true', 'Enter opens the menu');
    expect(deepActive()?.getAttribute('role')).to.equal('menuitemradio');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(button);
    await sendKeys({ press: ' ' });
    await waitUntil(() => deepActive()?.getAttribute('role') === 'menuitemradio', 'Space opens the menu');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => button!.getAttribute('aria-expanded') === 'false', 'Space on an item picks and closes');
    expect(deepActive()).to.equal(button);
  });

  it('talk list: Enter and Space on a facade play the video, and focus moves to the player', async () => {
    const el = await render(all.find((e) => e.tag === 'apiary-talk-list')!);
    const stops = await walk(el, before);
    const plays = stops.filter((s) => s.getAttribute('part') === 'play-button') as HTMLElement[];
    expect(plays.length, 'play buttons are reachable').to.be.greaterThan(1);
    for (const [i, key] of ['Enter', ' '].entries()) {
      plays[i]!.focus();
      await sendKeys({ press: key });
      await waitUntil(() => deepActive()?.localName === 'iframe', `${key} plays and focuses the player`);
    }
  });

  it('project grid: toggles with Space, filtering to empty keeps focus, Clear with Enter keeps focus', async () => {
    const el = await render(all.find((e) => e.tag === 'apiary-project-grid')!);
    const stops = await walk(el, before);
    const pressed = stops.find((s) => s.hasAttribute('aria-pressed') && s.getAttribute('aria-pressed') === 'false')!;
    expect(pressed, 'a toggle is reachable').to.exist;
    (pressed as HTMLElement).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(deepActive()).to.not.equal(document.body);
    const search = stops.find((s) => s instanceof HTMLInputElement) as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'zzzz-no-such-project' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="clear-button"]'), 'empty state', { timeout: 3000 });
    expect(deepActive()).to.equal(search);
    const clear = el.shadowRoot!.querySelector<HTMLElement>('[part~="clear-button"]')!;
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 30 && deepActive() !== clear; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Clear is reachable by Tab').to.equal(clear);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const now = deepActive();
    expect(now).to.not.equal(document.body);
    expect(now && inside(el, now), 'focus stays in the grid').to.be.true;
  });
});
