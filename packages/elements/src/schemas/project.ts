import * as v from 'valibot';
import { SafeUrlString } from './url.js';

/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/**
 * One project of `<apiary-project-grid>`: the one definition of the data shape. It validates
 * every item (from `src` feeds and from the `projects` property alike), gives the `Project` type,
 * and the build turns it into `@apiary/elements/schemas/project.schema.json`, with the field
 * descriptions of `scripts/schema-docs.mjs` (kept there so the element does not ship them).
 */
export const ProjectSchema = v.object({
  name: v.pipe(v.string(), nonBlank('A project needs a name')),
  url: SafeUrlString,
  tagline: v.optional(v.string()),
  description: v.optional(v.string()),
  logo: v.optional(SafeUrlString),
  stars: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  maturity: v.optional(v.picklist(['major', 'emerging'])),
  areas: v.optional(v.array(v.pipe(v.string(), nonBlank('An area cannot be blank')))),
  links: v.optional(
    v.array(
      v.object({
        label: v.pipe(v.string(), nonBlank('A link needs a label')),
        url: SafeUrlString,
      }),
    ),
  ),
});

/** A validated project, as `<apiary-project-grid>` renders it. */
export type Project = v.InferOutput<typeof ProjectSchema>;

/** The project maturities that form groups, in display order. */
export type Maturity = NonNullable<Project['maturity']>;
