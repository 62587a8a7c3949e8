import * as v from 'valibot';
import { IsoDateString } from './date.js';
import { SafeUrlString } from './url.js';

/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/** A YouTube video id: eleven characters of the URL-safe base64 alphabet. */
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

/**
 * One talk of `<apiary-talk-list>`: the one definition of the data shape. It validates every
 * item (from `src` feeds and from the `talks` property alike), gives the `Talk` type, and the
 * build turns it into `@apiary/elements/schemas/talk.schema.json`, with the field descriptions of
 * `scripts/schema-docs.mjs` (kept there so the element does not ship them).
 */
export const TalkSchema = v.object({
  title: v.pipe(v.string(), nonBlank('A talk needs a title')),
  date: IsoDateString,
  speaker: v.optional(v.string()),
  event: v.optional(v.string()),
  url: v.optional(SafeUrlString),
  videoId: v.optional(
    v.pipe(v.string(), v.regex(VIDEO_ID_PATTERN, 'A YouTube video id is 11 characters: letters, digits, - and _')),
  ),
  slides: v.optional(SafeUrlString),
  thumbnail: v.optional(SafeUrlString),
});

/** A validated talk, as `<apiary-talk-list>` renders it. */
export type Talk = v.InferOutput<typeof TalkSchema>;
