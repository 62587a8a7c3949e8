/**
 * English element strings: the source of truth for every key and the final fallback.
 * Other locales are typed against this shape, so a missing key is a compile error.
 */
const en = {
  common: {
    loading: 'Loading…',
    empty: 'Nothing to show yet.',
    error: 'Something went wrong while loading.',
    retry: 'Try again',
  },
  featureCard: {
    learnMore: 'Learn more',
  },
};

export default en;
