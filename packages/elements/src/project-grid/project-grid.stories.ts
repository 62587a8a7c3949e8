import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../project-grid.js';
import { elementStories, feedStates } from '../stories/element-stories.js';
import type { ApiaryProjectGrid, Project } from './project-grid.js';
import landscape from './fixtures/ebpf-landscape.json' with { type: 'json' };

/** The eBPF application landscape (ebpf.io), as shipped beside the element: 62 projects. */
const projects = landscape.projects as Project[];
/** The same file as a URL: Vite emits it as an asset, so `src` loads it from Storybook itself. */
const landscapeUrl = new URL('./fixtures/ebpf-landscape.json', import.meta.url).href;

/** 10,000 deterministic projects (mulberry32 from a fixed seed, so every run is the same). */
function generate(count: number): Project[] {
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words = ['flow', 'trace', 'guard', 'probe', 'mesh', 'scope', 'kernel', 'packet', 'hook', 'lens', 'pulse'];
  const areas = ['networking', 'security', 'observability', 'tracing', 'tooling', 'library', 'runtime'];
  return Array.from({ length: count }, (_, i) => {
    const a = words[Math.floor(random() * words.length)]!;
    const b = words[Math.floor(random() * words.length)]!;
    const name = `${a}${b[0]!.toUpperCase()}${b.slice(1)} ${i + 1}`;
    return {
      name,
      url: `https://example.org/projects/${i + 1}`,
      tagline: `An eBPF ${a} tool for ${b} work`,
      description: `Generated project number ${i + 1}, here to show how the grid copes with ten thousand entries: search, filters and scrolling stay quick.`,
      stars: random() < 0.1 ? undefined : Math.floor(random() ** 4 * 40000),
      maturity: random() < 0.1 ? 'major' : random() < 0.9 ? 'emerging' : undefined,
      areas: [areas[Math.floor(random() * areas.length)]!],
    } as Project;
  });
}

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-project-grid>\`: a project landscape with search, area and maturity filters, sorting, grid and list layouts, and URL state.

**When to use it.** A catalogue of ten or more projects people browse, search and filter (it stays fast with 10,000+). For three to six highlights, use feature cards instead.

**Content guidelines.** Name: as the project spells it. Tagline: one sentence, about 80 characters at most, saying what it does ("eBPF-based networking, security and observability"), not marketing. Areas: a small fixed vocabulary shared by every project. Stars and maturity are optional; leave them out rather than guess.

**Accessibility.** The search box and filters are labelled controls; the result count is announced in a live region; each card is a link named by the project. Set \`heading-level\` to fit the page outline. URL state (\`url-state\`) makes filtered views shareable and survives reloads.`;

// `projects` is a property arg (`.projects`), parts are namespaced (`card-part`, …).
const { template, meta: shared } = elementStories<ApiaryProjectGrid>('apiary-project-grid', guidance, '80rem');
type Story = StoryObj<typeof shared.args>;
const states = feedStates(template, 'projects');

const meta: Meta<typeof shared.args> = { title: 'Elements/Project grid', ...shared };

export default meta;

/**
 * The eBPF landscape loaded from a JSON feed with `src`: the client path for embeds. Every
 * attribute is a control.
 */
export const Landscape: Story = {
  args: { src: landscapeUrl },
};

/**
 * The same data through the `projects` property: the server-rendering path (a prerendered page
 * passes the array in its template and hands it back from a data island before hydration).
 */
