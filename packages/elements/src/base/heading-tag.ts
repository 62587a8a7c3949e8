import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading element for a level from 2 up, for lit/static-html; deeper levels stay at `h6`. */
export const headingTag = (level: number): StaticValue => TAGS[Math.min(level, 6) - 2]!;
