// Pure, DOM-free helpers behind <apiary-blog-teaser>: merging posts from several feeds.
import { byDate } from '../base/dates.js';
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
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The newest `limit` posts: sorted by date (newest first; equal dates keep their feed order), with
 * duplicates dropped — the same URL or the same title, as merged feeds often repeat an article —
 * keeping the first (newest) copy. A `limit` that is not a positive number means all.
 */
export function latestPosts(posts: readonly Post[], limit: number): Post[] {
  const urls = new Set<string>();
  const titles = new Set<string>();
  const out: Post[] = [];
  const n = Math.trunc(Number(limit));
  for (const post of byDate(posts)) {
    const url = urlKey(post.url);
    const title = titleKey(post.title);
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

/** Space-separated URLs (the `sources` attribute), without repeats. */
export function parseSources(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean))];
}
