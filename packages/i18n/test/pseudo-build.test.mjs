// The built pseudo-locale is data (scripts/build-pseudo.mjs): the same strings the generator makes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import test from 'node:test';
import { pseudoLocalize } from '../dist/index.js';
import en from '../dist/translations/en.js';
import enXA from '../dist/translations/en-XA.js';

test('dist/translations/en-XA.js is pseudoLocalize(en), as data that imports nothing', async () => {
  assert.deepEqual(enXA, pseudoLocalize(en));
  const source = await readFile(new URL('../dist/translations/en-XA.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /\bimport\b/);
});
