/**
 * Where `<apiary-banner dismiss-key="…">` remembers a dismissal, shared with the preload script
 * (`banner-preload.js`), which hides remembered banners before first paint.
 */
export const DISMISSED_PREFIX = 'apiary-banner-dismissed:';
