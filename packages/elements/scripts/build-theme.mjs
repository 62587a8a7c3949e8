// Writes dist/themes/apiary.css: the theme from the one token source (compiled to dist/tokens/tokens.js),
// then the opt-in cloak for the elements custom-elements.json lists (so it runs after the analyzer).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { themeCss } from '../dist/tokens/tokens.js';
import { cloakCss } from './cloak.mjs';

const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
const out = new URL('../dist/themes/', import.meta.url);
await mkdir(out, { recursive: true });
await writeFile(new URL('apiary.css', out), themeCss() + cloakCss(tags));
