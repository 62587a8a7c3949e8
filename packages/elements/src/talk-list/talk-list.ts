import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { formatFeedDate } from '../base/dates.js';
import { learnOrigin, renderLink } from '../base/external-link.js';
import { hostFeed, jsonFeed } from '../base/feed.js';
import { renderFeedResults, retryFeed } from '../base/feed-states.js';
import { feedStyles } from '../base/feed-styles.js';
import { headingLevel } from '../base/heading.js';
import { headingTag } from '../base/heading-tag.js';
import { safeUrl } from '../base/safe-url.js';
import { TalkSchema, type Talk } from '../schemas/talk.js';
import { claim, release, type Player } from './player.js';
import { groupTalks, orderTalks, toGroupBy, toOrder, type TalkGroup } from './view.js';
import styles from './talk-list.styles.js';

export type { Talk } from '../schemas/talk.js';

declare global {
  interface ApiaryEventMap {
    /**
     * The person asked a video to play, before anything loads. Cancelable: `preventDefault()`
     * keeps the facade (to ask for consent first, say, or to open your own player).
     */
    'apiary-play': { talk: Talk };
  }
}

const SKELETON_ROWS = 3;
/** Where videos play: YouTube's privacy-enhanced host, which sets no cookies until playback. */
const EMBED = 'https://www.youtube-nocookie.com/embed/';
const ALLOW = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share';

const playIcon = svg`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M8 5.5v13l10.5-6.5z"/></svg>`;

/**
 * A list of talks with a privacy-respecting video facade: nothing loads from YouTube until the
 * person asks. A talk with a video shows a play button over its thumbnail (only when the talk has
 * a `thumbnail`, or the page opts in with `thumbnails="youtube"`; otherwise a styled placeholder
 * with the title); activating it swaps in a `youtube-nocookie.com` player and moves focus there.
 * Only one video plays at a time, across every talk list on the page. Talks are grouped by year or
 * event, newest or oldest first, as a list or a gallery. Data comes from the `talks` property
 * (which also renders on the server) or from a JSON feed at `src`.
 *
 * @tagname apiary-talk-list
 * @summary Talks with dates, speakers and slides, grouped by year or event, with a click-to-load video facade.
 *
 * @csspart base - The outer wrapper.
 * @csspart results - The region that holds the talks or a state message.
 * @csspart group - One group of talks (a year or an event).
 * @csspart group-heading - A group heading (`h2`–`h6`).
 * @csspart list - A list of talks.
 * @csspart talk - One talk.
 * @csspart media - The 16:9 box of a talk's video (facade or player).
 * @csspart play-button - The facade: the button that loads and plays the video.
 * @csspart thumbnail - The thumbnail image in the facade.
 * @csspart placeholder - The styled stand-in for a thumbnail, showing the title.
 * @csspart play-icon - The round play symbol.
 * @csspart player - The video iframe, once the person asked for it.
 * @csspart talk-title - A talk title (`h2`–`h6`).
 * @csspart talk-link - The title link, when the talk has a `url`.
 * @csspart talk-meta - The line with speaker, event and date.
 * @csspart talk-speaker - The speaker.
 * @csspart talk-event - The event (not shown when grouped by event).
 * @csspart talk-date - The date (a `time` element).
 * @csspart talk-slides - The link to the slides.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop --apiary-color-surface - Talk background.
 * @cssprop --apiary-color-border - Talk borders.
 * @cssprop --apiary-color-text - Text colour.
 * @cssprop --apiary-color-text-muted - Speaker, event and date colour.
 * @cssprop --apiary-color-link - Link colour.
 * @cssprop --apiary-color-accent - Play button background.
 * @cssprop --apiary-color-on-accent - Play symbol colour.
 * @cssprop --apiary-color-accent-strong - Placeholder text.
 * @cssprop --apiary-color-accent-subtle - Placeholder background.
 * @cssprop --apiary-color-focus - Focus ring colour.
 * @cssprop --apiary-color-danger - Error message accent.
 * @cssprop --apiary-radius-lg - Talk corner radius.
 * @cssprop --apiary-radius-md - Video corner radius.
 * @cssprop --apiary-space-4 - Gap between talks.
 * @cssprop --apiary-space-6 - Gap between groups.
 * @cssprop --apiary-duration-normal - Play button transition (0 with reduced motion).
 *
 * @fires apiary-play - The person activated a video, before it loads. Cancelable: `preventDefault()` keeps the facade. `detail: { talk }`.
 * @fires apiary-load - A feed from `src` (or a promise in `talks`) loaded and rendered. `detail: { count, rejected: [{ index, reason }] }`.
 * @fires apiary-error - Loading failed; the error state with a retry button shows. `detail: { error, src }`.
 */
