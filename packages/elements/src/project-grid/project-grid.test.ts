import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../project-grid.js';
import type { ApiaryProjectGrid, Project } from './project-grid.js';
import { FeedError, validateItems } from '../base/feed.js';
import { ProjectSchema } from '../schemas/project.js';
import { fold } from '../base/fold.js';
import { sortProjects } from './view.js';
import { monogram } from './card.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

const projects: Project[] = [
  {
    name: 'Cilium',
    url: 'https://github.com/cilium/cilium',
    tagline: 'eBPF-based Networking, Security, and Observability',
    description: 'Provides, secures and observes network connectivity between workloads.',
    maturity: 'major',
    stars: 23725,
    areas: ['networking', 'security', 'observability'],
    links: [{ label: 'Website', url: 'https://cilium.io' }],
  },
  {
    name: 'bpftrace',
    url: 'https://github.com/bpftrace/bpftrace',
    tagline: 'High-level tracing language for Linux eBPF',
    maturity: 'major',
    stars: 9945,
    areas: ['tracing'],
  },
  {
    name: 'Pyroscope',
    url: 'https://github.com/pyroscope-io/pyroscope',
    tagline: 'Continuous Profiling Platform',
    maturity: 'emerging',
    stars: 11200,
    areas: ['observability', 'Continuous Profiling'],
  },
  {
    name: 'Aya',
    url: 'https://github.com/aya-rs/aya',
    tagline: 'Rust library',
    maturity: 'emerging',
    areas: ['library'],
  },
  { name: 'libbpf', url: 'https://github.com/libbpf/libbpf', tagline: 'C/C++ library', areas: ['library'] },
  {
    name: 'Café Tracer',
    url: '/cafe/',
    description: '一个用于云原生网络的追踪工具',
    maturity: 'emerging',
    stars: 12,
  },
];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const names = (el: Element) => $$(el, '[part~="card-name"]').map((n) => n.textContent!.trim());
const headings = (el: Element) => $$(el, '[part~="group-heading"]').map((n) => n.textContent!.trim());
const count = (el: Element) => $(el, '[part~="count"]')!.textContent!.trim();
const toggles = (el: Element, kind: string) => $$<HTMLButtonElement>(el, `[part~="${kind}"]`);
const toggle = (el: Element, kind: string, label: string) =>
  toggles(el, kind).find((b) => b.textContent!.trim() === label)!;

async function grid(template = html`<apiary-project-grid .projects=${projects}></apiary-project-grid>`) {
  const el = await fixture<ApiaryProjectGrid>(template);
  await el.updateComplete;
  return el;
}

/** Replaces window.fetch for one test; every call waits until the test answers it. */
function stubFetch() {
  const original = window.fetch;
  const calls: { url: string; signal: AbortSignal; resolve: (r: Response) => void }[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      calls.push({ url: String(input), signal, resolve });
      signal.addEventListener('abort', () => reject(signal.reason));
    })) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}
const json = (data: unknown) => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });

