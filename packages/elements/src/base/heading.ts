/** A `heading-level` as an author gave it: a whole number from 2 to 6, else `fallback`. */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.trunc(Number(value));
  return level >= 2 && level <= 6 ? level : fallback;
}
