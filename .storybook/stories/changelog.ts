// The Changelog page's text: the packages' CHANGELOG.md files (written by `changeset version` at
// each release) and, until the next release, the pending changesets in .changeset/. Read at build
// time by Vite, never copied.

const changelogFiles = import.meta.glob<string>('../../packages/*/CHANGELOG.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const changesetFiles = import.meta.glob<string>(['../../.changeset/*.md', '!../../.changeset/README.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each package's CHANGELOG.md, one per package. */
export const changelogs = Object.values(changelogFiles);

/** The pending changesets as one Markdown list (front matter dropped). */
export const unreleased = Object.values(changesetFiles)
  .map(
    (text) =>
      `- ${text
        .replace(/^---[\s\S]*?---\s*/, '')
        .trim()
        .replace(/\n/g, '\n  ')}`,
  )
  .join('\n');
