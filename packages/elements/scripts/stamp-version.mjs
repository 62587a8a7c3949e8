// Writes package.json's version into the tsc output (dist/base/version.js), so the version an
// element reports (`ApiaryElement.version`, the second-copy warning) is the one published, never a
// hand-kept copy. The sources keep the placeholder. Runs right after tsc.
import { readFile, writeFile } from 'node:fs/promises';

const PLACEHOLDER = "'0.0.0-source'";
const root = new URL('../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const file = new URL('dist/base/version.js', root);
const code = await readFile(file, 'utf8');
if (!code.includes(PLACEHOLDER)) throw new Error(`dist/base/version.js lacks the placeholder ${PLACEHOLDER}`);
await writeFile(file, code.replace(PLACEHOLDER, JSON.stringify(version)));
