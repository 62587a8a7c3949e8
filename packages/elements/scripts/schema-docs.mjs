// What the published JSON Schemas (dist/schemas/<name>.schema.json) say about each field. The
// data shape itself has one definition, the valibot schemas in src/schemas/; these words are kept
// here, beside the build that reads them, so the elements never ship them. build-schemas.mjs fails
// when a field has no description or a description names no field.
export default {
  talk: {
    title: 'Apiary talk',
    description: 'One talk of an <apiary-talk-list> feed. A feed is an array of these or { "talks": [...] }.',
    properties: {
      title: 'The talk title. Plain text.',
      date: 'When it was given, ISO 8601: 2021-08-19 (a day), 2019-10 (a month), 2021 (a year) or a date and time.',
      speaker: 'Who gave it, e.g. “Liz Rice, Isovalent”. Plain text.',
      event: 'Where it was given, e.g. “eBPF Summit 2021”. Plain text.',
      url: 'A page about the talk: http, https, mailto or relative.',
      videoId: 'The YouTube video id (the `v=` of a watch URL), e.g. `L3_AOFSNKK8`.',
      slides: 'The slides: http, https or relative.',
      thumbnail: 'A preview image for the video (16:9), shown before it plays: http, https or relative.',
    },
  },
  post: {
    title: 'Apiary post',
    description: 'One post of an <apiary-blog-teaser> feed. A JSON feed is an array of these or { "posts": [...] }.',
    properties: {
      title: 'The post title. Plain text.',
      url: 'Where the post is: http, https or relative.',
      date: 'When it was published, ISO 8601: 2021-05-04 or 2021-05-04T09:00:00Z.',
      summary:
        'A short summary, clamped to a few lines. Plain text: never rendered as HTML (feeds’ HTML is reduced to its text).',
      categories: 'Categories or tags. Plain text.',
      author: 'Who wrote it. Plain text.',
      source: 'The site it comes from, e.g. “nakryiko.com” (a feed’s title fills it in).',
    },
  },
  project: {
    title: 'Apiary project',
    description: 'One project of an <apiary-project-grid> feed. A feed is an array of these or { "projects": [...] }.',
    properties: {
      name: 'The project name.',
      url: 'The project’s main link (repository or website): http, https, mailto or relative.',
      tagline: 'A one-line summary. Plain text.',
      description: 'A longer description, clamped on the card. Plain text, never HTML.',
      logo: 'A logo image URL; a monogram shows when it is missing or fails to load.',
      stars: 'GitHub stars (or a similar count), an integer ≥ 0.',
      maturity: '`major` or `emerging`; projects without it form an “Other” group.',
      areas:
        'Areas such as networking, security, observability, tracing, tooling, library, runtime, infrastructure (these have localized labels); any other string shows as written.',
      links: {
        description: 'Extra links shown on the card (website, docs, …).',
        items: { label: 'The link text.', url: 'http, https, mailto or relative.' },
      },
    },
  },
};
