// Pure, DOM-free helpers behind <apiary-blog-teaser>: merging posts from several feeds.
import { byDate } from '../base/dates.js';
import { fold } from '../base/fold.js';
import type { Post } from '../schemas/post.js';

/** A URL's identity: no fragment, no trailing slash, scheme and host in lower case, `www.` and http/https alike. */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed, 'https://relative.invalid/');
    const host = parsed.host.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${host}${path}${parsed.search}`;
  } catch {
    return trimmed.toLowerCase();
  }
}

/** A title's identity: compatibility-folded, accents and punctuation dropped, lower case, single spaces. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The newest `limit` posts of one or more feeds: sorted by date (newest first; equal dates keep
 * their feed order), with duplicates dropped, keeping the first (newest) copy. Across feeds a
 * duplicate is the same URL; the same title counts only within one feed, so one feed cannot hide
 * another's post behind a title of its own with its own link. A `limit` that is not a positive
 * number means all.
 */
export function latestPosts(feeds: readonly (readonly Post[])[], limit: number): Post[] {
  const feedOf = new Map<Post, number>();
  feeds.forEach((posts, feed) => posts.forEach((post) => feedOf.set(post, feed)));
  const urls = new Set<string>();
  const titles = new Set<string>();
  const out: Post[] = [];
  const n = Math.trunc(Number(limit));
  for (const post of byDate([...feedOf.keys()])) {
    const url = urlKey(post.url);
    const key = titleKey(post.title);
    const title = key && `${feedOf.get(post)} ${key}`;
    if (urls.has(url) || (title && titles.has(title))) continue;
    urls.add(url);
    if (title) titles.add(title);
    out.push(post);
    if (n > 0 && out.length >= n) break;
  }
  return out;
}

/** What to call a feed in messages: host and path (`nakryiko.com/atom.xml`), or the URL as written. */
export function feedName(src: string, base?: string): string {
  try {
    const url = new URL(src, base);
    return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}` || src;
  } catch {
    return src;
  }
}
