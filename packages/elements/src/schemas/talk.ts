import * as v from 'valibot';
import { isoDateField } from './date.js';
import { safeUrlField } from './url.js';

const text = (description: string) => v.pipe(v.string(), v.description(description));
/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/** A YouTube video id: eleven characters of the URL-safe base64 alphabet. */
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

/**
 * One talk of `<apiary-talk-list>`: the one definition of the data shape. It validates every
 * item (from `src` feeds and from the `talks` property alike), gives the `Talk` type, and the
 * build turns it into `@apiary/elements/schemas/talk.schema.json`.
 */
export const TalkSchema = v.pipe(
  v.object({
    title: v.pipe(v.string(), nonBlank('A talk needs a title'), v.description('The talk title. Plain text.')),
    date: isoDateField(
      'When it was given, ISO 8601: 2021-08-19 (a day), 2019-10 (a month), 2021 (a year) or a date and time.',
    ),
    speaker: v.optional(text('Who gave it, e.g. “Liz Rice, Isovalent”. Plain text.')),
    event: v.optional(text('Where it was given, e.g. “eBPF Summit 2021”. Plain text.')),
    url: v.optional(safeUrlField('A page about the talk: http, https, mailto or relative.')),
    videoId: v.optional(
      v.pipe(
        v.string(),
        v.regex(VIDEO_ID_PATTERN, 'A YouTube video id is 11 characters: letters, digits, - and _'),
        v.description('The YouTube video id (the `v=` of a watch URL), e.g. `L3_AOFSNKK8`.'),
      ),
    ),
    slides: v.optional(safeUrlField('The slides: http, https or relative.')),
    thumbnail: v.optional(
      safeUrlField('A preview image for the video (16:9), shown before it plays: http, https or relative.'),
    ),
  }),
  v.title('Apiary talk'),
  v.description('One talk of an <apiary-talk-list> feed. A feed is an array of these or { "talks": [...] }.'),
);

/** A validated talk, as `<apiary-talk-list>` renders it. */
export type Talk = v.InferOutput<typeof TalkSchema>;
