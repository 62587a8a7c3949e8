import * as v from 'valibot';
import { isoDateField } from './date.js';
import { safeUrlField } from './url.js';

const text = (description: string) => v.pipe(v.string(), v.description(description));
/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/**
 * One post of `<apiary-blog-teaser>`: the one definition of the data shape. It validates every
 * item (from JSON, RSS and Atom feeds and from the `posts` property alike), gives the `Post` type,
 * and the build turns it into `@apiary/elements/schemas/post.schema.json`.
 */
export const PostSchema = v.pipe(
  v.object({
    title: v.pipe(v.string(), nonBlank('A post needs a title'), v.description('The post title. Plain text.')),
    url: safeUrlField('Where the post is: http, https or relative.'),
    date: isoDateField('When it was published, ISO 8601: 2021-05-04 or 2021-05-04T09:00:00Z.'),
    summary: v.optional(
      text(
        'A short summary, clamped to a few lines. Plain text: never rendered as HTML (feeds’ HTML is reduced to its text).',
      ),
    ),
    categories: v.optional(v.pipe(v.array(v.string()), v.description('Categories or tags. Plain text.'))),
    author: v.optional(text('Who wrote it. Plain text.')),
    source: v.optional(text('The site it comes from, e.g. “nakryiko.com” (a feed’s title fills it in).')),
  }),
  v.title('Apiary post'),
  v.description('One post of an <apiary-blog-teaser> feed. A JSON feed is an array of these or { "posts": [...] }.'),
);

/** A validated post, as `<apiary-blog-teaser>` renders it. */
export type Post = v.InferOutput<typeof PostSchema>;