export class ApiaryTalkList extends ApiaryElement {
  static override tagName = 'apiary-talk-list';
  static override styles = [feedStyles, styles];

  /**
   * The talks to show (see `@apiary/elements/schemas/talk.schema.json`): an array, or a promise of
   * one (the loading state shows until it settles). Takes precedence over `src`, and is the
   * server-rendering path. Invalid items are dropped with a console warning.
   */
  @property({ attribute: false }) talks?: Talk[] | Promise<Talk[]>;

  /** URL of a JSON feed: an array of talks or `{ "talks": [...] }`. Used while `talks` is unset. */
  @property() src?: string;

  /** How long a fetch of `src` may take, in milliseconds; 0 for no limit. */
  @property({ type: Number }) timeout = 10000;

  /** `year` (sections per year), `event` (sections per event; talks without one last) or `none`. */
  @property({ reflect: true, attribute: 'group-by' }) groupBy: 'year' | 'event' | 'none' = 'year';

  /** `newest` first or `oldest` first. */
  @property({ reflect: true }) order: 'newest' | 'oldest' = 'newest';

  /** Show only the first this many talks (after ordering); unset or 0 for all. */
  @property({ type: Number }) limit?: number;

  /** `list` (one talk per row, the video beside the text) or `gallery` (cards in columns, the video on top). */
  @property({ reflect: true }) layout: 'list' | 'gallery' = 'list';

  /**
   * `youtube`: show YouTube's thumbnail for talks without a `thumbnail` of their own. Those images
   * load from `i.ytimg.com` before anyone clicks, so it is off by default: a placeholder shows instead.
   */
  @property({ reflect: true }) thumbnails?: 'youtube';

  /** Level of the group headings (2–6); talk titles are one level below (or at it, with `group-by="none"`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The talk whose video plays. */
  @state() private playing?: Talk;
  /** The page's origin, to tell external links (see `isExternal`); unknown during a hydrating render. */
  @state() private origin?: string;

  private readonly feed = hostFeed(this, 'talks', {
    schema: TalkSchema,
    parse: jsonFeed('talks'),
    noun: 'talk',
  });

  #player: Player = {
    stop: () => {
      this.playing = undefined;
      release(this.#player);
    },
  };

  #ids = new WeakMap<Talk, string>();
  #nextId = 0;

  override connectedCallback(): void {
    learnOrigin(this, (origin) => (this.origin = origin));
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A detached list plays nothing (the iframe would start over if it came back).
    if (this.playing) this.#player.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('talks') || changed.has('src')) && this.playing) this.#player.stop();
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const talks = orderTalks(this.feed.result?.items ?? [], toOrder(this.order), Number(this.limit ?? 0));
    const layout = this.layout === 'gallery' ? 'gallery' : 'list';
    return html`<div part="base" class="base layout-${layout}">
      ${renderFeedResults(this.feed, {
        localize: this.localize,
        count: talks.length,
        countKey: 'talkList.count',
        emptyKey: 'talkList.empty',
        skeletonRows: Math.min(SKELETON_ROWS, Number(this.limit) || SKELETON_ROWS),
        onRetry: this.#onRetry,
        items: () => this.#renderGroups(groupTalks(talks, toGroupBy(this.groupBy))),
      })}
    </div>`;
  }

