// Size budgets: every JS entry in `exports`, the CDN bundle (the entry file a page loads first,
// then the whole folder with every lazy chunk), the CDN loader (the loader, then all its chunks) and
// the theme. Budgets live in size-budgets.json.
import { sizeChecks } from '../../scripts/size-checks.mjs';

export default sizeChecks(new URL('./', import.meta.url), {
  files: [
    { name: 'cdn/apiary.js', path: 'dist/cdn/apiary.js' },
    { name: 'cdn/*.js (all chunks)', path: 'dist/cdn/*.js' },
    { name: 'cdn/apiary.loader.js', path: 'dist/cdn/apiary.loader.js' },
    { name: 'cdn/loader/*.js (all chunks)', path: 'dist/cdn/loader/*.js' },
    { name: 'cdn/apiary.css', path: 'dist/cdn/apiary.css' },
  ],
});
