import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { lazy } from '../base/lazy.js';
import { formatFeedDate } from '../base/dates.js';
import { learnOrigin, renderLink } from '../base/external-link.js';
import { hostFeed, type FeedFailure, type FeedParser } from '../base/feed.js';
import { renderFeedResults, retryFeed } from '../base/feed-states.js';
import { feedStyles } from '../base/feed-styles.js';
import { headingLevel } from '../base/heading.js';
import { headingTag } from '../base/heading-tag.js';
import { safeUrl } from '../base/safe-url.js';
import { parseList, spaceList } from '../base/space-list.js';
import { PostSchema, type Post } from '../schemas/post.js';
import { feedName, latestPosts } from './view.js';
import styles from './blog-teaser.styles.js';

export type { Post } from '../schemas/post.js';

const MAX_SKELETON_ROWS = 5;
const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

// The feed parser (with its HTML entity table, most of its weight) loads with the first feed, not
// with the element: posts given as a property, the server-rendering path, never need it.
const loadParser = lazy(() => import('../feeds/browser.js'));

/** JSON, RSS or Atom, detected from the body; relative links resolve against the feed's URL. */
const parse: FeedParser = async (body, response, src) =>
  (await loadParser()).parseFeed(body, { url: new URL(response.url || src, document.baseURI).href });

/**
 * The latest posts of a blog, or community articles merged from several blogs' feeds: title (a
 * link), date, author, site, a plain-text summary and categories. Data comes from the `posts`
 * property (which also renders on the server), or from feeds at `src` and `sources` — JSON, RSS 2.0
 * or Atom, told apart by their content, fetched directly (no third-party proxy). Several feeds are
 * merged newest first without duplicates; one that fails does not hide the others, and the element
 * says which failed. HTML in feed summaries is reduced to its text, never rendered.
 *
 * @tagname apiary-blog-teaser
 * @summary Latest posts or community articles from JSON, RSS and Atom feeds, merged, newest first.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading (`h2`–`h6`), when `heading` is set.
 * @csspart results - The region that holds the posts or a state message.
 * @csspart list - The list of posts.
 * @csspart post - One post.
 * @csspart post-title - A post title (`h2`–`h6`).
 * @csspart post-link - The title link.
 * @csspart post-meta - The line with date, author and site.
 * @csspart post-date - The date (a `time` element).
 * @csspart post-author - The author.
 * @csspart post-source - The site the post comes from.
 * @csspart post-summary - The summary, clamped to a few lines.
 * @csspart post-categories - The list of categories.
 * @csspart notice - The note that some of several feeds failed, with a retry button.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button (error state and notice).
 *
 * @cssprop --apiary-color-surface - Post background.
 * @cssprop --apiary-color-border - Post borders.
 * @cssprop --apiary-color-text - Text colour.
 * @cssprop --apiary-color-text-muted - Date, author, site and summary colour.
 * @cssprop --apiary-color-link - Title link colour.
 * @cssprop --apiary-color-surface-raised - Category background.
 * @cssprop --apiary-color-focus - Focus ring colour.
 * @cssprop --apiary-color-danger - Error message accent.
 * @cssprop --apiary-radius-lg - Post corner radius.
 * @cssprop --apiary-space-4 - Gap between posts.
 *
 * @fires apiary-load - Feeds from `src`/`sources` (or a promise in `posts`) loaded and rendered. `detail: { count, rejected: [{ index, reason, src? }], failed: [{ src, error }] }`.
 * @fires apiary-error - A feed failed (once per failed feed; the others still show). `detail: { error, src }`.
 */
export class ApiaryBlogTeaser extends ApiaryElement {
  static override tagName = 'apiary-blog-teaser';
  static override styles = [feedStyles, styles];

  /**
   * The posts to show (see `@apiary/elements/schemas/post.schema.json`): an array, or a promise of
   * one. Takes precedence over `src` and `sources`, and is the server-rendering path. Sorted newest
   * first; invalid items are dropped with a console warning.
   */
  @property({ attribute: false }) posts?: Post[] | Promise<Post[]>;

  /** URL of a feed: JSON (an array of posts, `{ "posts": [...] }` or a JSON Feed), RSS 2.0 or Atom. */
  @property() src?: string;

  /** Several feed URLs (space-separated), merged into one list with `src`: newest first, without duplicates. */
  @property({ converter: spaceList() }) sources: string[] = [];

  /** How long each fetch may take, in milliseconds; 0 for no limit. */
  @property({ type: Number }) timeout = 10000;

  /** How many posts to show, newest first; 0 for all. */
  @property({ type: Number }) limit = 3;

