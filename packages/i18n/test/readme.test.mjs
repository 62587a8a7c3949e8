// The README's snippets run as printed (see scripts/readme-snippets.mjs).
import { fileURLToPath } from 'node:url';
import { snippetTests } from '../../../scripts/readme-snippets.mjs';

snippetTests(new URL('../README.md', import.meta.url), { packageDir: fileURLToPath(new URL('../', import.meta.url)) });
