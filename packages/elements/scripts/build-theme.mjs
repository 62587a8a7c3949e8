// Writes dist/themes/apiary.css from the one token source (compiled to dist/tokens/tokens.js).
import { mkdir, writeFile } from 'node:fs/promises';
import { themeCss } from '../dist/tokens/tokens.js';

const out = new URL('../dist/themes/', import.meta.url);
await mkdir(out, { recursive: true });
await writeFile(new URL('apiary.css', out), themeCss());
