// `npm start`: serves this page on http://127.0.0.1:4177/ and the package's CDN folder at /cdn/,
// as a CDN would. Nothing is built: the page is plain HTML.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const cdnDir = join(dirname(createRequire(import.meta.url).resolve('@apiary/elements/package.json')), 'dist/cdn');
const page = sirv(fileURLToPath(new URL('.', import.meta.url)), { dev: true });
const cdn = sirv(cdnDir, { dev: true });
const port = Number(process.env.PORT ?? 4177);

createServer((req, res) => {
  if (req.url.startsWith('/cdn/')) {
    req.url = req.url.slice('/cdn'.length);
    return cdn(req, res, () => ((res.statusCode = 404), res.end()));
  }
  page(req, res, () => ((res.statusCode = 404), res.end()));
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
