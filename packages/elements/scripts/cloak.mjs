// The cloak, appended to apiary.css: opt-in with `<html class="apiary-cloak">`, it keeps each undefined
// Apiary element hidden (visibility, so its box keeps its place) until it is defined, and shows it
// anyway after the failsafe timeout `--apiary-cloak-timeout` (2s unless the page sets it), even when
// no script runs at all. A prerendered element (declarative shadow DOM) sets `--apiary-prerendered:
// visible` on itself from its own shadow styles (base/host-styles.ts), so it is never hidden.

/** The cloak's CSS for `tags`. */
export function cloakCss(tags) {
  if (!tags.length) throw new Error('no elements to cloak');
  return `
/* The cloak: <html class="apiary-cloak"> hides undefined Apiary elements until they are defined, at most --apiary-cloak-timeout. */
@keyframes apiary-cloak-timeout {
  to {
    visibility: visible;
  }
}

.apiary-cloak :is(${[...tags].sort().join(', ')}):not(:defined) {
  visibility: var(--apiary-prerendered, hidden);
  animation: apiary-cloak-timeout 0s var(--apiary-cloak-timeout, 2s) forwards;
}
`;
}