export const FromProperty: Story = {
  name: 'From the projects property',
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/** One list without group headings, one project per row: each card shows its maturity instead. */
export const ListUngrouped: Story = {
  name: 'List layout, not grouped',
  args: { layout: 'list', 'group-by': 'none', sort: 'name' },
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/** Filters preset by attributes: tracing and observability projects. */
export const Filtered: Story = {
  args: { areas: ['tracing', 'observability'] as unknown as string[], maturity: 'emerging' },
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/** `hide-controls`: just the cards, for embedding; the count stays for screen readers. */
export const HideControls: Story = {
  args: { 'hide-controls': true, 'group-by': 'none' },
  render: (storyArgs) => template({ ...storyArgs, projects: projects.slice(0, 6) }),
};

/** No projects at all. */
export const Empty: Story = states.empty;

/** Filters that leave nothing offer “Clear filters”. */
export const NoMatches: Story = {
  args: { query: 'no project is called this' },
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/** The loading state: a promise in `projects` that never settles (no request, no error). */
export const Loading: Story = states.loading;

/**
 * A `src` that answers 404: a localized error with a retry button, and an `apiary-error` event.
 * The browser logs the failed request, which is the expected console error here.
 */
export const LoadError: Story = {
  name: 'Error (404)',
  tags: ['expected-error'],
  ...states.loadError('no-such-landscape.json'),
};

/**
 * Invalid items are dropped with one console warning (and listed in `apiary-load`'s `rejected`);
 * the valid ones show. Here: a missing URL, a `javascript:` URL, stars as text and a `data:` link.
 */
export const InvalidItems: Story = {
  render: (storyArgs) =>
    template({
      ...storyArgs,
      projects: [
        projects[0]!,
        { name: 'No URL' },
        { name: 'Script link', url: 'javascript:alert(1)' },
        { name: 'Stars as text', url: 'https://example.org', stars: 'many' },
        { name: 'Data link', url: 'https://example.org', links: [{ label: 'x', url: 'data:text/html,<b>x' }] },
        {
          name: '<img src=x onerror=alert(1)> shows as text',
          url: 'https://example.org/text',
          tagline: '<b>not bold</b>',
        },
        projects[1]!,
      ] as unknown as Project[],
    }),
};

/**
 * 10,000 generated projects: past `virtualize-threshold` (200) the grid loads
 * @lit-labs/virtualizer and renders only the rows near the viewport.
 */
export const TenThousand: Story = {
  name: '10,000 projects',
  render: (storyArgs) => template({ ...storyArgs, projects: generate(10_000) }),
  // The virtualized list renders the rows a taller page would show over a varying number of frames:
  // the visual test shoots the first screen only (scripts/storybook-visual.mjs).
  parameters: { visual: { fullHeight: false } },
};

/** `lang="zh-Hans"` on the element: Chinese strings, 万-based compact numbers, Chinese collation for names. */
export const ZhHans: Story = {
  name: '简体中文 (lang on the element)',
  render: () => html`<apiary-project-grid lang="zh-Hans" .projects=${projects}></apiary-project-grid>`,
};

/** Right to left (`dir="rtl"`): the toolbar, cards and text mirror. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: (storyArgs) => html`<div dir="rtl">${template({ ...storyArgs, projects })}</div>`,
};

/** The dark theme, from the tokens (`data-theme="dark"`, set by the toolbar). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/**
 * `url-state` mirrors the search, filters, sort and layout into the URL (here with the prefix
 * `demo-`), only when they differ from the page's defaults, and restores them on load and on
 * back/forward.
 */
export const UrlState: Story = {
  name: 'URL state',
  args: { 'url-state': true, 'url-state-prefix': 'demo-' },
  render: (storyArgs) => template({ ...storyArgs, projects }),
};

/** Do: short taglines that say what each project does. */
export const DoShortTaglines: Story = {
  name: 'Do: short, factual taglines',
  args: { 'hide-controls': true, 'group-by': 'none' },
  render: (storyArgs) => template({ ...storyArgs, projects: projects.slice(0, 6) }),
};

/** Don't: taglines that run to paragraphs; the grid turns into a wall and comparison is lost. */
export const DontLongTaglines: Story = {
  name: "Don't: paragraph-long taglines",
  args: { 'hide-controls': true, 'group-by': 'none' },
  render: (storyArgs) =>
    template({
      ...storyArgs,
      projects: projects.slice(0, 3).map((project) => ({
        ...project,
        tagline: `${project.tagline}. ${project.description ?? ''} The best, fastest and most innovative solution for every use case you can imagine, trusted by everyone everywhere.`,
      })),
    }),
};
