import * as v from 'valibot';
import { IsoDateString } from './date.js';
import { SafeUrlString } from './url.js';

/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/**
 * One post of `<apiary-blog-teaser>`: the one definition of the data shape. It validates every
 * item (from JSON, RSS and Atom feeds and from the `posts` property alike), gives the `Post` type,
 * and the build turns it into `@apiary/elements/schemas/post.schema.json`, with the field
 * descriptions of `scripts/schema-docs.mjs` (kept there so the element does not ship them).
 */
export const PostSchema = v.object({
  title: v.pipe(v.string(), nonBlank('A post needs a title')),
  url: SafeUrlString,
  date: IsoDateString,
  summary: v.optional(v.string()),
  categories: v.optional(v.array(v.string())),
  author: v.optional(v.string()),
  source: v.optional(v.string()),
});

/** A validated post, as `<apiary-blog-teaser>` renders it. */
export type Post = v.InferOutput<typeof PostSchema>;