  /** Titles, dates and authors only: no summaries and no categories. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-summary' }) hideSummary = false;

  /** A heading above the posts (none by default: the page's own heading may introduce them). */
  @property() heading?: string;

  /** Level of the heading (2–6); post titles are one level below (or at it, without a heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The page's origin, to tell external links (see `isExternal`); unknown during a hydrating render. */
  @state() private origin?: string;

  private readonly feed = hostFeed(this, 'posts', {
    schema: PostSchema,
    src: () => [this.src ?? '', ...(Array.isArray(this.sources) ? this.sources : parseList(String(this.sources)))],
    parse,
    accept: ACCEPT,
    onLoad: ({ items, rejected, failed = [] }) => this.emit('apiary-load', { count: items.length, rejected, failed }),
    noun: 'post',
  });

  override connectedCallback(): void {
    learnOrigin(this, (origin) => (this.origin = origin));
    super.connectedCallback();
    // Feeds to fetch: fetch the parser alongside them.
    if (this.posts === undefined && (this.src || this.sources?.length)) void loadParser().catch(() => undefined);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const status = this.feed.status;
    const result = this.feed.result;
    const posts = latestPosts(result?.bySource ?? [result?.items ?? []], Number(this.limit));
    const heading = this.heading?.trim();
    const level = headingLevel(this.headingLevel);
    const tag = headingTag(level);
    return html`<div part="base" class="base">
      ${heading ? staticHtml`<${tag} part="heading" class="heading" id="heading">${heading}</${tag}>` : nothing}
      ${renderFeedResults(this.feed, {
        localize: this.localize,
        count: posts.length,
        countKey: 'blogTeaser.count',
        emptyKey: 'blogTeaser.empty',
        skeletonRows: Math.min(MAX_SKELETON_ROWS, Number(this.limit) || MAX_SKELETON_ROWS),
        onRetry: this.#onRetry,
        items: () => this.#renderPosts(posts, headingTag(heading ? level + 1 : level), !!heading),
      })}
      ${status === 'complete' && result?.failed?.length ? this.#renderNotice(result.failed) : nothing}
    </div>`;
  }

  #renderPosts(posts: Post[], title: StaticValue, labelled: boolean) {
    return html`<ul part="list" class="list" aria-labelledby=${labelled ? 'heading' : nothing}>
      ${repeat(
        posts,
        (post) => post,
        (post) => html`<li class="item">${this.#renderPost(post, title)}</li>`,
      )}
    </ul>`;
  }

  #renderPost(post: Post, title: StaticValue) {
    const url = safeUrl(post.url);
    const text = html`<bdi>${post.title}</bdi>`;
    const name = url ? renderLink('post-link', url, text, this.origin, this.localize.t('common.opensInNewTab')) : text;
    const categories = (post.categories ?? []).map((c) => c.trim()).filter(Boolean);
    const details = !this.hideSummary;
    return html`<article part="post" class="card">
      ${staticHtml`<${title} part="post-title" class="title">${name}</${title}>`}
      <p part="post-meta" class="meta">
        <time part="post-date" class="date" datetime=${post.date}
          >${formatFeedDate(this.localize, post.date, 'long')}</time
        >
        ${post.author ? html`<span part="post-author" class="author"><bdi>${post.author}</bdi></span>` : nothing}
        ${post.source ? html`<span part="post-source" class="source"><bdi>${post.source}</bdi></span>` : nothing}
      </p>
      ${details && post.summary ? html`<p part="post-summary" class="summary"><bdi>${post.summary}</bdi></p>` : nothing}
      ${
        details && categories.length
          ? html`<ul part="post-categories" class="tags" aria-label=${this.localize.t('blogTeaser.categories')}>
              ${[...new Set(categories)].map((category) => html`<li class="tag"><bdi>${category}</bdi></li>`)}
            </ul>`
          : nothing
      }
    </article>`;
  }

  /** Some feeds failed while others loaded: say which, and offer to try again. */
  #renderNotice(failed: FeedFailure[]) {
    const names = [...new Set(failed.map(({ src }) => feedName(src, document.baseURI)))];
    const sources = new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(names);
    return html`<div part="notice" class="notice" role="status">
      <p>${this.localize.t('blogTeaser.feedsFailed', { count: failed.length, sources })}</p>
      <button part="retry-button" class="button" type="button" @click=${this.#onRetry}>
        ${this.localize.t('common.retry')}
      </button>
    </div>`;
  }

  #onRetry = () => retryFeed(this, this.feed);
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-blog-teaser': ApiaryBlogTeaser;
  }
}
