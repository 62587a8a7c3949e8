import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../talk-list.js';
import { elementStories, feedStates } from '../stories/element-stories.js';
import type { ApiaryTalkList, Talk } from './talk-list.js';
import data from './fixtures/ebpf-talks.json' with { type: 'json' };

/**
 * eBPF talks (ebpf.io's "eBPF 相关演讲"): the eBPF Summit 2021 programme and earlier talks, with
 * speakers, events, dates and slides. No thumbnails from YouTube here: nothing in Storybook loads
 * from a third party, not even before a click.
 */
const talks = data.talks as Talk[];
/** The same file as a URL: Vite emits it as an asset, so `src` loads it from Storybook itself. */
const talksUrl = new URL('./fixtures/ebpf-talks.json?no-inline', import.meta.url).href;
/** Local stand-ins for video thumbnails (a talk's `thumbnail` field). */
const thumbnails = [
  new URL('./fixtures/thumbnail-1.png?no-inline', import.meta.url).href,
  new URL('./fixtures/thumbnail-2.png?no-inline', import.meta.url).href,
  new URL('./fixtures/thumbnail-3.png?no-inline', import.meta.url).href,
];

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-talk-list>\`: talks with dates, speakers and slides, grouped by year or event, with a click-to-load video facade.

**When to use it.** A programme or archive of recorded talks. \`layout="gallery"\` with a \`limit\` for a landing page's featured talks; the grouped list for the full archive.

**Content guidelines.** Title: as announced by the event. Speaker names in full, comma-separated for several. Event name without the year when the date says it. Dates as ISO (\`2021-08-19\` or \`2021-08\`); the element formats them for the locale.

**Accessibility.** Videos are facades: a button named after the talk, and nothing loads from YouTube (\`youtube-nocookie.com\`) until it is pressed. Grouping headings follow \`heading-level\`. Slides links name their talk.`;

// `talks` is a property arg (`.talks`), parts are namespaced (`talk-part`, …).
const { template, meta: shared } = elementStories<ApiaryTalkList>('apiary-talk-list', guidance, '64rem');
type Story = StoryObj<typeof shared.args>;
const states = feedStates(template, 'talks');

const meta: Meta<typeof shared.args> = { title: 'Elements/Talk list', ...shared };

export default meta;

/**
 * The featured talks, loaded from a JSON feed with `src` (the client path for embeds), the newest
 * 12 as on the 2021 page. Each video is a facade: a placeholder and a play button until someone
 * asks, then a `youtube-nocookie.com` player.
 */
export const Featured: Story = {
  args: { src: talksUrl, limit: 12 },
};

/** Every talk through the `talks` property (the server-rendering path), grouped by year. */
export const FromProperty: Story = {
  name: 'From the talks property',
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/** `layout="gallery"`: cards in columns, the video on top. */
export const Gallery: Story = {
  args: { layout: 'gallery', 'group-by': 'none', limit: 9 },
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/** `group-by="event"`: a section per event; talks without an event come last, under "Other talks". */
export const ByEvent: Story = {
  name: 'Grouped by event',
  args: { 'group-by': 'event' },
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/** `order="oldest"`: from 2019 on. Dates show only as much as the data says (a month, a day). */
export const OldestFirst: Story = {
  name: 'Oldest first',
  args: { order: 'oldest', limit: 8 },
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/**
 * Talks with a `thumbnail` of their own (local images here). A page may instead opt in to
 * YouTube's thumbnails with `thumbnails="youtube"`, which loads them from i.ytimg.com before any
 * click (not shown: Storybook loads nothing from the internet).
 */
export const WithThumbnails: Story = {
  name: 'With thumbnails',
  args: { layout: 'gallery', 'group-by': 'none' },
  render: (storyArgs) =>
    template({
      ...storyArgs,
      talks: talks.slice(8, 14).map((talk, i) => ({ ...talk, thumbnail: thumbnails[i % thumbnails.length] })),
    }),
};

/** No talks at all. */
export const Empty: Story = states.empty;

/** The loading state: a promise in `talks` that never settles (no request, no error). */
export const Loading: Story = states.loading;

/**
 * A `src` that answers 404: a localized error with a retry button, and an `apiary-error` event.
 * The browser logs the failed request, which is the expected console error here.
 */
export const LoadError: Story = {
  name: 'Error (404)',
  tags: ['expected-error'],
  ...states.loadError('no-such-talks.json'),
};

/**
 * Invalid items are dropped with one console warning (and listed in `apiary-load`'s `rejected`);
 * the valid ones show. Here: a video id that is not one, a date that is not ISO 8601, a
 * `javascript:` URL, no title; and markup in a title, shown as text.
 */
export const InvalidItems: Story = {
  args: { 'group-by': 'none' },
  render: (storyArgs) =>
    template({
      ...storyArgs,
      talks: [
        talks[0]!,
        { title: 'Bad video id', date: '2021-08-19', videoId: 'not-an-id' },
        { title: 'Bad date', date: '19 August 2021' },
        { title: 'Script link', date: '2021-08-19', url: 'javascript:alert(1)' },
        { date: '2021-08-19', speaker: 'No title' },
        { title: '<img src=x onerror=alert(1)> shows as text', date: '2021-08-19', speaker: '<b>not bold</b>' },
      ] as unknown as Talk[],
    }),
};

/** `lang="zh-Hans"` on the element: Chinese strings, 2021年 headings, 2021年8月19日 dates. */
export const ZhHans: Story = {
  name: '简体中文 (lang on the element)',
  render: () => html`<apiary-talk-list lang="zh-Hans" limit="6" .talks=${talks}></apiary-talk-list>`,
};

/** Right to left (`dir="rtl"`): the video moves to the right of the text. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { limit: 6 },
  render: (storyArgs) => html`<div dir="rtl">${template({ ...storyArgs, talks })}</div>`,
};

/** The dark theme, from the tokens (`data-theme="dark"`, set by the toolbar). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { layout: 'gallery', limit: 6 },
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/** Do: a small featured gallery, newest first, with a limit. */
export const DoFeaturedGallery: Story = {
  name: 'Do: a short featured gallery',
  args: { layout: 'gallery', 'group-by': 'none', limit: 3 },
  render: (storyArgs) => template({ ...storyArgs, talks }),
};

/** Don't: talks without speaker or event; the list reads as a bare column of titles. */
export const DontBareTitles: Story = {
  name: "Don't: titles without speaker or event",
  args: { 'group-by': 'none', limit: 4 },
  render: (storyArgs) => template({ ...storyArgs, talks: talks.map(({ title, date }) => ({ title, date }) as Talk) }),
};