  #renderGroups(groups: TalkGroup[]) {
    const level = headingLevel(this.headingLevel);
    if (toGroupBy(this.groupBy) === 'none') return this.#renderList(groups[0]!.items, level);
    const heading = headingTag(level);
    return groups.map((group, i) => {
      const id = `group-${i}`;
      return html`<section part="group" class="group" aria-labelledby=${id}>
        ${staticHtml`<${heading} part="group-heading" class="heading" id=${id}><bdi>${this.#groupLabel(group)}</bdi></${heading}>`}
        ${this.#renderList(group.items, level + 1)}
      </section>`;
    });
  }

  #groupLabel(group: TalkGroup): string {
    if (group.key.startsWith('year:')) return this.localize.date(group.label, { year: 'numeric' }) || group.label;
    return group.label || this.localize.t('talkList.noEvent');
  }

  #renderList(talks: Talk[], level: number) {
    return html`<ul part="list" class="list">
      ${repeat(
        talks,
        (talk) => talk,
        (talk) => html`<li class="item">${this.#renderTalk(talk, headingTag(level))}</li>`,
      )}
    </ul>`;
  }

  #renderTalk(talk: Talk, heading: StaticValue) {
    const id = this.#idFor(talk);
    const url = safeUrl(talk.url);
    const slides = safeUrl(talk.slides);
    const newTab = this.localize.t('common.opensInNewTab');
    const name = html`<bdi>${talk.title}</bdi>`;
    const title = url ? renderLink('talk-link', url, name, this.origin, newTab) : name;
    const showEvent = talk.event && toGroupBy(this.groupBy) !== 'event';
    return html`<article part="talk" class="card talk ${talk.videoId ? 'has-video' : ''}">
      ${talk.videoId ? this.#renderMedia(talk, talk.videoId) : nothing}
      <div class="body">
        ${staticHtml`<${heading} part="talk-title" class="title" id=${id}>${title}</${heading}>`}
        <p part="talk-meta" class="meta">
          ${talk.speaker ? html`<span part="talk-speaker" class="speaker"><bdi>${talk.speaker}</bdi></span>` : nothing}
          ${showEvent ? html`<span part="talk-event" class="event"><bdi>${talk.event}</bdi></span>` : nothing}
          <time part="talk-date" class="date" datetime=${talk.date}
            >${formatFeedDate(this.localize, talk.date, 'medium')}</time
          >
        </p>
        ${
          slides
            ? html`<p class="links">
                ${renderLink('talk-slides', slides, this.localize.t('talkList.slides'), this.origin, newTab, id)}
              </p>`
            : nothing
        }
      </div>
    </article>`;
  }

  /** The facade until the person asks, then the player. */
  #renderMedia(talk: Talk, videoId: string) {
    if (this.playing === talk) {
      return html`<div part="media" class="media">
        <iframe
          part="player"
          src=${`${EMBED}${encodeURIComponent(videoId)}?autoplay=1`}
          title=${this.localize.t('talkList.video', { title: talk.title })}
          allow=${ALLOW}
          allowfullscreen
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>
      </div>`;
    }
    const thumbnail =
      safeUrl(talk.thumbnail) ??
      (this.thumbnails === 'youtube'
        ? `https://i.ytimg.com/vi/${encodeURIComponent(videoId)}/hqdefault.jpg`
        : undefined);
    return html`<div part="media" class="media">
      <button part="play-button" class="play" type="button" @click=${() => this.play(talk)}>
        ${
          thumbnail
            ? html`<img
                part="thumbnail"
                class="thumbnail"
                src=${thumbnail}
                alt=""
                width="480"
                height="270"
                loading="lazy"
                decoding="async"
                referrerpolicy="no-referrer"
              />`
            : html`<span part="placeholder" class="placeholder" aria-hidden="true"
                ><bdi class="placeholder-text">${talk.title}</bdi></span
              >`
        }
        <span part="play-icon" class="play-icon">${playIcon}</span>
        <span class="visually-hidden">${this.localize.t('talkList.play', { title: talk.title })}</span>
      </button>
    </div>`;
  }

  #idFor(talk: Talk): string {
    let id = this.#ids.get(talk);
    if (!id) this.#ids.set(talk, (id = `talk-${this.#nextId++}`));
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Interaction

  /**
   * Plays a talk's video, as a click on its facade does: fires `apiary-play`, then loads the player
   * and focuses it. `talk` is one of the list's talks (or one with the same `videoId` and `title`).
   */
  async play(talk: Talk): Promise<void> {
    const items = this.feed.result?.items ?? [];
    talk = items.includes(talk) ? talk : items.find((t) => t.videoId === talk.videoId && t.title === talk.title)!;
    if (!talk?.videoId || this.playing === talk) return;
    if (!this.emit('apiary-play', { talk }, { cancelable: true })) return;
    claim(this.#player);
    this.playing = talk;
    await this.updateComplete;
    // Focus follows the swap: the button it was on is gone, and the player is what the person asked for.
    this.renderRoot.querySelector<HTMLIFrameElement>('iframe[part~="player"]')?.focus();
  }

  /** Stops the video that plays (back to the facade). */
  stop(): void {
    if (this.playing) this.#player.stop();
  }

  #onRetry = () => retryFeed(this, this.feed);
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-talk-list': ApiaryTalkList;
  }
}
