// The loading, error and empty states of the elements that show a feed (the talk list, the blog
// teaser): one markup, the same parts and strings as <apiary-project-grid>'s. Their look is in
// state-styles.ts (which the grid shares) and feed-styles.ts.
import { html, nothing, type ReactiveElement } from 'lit';
import type { TranslationKey } from '@apiary/i18n';
import type { FeedController, FeedError } from './feed.js';

type Translate = (key: TranslationKey, options?: Record<string, unknown>) => string;

/** A localized error title, the reason (`common.feedError.*`) and a retry button. */
export function renderFeedError(error: FeedError, t: Translate, onRetry: () => void) {
  const detail = error.kind === 'unknown' ? '' : t(`common.feedError.${error.kind}`, { status: error.status ?? '' });
  return html`<div part="error" class="message error" role="alert">
    <p class="message-title">${t('common.error')}</p>
    ${detail ? html`<p>${detail}</p>` : nothing}
    <button part="retry-button" class="button" type="button" @click=${onRetry}>${t('common.retry')}</button>
  </div>`;
}

/** The empty state: a message in a dashed box. */
export const renderEmpty = (message: string) => html`<div part="empty" class="message"><p>${message}</p></div>`;

/** `rows` placeholder rows of `lines` bones each, hidden from assistive technology (a status says "Loading…"). */
export function renderSkeleton(rows: number, lines = 3) {
  return html`<ul part="skeleton" class="skeleton" aria-hidden="true">
    ${Array.from(
      { length: rows },
      () =>
        html`<li class="skeleton-row">
          ${Array.from({ length: lines }, (_, i) => html`<span class="bone ${i === lines - 1 ? 'short' : ''}"></span>`)}
        </li>`,
    )}
  </ul>`;
}

/**
 * The live status line ("Loading…", then `countKey`'s "3 talks") and the results region: the
 * skeleton (`skeletonRows` rows), the error with a retry button, `emptyKey`'s message when there
 * are no items, or `items()`.
 */
export function renderFeedResults<T>(
  feed: FeedController<T>,
  view: {
    /** The element's `localize`. */
    localize: { t: Translate };
    count: number;
    countKey: TranslationKey;
    emptyKey: TranslationKey;
    skeletonRows: number;
    onRetry: () => void;
    items: () => unknown;
  },
) {
  const { status } = feed;
  const { count } = view;
  const t: Translate = (key, options) => view.localize.t(key, options);
  const announce =
    status === 'pending' ? t('common.loading') : status === 'complete' ? t(view.countKey, { count }) : '';
  return html`<p class="visually-hidden" role="status">${announce}</p>
    <div part="results" class="results" aria-busy=${status === 'pending' ? 'true' : 'false'} tabindex="-1">
      ${
        status === 'pending'
          ? renderSkeleton(view.skeletonRows)
          : status === 'error'
            ? renderFeedError(feed.error!, t, view.onRetry)
            : count === 0
              ? renderEmpty(t(view.emptyKey))
              : view.items()
      }
    </div>`;
}

/** Loads the feed again, then puts focus on the results region (the retry button it was on is gone). */
export async function retryFeed<T>(host: ReactiveElement, feed: FeedController<T>): Promise<void> {
  feed.retry();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.results')?.focus();
}
