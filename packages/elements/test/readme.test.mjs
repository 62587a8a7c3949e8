// The README's snippets run as printed (see scripts/readme-snippets.mjs): the pages with the CDN
// bundle, the element snippets with their data, the server-rendering recipe end to end.
import { fileURLToPath } from 'node:url';
import { snippetTests } from '../../../scripts/readme-snippets.mjs';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

snippetTests(new URL('../README.md', import.meta.url), {
  packageDir: file('../'),
  fixtures: {
    // The data the snippets name, from the elements' own fixtures.
    '/landscape.json': file('../src/project-grid/fixtures/ebpf-landscape.json'),
    '/talks.json': file('../src/talk-list/fixtures/ebpf-talks.json'),
    '/blog/index.xml': file('../src/blog-teaser/fixtures/pchaigno.rss.xml'),
    '/icons/networking.svg': file('../src/talk-list/fixtures/thumbnail-1.png'),
    'https://pchaigno.github.io/feed.xml': file('../src/blog-teaser/fixtures/pchaigno.rss.xml'),
    'https://nakryiko.com/atom.xml': file('../src/blog-teaser/fixtures/nakryiko.atom.xml'),
  },
});