describe('<apiary-project-grid>', () => {
  describe('virtualization', () => {
    // The virtualizer's own ResizeObservers can report a harmless "loop completed" error, which
    // mocha would count as a failure; its support module filters exactly that (see its README).
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
    // First in the file: the virtualizer module must not have been loaded by anything before.
    const virtualizerLoaded = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('@lit-labs/virtualizer/virtualize.js'));
    const many = (n: number): Project[] =>
      Array.from({ length: n }, (_, i) => ({
        name: `Project ${String(i).padStart(5, '0')}`,
        url: `https://example.org/${i}`,
        stars: n - i,
        maturity: i % 3 ? 'emerging' : 'major',
      }));

    it('renders plainly, without loading the virtualizer, up to the threshold', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${many(200)}></apiary-project-grid>`);
      await aTimeout(50);
      expect($$(el, '[part~="card"]').length).to.equal(200);
      expect($(el, '.virtual')).to.equal(null);
      expect(virtualizerLoaded()).to.be.false;
    });

    it('loads the virtualizer only past the threshold, then renders only the cards near the viewport', async () => {
      const el = await grid(
        html`<apiary-project-grid .projects=${many(1000)} virtualize-threshold="100"></apiary-project-grid>`,
      );
      await waitUntil(() => $(el, '.virtual'), 'the virtualized list never showed');
      await waitUntil(() => $$(el, '[part~="card"]').length > 0);
      expect(virtualizerLoaded()).to.be.true;
      const rendered = $$(el, '[part~="card"]').length;
      expect(rendered).to.be.greaterThan(0);
      expect(rendered).to.be.lessThan(1000);
      expect(count(el)).to.equal('1,000 projects');
      // Group headings are rows of the same list.
      expect(headings(el)[0]).to.equal('Major');
      // Filtering below the threshold goes back to plain rendering.
      el.query = 'Project 0000';
      await el.updateComplete;
      expect($(el, '.virtual')).to.equal(null);
      expect(names(el).length).to.equal(10);
    });

    it('renders virtualized at once on the client when the virtualizer is loaded, never plain cards first', async () => {
      await import('./virtual.js');
      const el = await grid(html`<apiary-project-grid .projects=${many(1000)}></apiary-project-grid>`);
      expect($(el, '.virtual')).not.to.equal(null);
      expect($(el, '.cards')).to.equal(null);
      await waitUntil(() => $$(el, '[part~="card"]').length > 0, 'no cards');
      expect($$(el, '[part~="card"]').length).to.be.lessThan(100);
    });

    it('lays virtualized rows out in as many columns as fit, one in the list layout', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 1100px">
          <apiary-project-grid .projects=${many(300)} group-by="none"></apiary-project-grid>
        </div>`,
      );
      const el = wrapper.firstElementChild as ApiaryProjectGrid;
      await waitUntil(() => $(el, '.row-cards'), 'no virtualized rows');
      await waitUntil(() => $(el, '.row-cards')!.children.length > 1, 'one column only');
      const columns = $(el, '.row-cards')!.children.length;
      expect(columns).to.be.within(2, 4);
      el.layout = 'list';
      await waitUntil(() => $(el, '.row-cards')?.children.length === 1);
      const row = $(el, '.row-cards')!;
      expect(row.firstElementChild!.getBoundingClientRect().width).to.be.closeTo(row.getBoundingClientRect().width, 1);
    });
  });

  it('is defined with a guarded define', async () => {
    const { ApiaryProjectGrid } = await import('./project-grid.js');
    expect(customElements.get('apiary-project-grid')).to.equal(ApiaryProjectGrid);
    expect(() => ApiaryProjectGrid.define()).not.to.throw();
  });

  describe('data from properties', () => {
    it('groups Major, Emerging, Other with headings, each sorted by stars', async () => {
      const el = await grid();
      expect(headings(el)).to.deep.equal(['Major', 'Emerging', 'Other']);
      expect(names(el)).to.deep.equal(['Cilium', 'bpftrace', 'Pyroscope', 'Café Tracer', 'Aya', 'libbpf']);
      expect($(el, '[part~="group-heading"]')!.localName).to.equal('h2');
      expect($(el, '[part~="card-name"]')!.localName).to.equal('h3');
      expect(count(el)).to.equal('6 projects');
      await expect(el).to.be.accessible();
    });

    it('renders cards: name link, tagline, clamped description, compact stars, areas and extra links', async () => {
      const el = await grid();
      const card = $(el, '[part~="card"]')!;
      const link = card.querySelector('[part~="card-link"]')!;
      expect(link.getAttribute('href')).to.equal('https://github.com/cilium/cilium');
      expect(card.querySelector('[part~="card-tagline"]')!.textContent).to.contain('Networking');
      const description = card.querySelector<HTMLElement>('[part~="card-description"]')!;
      expect(getComputedStyle(description).webkitLineClamp).to.equal('3');
      const stars = card.querySelector('[part~="card-stars"]')!;
      expect(stars.querySelector('[aria-hidden="true"]:not(svg)')!.textContent).to.equal('23.7K');
      expect(stars.querySelector('.visually-hidden')!.textContent).to.equal('23,725 stars');
      expect([...card.querySelectorAll('.tag')].map((t) => t.textContent)).to.deep.equal([
        'Networking',
        'Security',
        'Observability',
      ]);
      const extra = card.querySelector('[part~="card-extra-link"]')!;
      expect(extra.textContent).to.equal('Website');
      expect(extra.getAttribute('aria-describedby')).to.equal(link.id);
      // No interactive element inside another.
      for (const a of $$(el, 'a, button')) expect(a.parentElement!.closest('a, button')).to.equal(null);
    });

    it('shows unknown areas as written and known ones localized', async () => {
      const el = await grid();
      const labels = toggles(el, 'area-toggle').map((b) => b.textContent!.trim());
      expect(labels).to.deep.equal([
        'Networking',
        'Security',
        'Observability',
        'Tracing',
        'Library',
        'Continuous Profiling',
      ]);
    });

    it('shows logos lazily in a fixed box, and a monogram when missing or broken', async () => {
      const el = await grid(
        html`<apiary-project-grid
          .projects=${[
            { name: 'with logo', url: '/a', logo: '/packages/elements/src/project-grid/fixtures/no-such-logo.png' },
            { name: 'ümlaut', url: '/b' },
          ]}
        ></apiary-project-grid>`,
      );
      const img = $<HTMLImageElement>(el, '.logo img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('alt')).to.equal('');
      const boxes = $$(el, '[part~="card-logo"]').map((b) => b.getBoundingClientRect());
      expect(boxes[0]!.width).to.equal(boxes[1]!.width);
      expect(boxes[0]!.height).to.equal(boxes[1]!.height);
      expect($$(el, '.monogram:not([hidden])').map((m) => m.textContent)).to.deep.equal(['Ü']);
      img.scrollIntoView();
      await waitUntil(() => !$(el, '.logo img'), 'the broken logo was not replaced', { timeout: 3000 });
      expect($$(el, '.monogram:not([hidden])').map((m) => m.textContent)).to.deep.equal(['Ü', 'W']);
    });

    it('renders data as text, never as HTML', async () => {
      const el = await grid(
        html`<apiary-project-grid
          .projects=${[{ name: '<img src=x onerror="window.__pwned=1">', url: '/x', tagline: '<b>bold</b>' }]}
        ></apiary-project-grid>`,
      );
      expect($(el, '[part~="card"] img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect(names(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('drops invalid items from the property with one warning, keeping the valid ones', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await grid(
          html`<apiary-project-grid
            .projects=${
              [
                { name: 'ok', url: '/ok' },
                { name: 'evil', url: 'javascript:alert(1)' },
                { name: '', url: '/blank' },
              ] as Project[]
            }
          ></apiary-project-grid>`,
        );
        expect(names(el)).to.deep.equal(['ok']);
        expect(warnings.length).to.equal(1);
        expect(warnings[0]).to.contain('dropped 2 invalid projects: #1 (url:');
        expect(warnings[0]).to.contain('#2 (name:');
        expect($(el, 'a[href^="javascript"]')).to.equal(null);
      } finally {
        console.warn = original;
      }
    });

    it('takes data from a <script type="application/json"> data island, without fetching', async () => {
      const { calls, restore } = stubFetch();
      try {
        const el = await grid(
          html`<apiary-project-grid src="/never.json">
            <script type="application/json">
              { "projects": [{ "name": "From the island", "url": "/island" }] }
            </script>
          </apiary-project-grid>`,
        );
        expect(names(el)).to.deep.equal(['From the island']);
        expect(calls.length).to.equal(0);
      } finally {
        restore();
      }
    });

    it('shows the loading state while a promise is pending, then its projects', async () => {
      let resolve!: (value: Project[]) => void;
      const promise = new Promise<Project[]>((r) => (resolve = r));
      const el = await grid(html`<apiary-project-grid .projects=${promise}></apiary-project-grid>`);
      expect($(el, '[part~="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~="skeleton"]')).to.not.equal(null);
      expect(count(el)).to.equal('Loading…');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'apiary-load');
      resolve(projects.slice(0, 2));
      expect((await loaded).detail).to.deep.equal({ count: 2, rejected: [] });
      expect($(el, '[part~="results"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(names(el)).to.deep.equal(['Cilium', 'bpftrace']);
    });

    it('shows the error state when a promise rejects', async () => {
      const el = await grid(
        html`<apiary-project-grid .projects=${Promise.reject(new Error('nope'))}></apiary-project-grid>`,
      );
      await waitUntil(() => $(el, '[part~="error"]'));
      expect($(el, '[part~="error"]')!.textContent).to.contain('Something went wrong');
    });

    it('shows an empty state without data', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${[]}></apiary-project-grid>`);
      expect($(el, '[part~="empty"]')!.textContent).to.contain('No projects to show yet.');
      expect($(el, '[part~="clear-button"]')).to.equal(null);
      expect(count(el)).to.equal('0 projects');
      await expect(el).to.be.accessible();
      const none = await grid(html`<apiary-project-grid></apiary-project-grid>`);
      expect($(none, '[part~="empty"]')).to.not.equal(null);
    });
  });

  describe('controls', () => {
    it('searches name, tagline and description ignoring case and accents, and in Chinese', async () => {
      const el = await grid();
      const input = $<HTMLInputElement>(el, '[part~="search-input"]')!;
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Search projects');
      const type = async (text: string) => {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        return names(el);
      };
      expect(await type('CILIUM')).to.deep.equal(['Cilium']);
      expect(await type('cafe')).to.deep.equal(['Café Tracer']);
      expect(await type('CAFÉ')).to.deep.equal(['Café Tracer']);
      expect(await type('ｃａｆｅ')).to.deep.equal(['Café Tracer']);
      expect(await type('网络')).to.deep.equal(['Café Tracer']);
      expect(await type('workloads')).to.deep.equal(['Cilium']);
      expect(await type('library rust')).to.deep.equal(['Aya']);
      expect(el.query).to.equal('library rust');
      expect(el.getAttribute('query')).to.equal('library rust');
      expect(count(el)).to.equal('1 project');
    });

    it('filters by areas with pressed toggle buttons (any selected area matches)', async () => {
      const el = await grid();
      const tracing = toggle(el, 'area-toggle', 'Tracing');
      expect(tracing.getAttribute('aria-pressed')).to.equal('false');
      tracing.click();
      await el.updateComplete;
      expect(toggle(el, 'area-toggle', 'Tracing').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'area-toggle', 'Tracing').part.contains('pressed')).to.be.true;
      expect(names(el)).to.deep.equal(['bpftrace']);
      toggle(el, 'area-toggle', 'Continuous Profiling').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['bpftrace', 'Pyroscope']);
      expect(el.areas).to.deep.equal(['tracing', 'continuous-profiling']);
      expect(el.getAttribute('areas')).to.equal('tracing continuous-profiling');
      toggle(el, 'area-toggle', 'Tracing').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Pyroscope']);
    });

    it('takes areas as an attribute, in any case, and keeps selected areas the data lacks', async () => {
      const el = await grid(
        html`<apiary-project-grid .projects=${projects} areas="Library ghost"></apiary-project-grid>`,
      );
      expect(names(el)).to.deep.equal(['Aya', 'libbpf']);
      const ghost = toggle(el, 'area-toggle', 'ghost');
      expect(ghost.getAttribute('aria-pressed')).to.equal('true');
    });

    it('filters by maturity with a toggle group', async () => {
      const el = await grid();
      const all = toggle(el, 'maturity-toggle', 'All');
      expect(all.getAttribute('aria-pressed')).to.equal('true');
      toggle(el, 'maturity-toggle', 'Emerging').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Pyroscope', 'Café Tracer', 'Aya']);
      expect(headings(el)).to.deep.equal(['Emerging']);
      expect(el.getAttribute('maturity')).to.equal('emerging');
      expect(toggle(el, 'maturity-toggle', 'All').getAttribute('aria-pressed')).to.equal('false');
      toggle(el, 'maturity-toggle', 'All').click();
      await el.updateComplete;
      expect(el.hasAttribute('maturity')).to.be.false;
      expect(names(el).length).to.equal(6);
    });

    it('sorts by name with the resolved locale’s collation', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${projects} group-by="none"></apiary-project-grid>`);
      const select = $<HTMLSelectElement>(el, '[part~="sort-select"]')!;
      expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Sort by');
      select.value = 'name';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('name');
      expect(names(el)).to.deep.equal(['Aya', 'bpftrace', 'Café Tracer', 'Cilium', 'libbpf', 'Pyroscope']);
      // Swedish sorts Ö after Z; English sorts it with O.
      const words: Project[] = ['Zeta', 'Ödla', 'Orm'].map((name) => ({ name, url: '/' }));
      expect(sortProjects(words, 'name', 'en').map((p) => p.name)).to.deep.equal(['Ödla', 'Orm', 'Zeta']);
      expect(sortProjects(words, 'name', 'sv').map((p) => p.name)).to.deep.equal(['Orm', 'Zeta', 'Ödla']);
      const sv = await grid(
        html`<apiary-project-grid lang="sv" sort="name" group-by="none" .projects=${words}></apiary-project-grid>`,
      );
      expect(names(sv)).to.deep.equal(['Orm', 'Zeta', 'Ödla']);
      // The select follows the property.
      el.sort = 'stars';
      await el.updateComplete;
      expect(select.value).to.equal('stars');
    });

    it('switches between grid and list layouts', async () => {
      const el = await grid();
      const [gridButton, listButton] = toggles(el, 'layout-toggle');
      expect(gridButton!.getAttribute('aria-pressed')).to.equal('true');
      listButton!.click();
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('list');
      expect($(el, '.results')!.classList.contains('layout-list')).to.be.true;
      expect(toggles(el, 'layout-toggle')[1]!.getAttribute('aria-pressed')).to.equal('true');
      const cards = $$(el, '[part~="card"]').map((c) => c.getBoundingClientRect());
      expect(cards[0]!.left).to.equal(cards[1]!.left);
      await expect(el).to.be.accessible();
    });

    it('fires apiary-filter-change with the state and the count on every change by the person', async () => {
      const el = await grid();
      let event = oneEvent(el, 'apiary-filter-change');
      toggle(el, 'maturity-toggle', 'Major').click();
      expect((await event).detail).to.deep.equal({
        query: '',
        areas: [],
        maturity: 'major',
        sort: 'stars',
        layout: 'grid',
        count: 2,
      });
      event = oneEvent(el, 'apiary-filter-change');
      toggles(el, 'layout-toggle')[1]!.click();
      expect((await event).detail.layout).to.equal('list');
      // Setting a property is the page's doing: no event.
      let fired = false;
      el.addEventListener('apiary-filter-change', () => (fired = true));
      el.sort = 'name';
      await el.updateComplete;
      expect(fired).to.be.false;
    });

    it('offers “clear filters” when the filters leave nothing, and moves focus to the search', async () => {
      const el = await grid(
        html`<apiary-project-grid .projects=${projects} query="no such thing"></apiary-project-grid>`,
      );
      expect($(el, '[part~="empty"]')!.textContent).to.contain('No projects match your search and filters.');
      expect(count(el)).to.equal('0 projects');
      await expect(el).to.be.accessible();
      const event = oneEvent(el, 'apiary-filter-change');
      $<HTMLButtonElement>(el, '[part~="clear-button"]')!.click();
      expect((await event).detail.count).to.equal(6);
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(names(el).length).to.equal(6);
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part~="search-input"]'));
    });

    it('hides the controls with hide-controls but keeps the count for screen readers', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${projects} hide-controls></apiary-project-grid>`);
      expect($(el, '[part~="controls"]')).to.equal(null);
      const status = $(el, '[part~="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.classList.contains('visually-hidden')).to.be.true;
      expect(status.textContent!.trim()).to.equal('6 projects');
    });

    it('renders one list without headings for group-by="none", with maturity badges', async () => {
      const el = await grid(
        html`<apiary-project-grid .projects=${projects} group-by="none" heading-level="3"></apiary-project-grid>`,
      );
      expect(headings(el)).to.deep.equal([]);
      expect($(el, '[part~="card-name"]')!.localName).to.equal('h3');
      expect(names(el)).to.deep.equal(['Cilium', 'Pyroscope', 'bpftrace', 'Café Tracer', 'Aya', 'libbpf']);
      expect($$(el, '[part~="card-maturity"]').map((b) => b.textContent)).to.deep.equal([
        'Major',
        'Emerging',
        'Major',
        'Emerging',
        'Emerging',
      ]);
      el.headingLevel = 9;
      el.groupBy = 'maturity';
      await el.updateComplete;
      expect($(el, '[part~="group-heading"]')!.localName).to.equal('h2');
    });
  });

  describe('src', () => {
    it('loads a JSON array, announces the count and fires apiary-load', async () => {
      const el = document.createElement('apiary-project-grid');
      const loaded = oneEvent(el, 'apiary-load');
      el.src = fixtureUrl('projects.json');
      document.body.append(el);
      await el.updateComplete;
      expect($(el, '[part~="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect((await loaded).detail).to.deep.equal({ count: 4, rejected: [] });
      expect(names(el)).to.deep.equal(['Cilium', 'bpftrace', 'Pyroscope', 'Aya']);
      expect(count(el)).to.equal('4 projects');
      el.remove();
    });

    it('loads a { "projects": [...] } document', async () => {
      const el = await grid(html`<apiary-project-grid src=${fixtureUrl('wrapped.json')}></apiary-project-grid>`);
      await oneEvent(el, 'apiary-load');
      expect(names(el)).to.deep.equal(['Wrapped']);
    });

    it('reports invalid items with their index and reason and shows the valid ones', async () => {
      const original = console.warn;
      console.warn = () => {};
      try {
        const el = await grid(
          html`<apiary-project-grid src=${fixtureUrl('invalid-items.json')}></apiary-project-grid>`,
        );
        const { detail } = (await oneEvent(el, 'apiary-load')) as CustomEvent<ApiaryEventMap['apiary-load']>;
        expect(detail.count).to.equal(2);
        expect(detail.rejected.map((r) => r.index)).to.deep.equal([1, 2, 3, 4, 5, 6]);
        expect(detail.rejected[0]!.reason).to.match(/name/);
        expect(detail.rejected[1]!.reason).to.match(/url/);
        expect(detail.rejected[2]!.reason).to.match(/^url: Unsafe/);
        expect(detail.rejected[3]!.reason).to.match(/^stars:/);
        expect(detail.rejected[4]!.reason).to.match(/^links\.0\.url: Unsafe/);
        expect(detail.rejected[5]!.reason).to.match(/Object/);
        expect(names(el)).to.deep.equal(['Good two', 'Good one']);
      } finally {
        console.warn = original;
      }
    });

    it('shows a localized error with retry for a 404, and fires apiary-error', async () => {
      const src = fixtureUrl('missing.json');
      const el = await grid(html`<apiary-project-grid src=${src}></apiary-project-grid>`);
      const { detail } = await oneEvent(el, 'apiary-error');
      expect(detail.src).to.equal(src);
      expect(detail.error).to.be.instanceOf(FeedError);
      expect(detail.error.kind).to.equal('http');
      expect(detail.error.status).to.equal(404);
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Something went wrong while loading.');
      expect(error.textContent).to.contain('The server answered with status 404.');
      await expect(el).to.be.accessible();
      // Retry asks again (and fails again here), keeping focus inside the grid.
      const again = oneEvent(el, 'apiary-error');
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="results"]'));
      await again;
      expect($(el, '[part~="retry-button"]')).to.not.equal(null);
    });

    it('says the data could not be read for invalid JSON or the wrong shape', async () => {
      for (const name of ['not-json.txt', 'wrong-shape.json']) {
        const src = fixtureUrl(name);
        const el = await grid(html`<apiary-project-grid src=${src}></apiary-project-grid>`);
        const { detail } = await oneEvent(el, 'apiary-error');
        expect(detail.error.kind).to.equal('format');
        expect($(el, '[part~="error"]')!.textContent).to.contain('The data could not be read.');
      }
    });

    it('aborts the request when src changes, and never shows the stale answer', async () => {
      const { calls, restore } = stubFetch();
      try {
        const el = await grid(html`<apiary-project-grid src="/first.json"></apiary-project-grid>`);
        expect(calls.map((c) => c.url)).to.deep.equal(['/first.json']);
        el.src = '/second.json';
        await el.updateComplete;
        expect(calls[0]!.signal.aborted).to.be.true;
        expect(calls[1]!.url).to.equal('/second.json');
        const loaded = oneEvent(el, 'apiary-load');
        calls[1]!.resolve(json([{ name: 'Second', url: '/2' }]));
        await loaded;
        calls[0]!.resolve(json([{ name: 'First', url: '/1' }]));
        await aTimeout(20);
        expect(names(el)).to.deep.equal(['Second']);
      } finally {
        restore();
      }
    });

    it('ignores a stale answer even from a fetch that does not honour abort', async () => {
      const original = window.fetch;
      const answers: ((r: Response) => void)[] = [];
      window.fetch = (() => new Promise<Response>((resolve) => answers.push(resolve))) as typeof fetch;
      try {
        const el = await grid(html`<apiary-project-grid src="/one.json"></apiary-project-grid>`);
        el.src = '/two.json';
        await el.updateComplete;
        answers[1]!(json([{ name: 'Two', url: '/2' }]));
        await oneEvent(el, 'apiary-load');
        answers[0]!(json([{ name: 'One', url: '/1' }]));
        await aTimeout(20);
        expect(names(el)).to.deep.equal(['Two']);
      } finally {
        window.fetch = original;
      }
    });

    it('gives up after timeout milliseconds with a timeout error', async () => {
      const { calls, restore } = stubFetch();
      try {
        const el = await grid(html`<apiary-project-grid src="/slow.json" timeout="30"></apiary-project-grid>`);
        const { detail } = await oneEvent(el, 'apiary-error');
        expect(calls[0]!.signal.aborted).to.be.true;
        expect(detail.error.kind).to.equal('timeout');
        expect($(el, '[part~="error"]')!.textContent).to.contain('The server took too long to answer.');
      } finally {
        restore();
      }
    });

    it('aborts on disconnect and loads again on reconnect', async () => {
      const { calls, restore } = stubFetch();
      try {
        const el = await grid(html`<apiary-project-grid src="/feed.json"></apiary-project-grid>`);
        const parent = el.parentElement!;
        el.remove();
        expect(calls[0]!.signal.aborted).to.be.true;
        parent.append(el);
        await el.updateComplete;
        expect(calls.length).to.equal(2);
        calls[1]!.resolve(json([{ name: 'Back', url: '/b' }]));
        await oneEvent(el, 'apiary-load');
        expect(names(el)).to.deep.equal(['Back']);
      } finally {
        restore();
      }
    });

    it('never fetches an unsafe src, and says so once', async () => {
      const { calls, restore } = stubFetch();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await grid(html`<apiary-project-grid src="javascript:alert(1)"></apiary-project-grid>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(calls.length).to.equal(0);
        expect($(el, '[part~="empty"]')).to.not.equal(null);
        expect(warnings).to.deep.equal([
          '<apiary-project-grid> ignored an unsafe src "javascript:alert(1)": only http, https and relative URLs load.',
        ]);
      } finally {
        console.warn = original;
        restore();
      }
    });

    it('ignores a data island that is not JSON, with a warning', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await grid(
          html`<apiary-project-grid
            ><script type="application/json">
              { not json
            </script></apiary-project-grid
          >`,
        );
        expect($(el, '[part~="empty"]')).to.not.equal(null);
        expect(warnings[0]).to.contain('ignored its <script type="application/json"> data');
      } finally {
        console.warn = original;
      }
    });

    it('reports a network failure', async () => {
      const original = window.fetch;
      window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
      try {
        const el = document.createElement('apiary-project-grid');
        el.src = '/offline.json';
        const failed = oneEvent(el, 'apiary-error');
        document.body.append(el);
        const { detail } = await failed;
        el.remove();
        expect(detail.error.kind).to.equal('network');
        expect($(el, '[part~="error"]')!.textContent).to.contain('The server could not be reached.');
      } finally {
        window.fetch = original;
      }
    });

    it('does not fetch while projects are set, and fetches when they are taken away', async () => {
      const { calls, restore } = stubFetch();
      try {
        const el = await grid(html`<apiary-project-grid src="/x.json" .projects=${projects}></apiary-project-grid>`);
        expect(calls.length).to.equal(0);
        expect(names(el).length).to.equal(6);
        el.projects = undefined;
        await el.updateComplete;
        expect(calls.length).to.equal(1);
        el.src = undefined;
        await el.updateComplete;
        expect(calls[0]!.signal.aborted).to.be.true;
        expect($(el, '[part~="empty"]')).to.not.equal(null);
      } finally {
        restore();
      }
    });
  });

  describe('url-state', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));
    const params = () => new URLSearchParams(location.search);

    it('restores the state from the URL, and writes only non-default values with replaceState', async () => {
      const url = new URL(location.href);
      url.searchParams.set('q', 'trace');
      url.searchParams.set('maturity', 'emerging');
      url.searchParams.set('areas', 'library tracing');
      history.replaceState(null, '', url);
      const length = history.length;
      const el = await grid(html`<apiary-project-grid .projects=${projects} url-state></apiary-project-grid>`);
      expect(el.query).to.equal('trace');
      expect(el.maturity).to.equal('emerging');
      expect(el.areas).to.deep.equal(['library', 'tracing']);
      expect(names(el)).to.deep.equal([]);
      el.query = '';
      el.areas = [];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Pyroscope', 'Café Tracer', 'Aya']);
      expect(params().get('q')).to.equal(null);
      expect(params().get('areas')).to.equal(null);
      toggle(el, 'maturity-toggle', 'All').click();
      $<HTMLSelectElement>(el, '[part~="sort-select"]')!.value = 'name';
      $(el, '[part~="sort-select"]')!.dispatchEvent(new Event('change'));
      toggles(el, 'layout-toggle')[1]!.click();
      await el.updateComplete;
      expect(params().get('maturity')).to.equal(null);
      expect(params().get('sort')).to.equal('name');
      expect(params().get('layout')).to.equal('list');
      expect(history.length).to.equal(length);
      // Other parameters (the test runner's own) stay.
      expect(location.href.startsWith(original.split('?')[0]!)).to.be.true;
    });

    it('writes the query after typing pauses', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${projects} url-state></apiary-project-grid>`);
      const input = $<HTMLInputElement>(el, '[part~="search-input"]')!;
      for (const text of ['c', 'ci', 'cil']) {
        input.value = text;
        input.dispatchEvent(new InputEvent('input'));
      }
      await el.updateComplete;
      expect(params().get('q')).to.equal(null);
      await waitUntil(() => params().get('q') === 'cil');
    });

    it('keeps two grids apart with url-state-prefix and follows back and forward', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <apiary-project-grid .projects=${projects} url-state url-state-prefix="a-"></apiary-project-grid>
          <apiary-project-grid .projects=${projects} url-state url-state-prefix="b-" sort="name"></apiary-project-grid>
        </div>`,
      );
      const [a, b] = [...wrapper.children] as ApiaryProjectGrid[];
      await a!.updateComplete;
      toggle(a!, 'maturity-toggle', 'Major').click();
      await a!.updateComplete;
      expect(params().get('a-maturity')).to.equal('major');
      expect(params().get('b-maturity')).to.equal(null);
      // b's default is name: choosing stars is a non-default value for b.
      const select = $<HTMLSelectElement>(b!, '[part~="sort-select"]')!;
      select.value = 'stars';
      select.dispatchEvent(new Event('change'));
      await b!.updateComplete;
      expect(params().get('b-sort')).to.equal('stars');

      // A navigation entry with other state, then back and forward.
      const next = new URL(location.href);
      next.searchParams.set('a-maturity', 'emerging');
      next.searchParams.set('a-q', 'py');
      history.pushState(null, '', next);
      // Back to the grid's own entry: nothing changes. Forward: the pushed state applies.
      let popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      expect(a!.maturity).to.equal('major');
      const forward = oneEvent(a!, 'apiary-filter-change');
      history.forward();
      const { detail } = await forward;
      expect(detail).to.include({ maturity: 'emerging', query: 'py', count: 1 });
      await a!.updateComplete;
      expect(names(a!)).to.deep.equal(['Pyroscope']);
      expect(b!.sort).to.equal('stars');
      const back = oneEvent(a!, 'apiary-filter-change');
      history.back();
      expect((await back).detail).to.include({ maturity: 'major', query: '' });
      popped = oneEvent(window, 'popstate');
      history.forward();
      await popped;
    });

    it('stops listening when disconnected or when url-state goes off', async () => {
      const el = await grid(html`<apiary-project-grid .projects=${projects} url-state></apiary-project-grid>`);
      el.urlState = false;
      await el.updateComplete;
      const url = new URL(location.href);
      url.searchParams.set('q', 'cilium');
      history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(el.query).to.equal('');
      el.urlState = true;
      await el.updateComplete;
      expect(el.query).to.equal('cilium');
      el.remove();
      url.searchParams.set('q', 'bpf');
      history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(el.query).to.equal('cilium');
    });
  });

  describe('locales and direction', () => {
    it('speaks Chinese with lang="zh-Hans": strings, 2.4万 stars, plural-free counts', async () => {
      await loadLocale('zh-Hans');
      const el = await grid(html`<apiary-project-grid lang="zh-Hans" .projects=${projects}></apiary-project-grid>`);
      await waitUntil(() => count(el) === '6 个项目', `count was ${count(el)}`);
      const stars = $(el, '[part~="card-stars"]')!;
      expect(stars.querySelector('span[aria-hidden="true"]')!.textContent).to.equal('2.4万');
      expect(stars.querySelector('.visually-hidden')!.textContent).to.equal('23,725 个星标');
      expect(headings(el)).to.deep.equal(['主要项目', '新兴项目', '其他项目']);
      expect(toggle(el, 'area-toggle', '网络')).to.not.equal(undefined);
      expect($<HTMLInputElement>(el, '[part~="search-input"]')!.placeholder).to.equal('搜索项目');
      await expect(el).to.be.accessible();
    });

    it('lays out right to left under dir="rtl", and stays accessible', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><apiary-project-grid .projects=${projects}></apiary-project-grid></div>`,
      );
      const el = wrapper.firstElementChild as ApiaryProjectGrid;
      await el.updateComplete;
      const search = $(el, '.search')!.getBoundingClientRect();
      const icon = $(el, '.search svg')!.getBoundingClientRect();
      expect(icon.right).to.be.greaterThan(search.right - 40);
      const card = $(el, '[part~="card"]')!.getBoundingClientRect();
      const logo = $(el, '[part~="card-logo"]')!.getBoundingClientRect();
      expect(logo.right).to.be.greaterThan(card.right - 40);
      await expect(wrapper).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div data-theme="dark" style="background: #0d1117">
          <apiary-project-grid
            style="--apiary-color-surface: #161b22; --apiary-color-text: #e6edf3; --apiary-color-text-muted: #9da7b3; --apiary-color-link: #6cb6ff; --apiary-color-accent-strong: #fbd38d; --apiary-color-accent-subtle: #3a2a0c; --apiary-color-surface-raised: #1f2630; --apiary-color-border: #3d444d"
            .projects=${projects}
          ></apiary-project-grid>
        </div>`,
      );
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('helpers', () => {
    it('folds text for search', () => {
      expect(fold('Ĉafé ＥＢＰＦ İ')).to.equal('cafe ebpf i');
      expect(fold('云原生')).to.equal('云原生');
    });

    it('makes a monogram of the first grapheme', () => {
      expect(monogram('  éa', 'en')).to.equal('É');
      expect(monogram('🇨🇳 flag', 'en')).to.equal('🇨🇳');
      expect(monogram('', 'en')).to.equal('?');
    });

    it('validates items one by one', () => {
      const { items, rejected } = validateItems(ProjectSchema, [
        { name: 'a', url: 'mailto:x@y.example', extra: 1 },
        { name: 'b', url: ' JAVASCRIPT:x' },
        { name: 'c', url: 'java\tscript:x' },
        { name: 'd', url: '//cdn.example/x', stars: 1.5 },
        { name: 'e', url: '   ' },
      ]);
      expect(items).to.deep.equal([{ name: 'a', url: 'mailto:x@y.example' }]);
      expect(rejected.map((r) => r.index)).to.deep.equal([1, 2, 3, 4]);
    });
  });
});
