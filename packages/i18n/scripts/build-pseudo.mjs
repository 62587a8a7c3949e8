// Writes dist/translations/en-XA.js as data, generated from English with pseudo.js. The source
// module (src/translations/en-XA.ts) generates it when it loads, which made bundlers put the
// generator and English in a chunk every element loads eagerly; as data, the pseudo-locale's chunk
// stands alone and the generator stays out of pages that don't call it.
import { rm, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const { pseudoLocalize } = await import(new URL('pseudo.js', dist).href);
const { default: en } = await import(new URL('translations/en.js', dist).href);
const strings = JSON.stringify(pseudoLocalize(en), null, 2);
await writeFile(
  new URL('translations/en-XA.js', dist),
  `// Generated from en.js by scripts/build-pseudo.mjs: pseudoLocalize(en).\nexport default ${strings};\n`,
);
await rm(new URL('translations/en-XA.js.map', dist), { force: true });
