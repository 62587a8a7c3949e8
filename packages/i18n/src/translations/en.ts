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
    clearFilters: 'Clear filters',
    /** Why a feed failed to load: shown under `error`. */
    feedError: {
      http: 'The server answered with status {{status}}.',
      timeout: 'The server took too long to answer.',
      network: 'The server could not be reached.',
      format: 'The data could not be read.',
    },
  },
  featureCard: {
    learnMore: 'Learn more',
  },
  projectGrid: {
    search: 'Search projects',
    sort: 'Sort by',
    sortStars: 'Most stars',
    sortName: 'Name',
    layout: 'Layout',
    layoutGrid: 'Grid',
    layoutList: 'List',
    areas: 'Areas',
    maturity: 'Maturity',
    allMaturities: 'All',
    /** The result count, announced politely to screen readers. */
    count_one: '{{count, number}} project',
    count_other: '{{count, number}} projects',
    /** The full star count for screen readers; the card shows a compact number. */
    stars_one: '{{count, number}} star',
    stars_other: '{{count, number}} stars',
    empty: 'No projects to show yet.',
    noMatches: 'No projects match your search and filters.',
    groups: {
      major: 'Major',
      emerging: 'Emerging',
      other: 'Other',
    },
    /** Labels of the known areas; any other area shows as written in the data. */
    areaNames: {
      networking: 'Networking',
      security: 'Security',
      observability: 'Observability',
      tracing: 'Tracing',
      tooling: 'Tooling',
      library: 'Library',
      runtime: 'Runtime',
      infrastructure: 'Infrastructure',
    },
  },
  localeSwitcher: {
    /** The switcher's accessible name (and its menu's). */
    label: 'Language',
  },
};

export default en;
