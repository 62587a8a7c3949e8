import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../blog-teaser.js';
import { elementStories, feedStates, notFoundErrors } from '../stories/element-stories.js';
import type { ApiaryBlogTeaser, Post } from './blog-teaser.js';
import updates from './fixtures/ebpf-updates.json' with { type: 'json' };

/** The "eBPF Updates" series (ebpf.io's "最新博客"). */
const posts = updates.posts as Post[];
// Feeds served by Storybook itself (Vite emits them as assets; `no-inline` keeps small ones files,
// not data: URLs, which `src` never loads). Written from public facts, with the articles' real links.
const feed = {
  json: new URL('./fixtures/ebpf-updates.json?no-inline', import.meta.url).href,
  rss: new URL('./fixtures/pchaigno.rss.xml?no-inline', import.meta.url).href,
  atom: new URL('./fixtures/nakryiko.atom.xml?no-inline', import.meta.url).href,
  jsonFeed: new URL('./fixtures/community.feed.json?no-inline', import.meta.url).href,
};

/** The `sources` attribute: space-separated URLs (the template sets attributes from strings). */
const sources = (...urls: string[]) => urls.join(' ') as unknown as string[];

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-blog-teaser>\`: the latest posts or community articles from JSON, RSS and Atom feeds, merged, newest first.

**When to use it.** Two to six recent posts on a landing page, with a link to the full blog next to it. Several feeds merge into one list (community articles).

**Content guidelines.** Titles as published; summaries one or two sentences (longer ones are clamped). With more than three posts, use \`hide-summary\` so the list stays scannable. Always place a "see all" link after the teaser.

**Accessibility.** Each post is a link named by its title; dates are \`<time>\` elements formatted for the locale. Loading, empty and error states are announced. Set \`heading-level\` to fit the page outline.`;

// `posts` is a property arg (`.posts`), parts are namespaced (`post-part`, …).
const { template, meta: shared } = elementStories<ApiaryBlogTeaser>('apiary-blog-teaser', guidance, '48rem');
type Story = StoryObj<typeof shared.args>;
const states = feedStates(template, 'posts');

const meta: Meta<typeof shared.args> = { title: 'Elements/Blog teaser', ...shared };

export default meta;

/** The latest two posts of the site's own blog, from a JSON feed (`src`), as on the 2021 page. */
export const LatestPosts: Story = {
  name: 'Latest posts',
  args: { src: feed.json, limit: 2, heading: 'Latest posts' },
};

/**
 * Community articles merged from three feeds — RSS 2.0, Atom and a JSON Feed — with `sources`:
 * newest first, and the article two feeds share shows once. No third-party proxy: each feed is
 * fetched directly.
 */
export const CommunityArticles: Story = {
  name: 'Community articles (several feeds)',
  args: { sources: sources(feed.rss, feed.atom, feed.jsonFeed), limit: 6, heading: 'eBPF community articles' },
};

/**
 * One of the sources answers 404: the other feeds still show, the element says which one failed
 * and offers a retry, and `apiary-error` fires for that feed.
 */
export const OneFeedFailing: Story = {
  name: 'One feed failing',
  tags: ['expected-error'],
  parameters: { smoke: { expectedErrors: notFoundErrors('no-such-feed.xml') } },
  args: { sources: sources(feed.rss, 'no-such-feed.xml', feed.atom), limit: 4 },
};

/** An RSS 2.0 feed: HTML in the descriptions is reduced to plain text, never rendered. */
export const RssFeed: Story = {
  name: 'RSS 2.0 feed',
  args: { src: feed.rss },
};

/** An Atom feed. */
export const AtomFeed: Story = {
  name: 'Atom feed',
  args: { src: feed.atom },
};

/** The `posts` property: the server-rendering path. */
export const FromProperty: Story = {
  name: 'From the posts property',
  args: { limit: 5 },
  render: (storyArgs) => template({ ...storyArgs, posts }),
};

/** `hide-summary`: titles, dates and authors only. */
export const HideSummary: Story = {
  args: { 'hide-summary': true, limit: 5 },
  render: (storyArgs) => template({ ...storyArgs, posts }),
};

/** No posts at all. */
export const Empty: Story = states.empty;

/** The loading state: a promise in `posts` that never settles (no request, no error). */
export const Loading: Story = states.loading;

/** A `src` that answers 404: a localized error with a retry button. */
export const LoadError: Story = {
  name: 'Error (404)',
  tags: ['expected-error'],
  ...states.loadError('no-such-posts.xml'),
};

/** `lang="zh-Hans"` on the element: Chinese strings and 2021年5月4日 dates. */
export const ZhHans: Story = {
  name: '简体中文 (lang on the element)',
  render: () =>
    html`<apiary-blog-teaser lang="zh-Hans" heading="最新博客" limit="2" .posts=${posts}></apiary-blog-teaser>`,
};

/** Right to left (`dir="rtl"`). */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { sources: sources(feed.rss, feed.atom), limit: 3 },
  render: (storyArgs) => html`<div dir="rtl">${template(storyArgs)}</div>`,
};

/** The dark theme, from the tokens (`data-theme="dark"`, set by the toolbar). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { sources: sources(feed.rss, feed.atom, feed.jsonFeed), heading: 'eBPF community articles' },
};

/** Do: two posts with summaries, then a link to the blog. */
export const DoTwoWithSummaries: Story = {
  name: 'Do: two posts, then a link to the blog',
  args: { limit: 2 },
  render: (storyArgs) =>
    html`${template({ ...storyArgs, posts })}
      <p><a href="#blog">All posts</a></p>`,
};

/** Don't: many posts with full summaries; use `hide-summary` past three. */
export const DontManySummaries: Story = {
  name: "Don't: many posts with summaries",
  args: { limit: 6 },
  render: (storyArgs) => template({ ...storyArgs, posts }),
};
