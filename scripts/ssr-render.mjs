// Renders one Apiary element with @lit-labs/ssr, for the SSR parity suite: reads
// `{ tag, lang, property, value }` as JSON on stdin, writes the HTML (declarative shadow DOM) to
// stdout. A child process of the test server's middleware (scripts/wtr-test-server.mjs), so the
// server-side DOM shim never touches the test runner's own globals.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { setLocale } from '@apiary/i18n';
import '@apiary/elements';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { tag, lang, property, value } = JSON.parse(input);
if (!/^apiary-[a-z-]+$/.test(tag) || (property && !/^[a-zA-Z]+$/.test(property))) throw new Error('bad request');
await setLocale(lang);
const t = unsafeStatic(tag);
const template = property
  ? html`<${t} lang=${lang} .${unsafeStatic(property)}=${value}></${t}>`
  : html`<${t} lang=${lang}></${t}>`;
process.stdout.write(await collectResult(render(template)));
