import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A `heading-level` as an author gave it: a whole number from 2 to 6, else `fallback`. */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.trunc(Number(value));
  return level >= 2 && level <= 6 ? level : fallback;
}

/** The heading element for a level from 2 up, for `staticHtml`; deeper levels stay at `h6`. */
export const headingTag = (level: number): StaticValue => TAGS[Math.min(level, 6) - 2]!;
