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
    /** Read by screen readers after a link that opens another site in a new tab. */
    opensInNewTab: '(opens in a new tab)',
  },
  banner: {
    label: 'Announcement',
    dismiss: 'Dismiss announcement',
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
  talkList: {
    /** How many talks show, announced politely to screen readers. */
    count_one: '{{count, number}} talk',
    count_other: '{{count, number}} talks',
    empty: 'No talks to show yet.',
    /** The accessible name of a video's play button. */
    play: 'Play video: {{title}}',
    /** The title of the video player (an iframe) once it plays. */
    video: 'Video: {{title}}',
    /** The link to a talk's slides. */
    slides: 'Slides',
    /** The group of talks without an event (`group-by="event"`). */
    noEvent: 'Other talks',
  },
  blogTeaser: {
    /** How many posts show, announced politely to screen readers. */
    count_one: '{{count, number}} post',
    count_other: '{{count, number}} posts',
    empty: 'No posts to show yet.',
    /** The accessible name of a post's list of categories. */
    categories: 'Categories',
    /** Some of several feeds failed; `sources` lists their sites ("nakryiko.com and lwn.net"). */
    feedsFailed_one: 'One feed could not be loaded: {{sources}}.',
    feedsFailed_other: '{{count, number}} feeds could not be loaded: {{sources}}.',
  },
};

export default en;
