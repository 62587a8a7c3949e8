import { describedField, patternString } from './pattern.js';

/**
 * An ISO 8601 date as feeds write them: a year (`2021`), a month (`2021-08`), a day
 * (`2021-08-19`), or a date and time with optional seconds, fraction and offset
 * (`2021-08-19T16:00:00Z`, `2021-08-19T09:00-07:00`). One regular expression, so the published
 * JSON Schema carries the same rule as a `pattern`.
 */
export const ISO_DATE_PATTERN =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/;

/** A string holding an ISO 8601 date (see `ISO_DATE_PATTERN`), as the elements' own schemas check it. */
export const IsoDateString = patternString(
  ISO_DATE_PATTERN,
  'Not an ISO 8601 date (2021, 2021-08, 2021-08-19 or 2021-08-19T16:00:00Z)',
);

/** A required ISO 8601 date field (see `ISO_DATE_PATTERN`), with a `description` for other schemas (see `describedField`). */
export const isoDateField = (description?: string) => describedField(IsoDateString, description);
