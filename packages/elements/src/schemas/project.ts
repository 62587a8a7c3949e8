import * as v from 'valibot';
import { safeUrlField } from './url.js';

const text = (description: string) => v.pipe(v.string(), v.description(description));
/** Not empty and not only whitespace; a pattern rather than a trim, so JSON Schema says the same. */
const nonBlank = (message: string) => v.regex(/\S/, message);

/**
 * One project of `<apiary-project-grid>`: the one definition of the data shape. It validates
 * every item (from `src` feeds and from the `projects` property alike), gives the `Project` type,
 * and the build turns it into `@apiary/elements/schemas/project.schema.json`.
 */
export const ProjectSchema = v.pipe(
  v.object({
    name: v.pipe(v.string(), nonBlank('A project needs a name'), v.description('The project name.')),
    url: safeUrlField('The project’s main link (repository or website): http, https, mailto or relative.'),
    tagline: v.optional(text('A one-line summary. Plain text.')),
    description: v.optional(text('A longer description, clamped on the card. Plain text, never HTML.')),
    logo: v.optional(safeUrlField('A logo image URL; a monogram shows when it is missing or fails to load.')),
    stars: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(0),
        v.description('GitHub stars (or a similar count), an integer ≥ 0.'),
      ),
    ),
    maturity: v.optional(
      v.pipe(
        v.picklist(['major', 'emerging']),
        v.description('`major` or `emerging`; projects without it form an “Other” group.'),
      ),
    ),
    areas: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), nonBlank('An area cannot be blank'))),
        v.description(
          'Areas such as networking, security, observability, tracing, tooling, library, runtime, infrastructure (these have localized labels); any other string shows as written.',
        ),
      ),
    ),
    links: v.optional(
      v.pipe(
        v.array(
          v.object({
            label: v.pipe(v.string(), nonBlank('A link needs a label'), v.description('The link text.')),
            url: safeUrlField('http, https, mailto or relative.'),
          }),
        ),
        v.description('Extra links shown on the card (website, docs, …).'),
      ),
    ),
  }),
  v.title('Apiary project'),
  v.description('One project of an <apiary-project-grid> feed. A feed is an array of these or { "projects": [...] }.'),
);

/** A validated project, as `<apiary-project-grid>` renders it. */
export type Project = v.InferOutput<typeof ProjectSchema>;

/** The project maturities that form groups, in display order. */
export type Maturity = NonNullable<Project['maturity']>;
