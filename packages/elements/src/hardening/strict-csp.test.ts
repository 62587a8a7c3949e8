// Strict CSP: pages under exactly the policy packages/elements/README.md documents (read from the
// README here, so the test checks what people copy), served with it as a response header by the
// test server (scripts/wtr-test-server.mjs) and opened in an iframe. A virtualized grid keeps its
// columns; two copies of Lit (the CDN bundle's and the page's own, or two Apiary copies) both
// work. Not one `securitypolicyviolation`, not one error.
import { expect, waitUntil } from '@open-wc/testing';

interface Seen {
  violations: string[];
  errors: string[];
}

/** The README's policy block, its one placeholder (a site's hashes of prerendered styles) left out. */
async function documentedPolicy(): Promise<string> {
  const readme = await (await fetch('/packages/elements/README.md')).text();
  const block = /The whole policy a page of Apiary elements runs under[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block, 'README policy block').to.be.a('string');
  return block!
    .replace(/ 'sha256-…'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SRC = '/packages/elements/src';
const CDN = '/packages/elements/dist/cdn/apiary.js';
const frames: HTMLIFrameElement[] = [];

/** Serves `body` under `policy` and opens it in a 1200 px wide iframe. */
async function open(name: string, scripts: string[], body: string, policy: string) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    ${[`${SRC}/hardening/csp/probe.ts`, ...scripts].map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
    </head><body>${body}</body></html>`;
  await fetch(`/__feeds__/csp-${name}`, { method: 'PUT', body: page });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 800px; border: 0';
  frame.src = `/__feeds__/csp-${name}?type=text/html&csp=${encodeURIComponent(policy)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __csp?: Seen };
  await waitUntil(() => win.__csp, 'the probe did not run');
  return { doc: frame.contentDocument!, seen: win.__csp! };
}

const projects = Array.from({ length: 300 }, (_, i) => ({
  name: `Project ${i}`,
  url: `https://example.org/${i}`,
  maturity: i % 2 ? 'major' : 'emerging',
  stars: 1000 - i,
}));

describe('under the documented strict CSP', function () {
  this.timeout(30000);
  let policy = '';
  before(async () => {
    policy = await documentedPolicy();
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('the policy enforces Trusted Types and strict styles (the test would notice a violation)', async () => {
    expect(policy).to.match(/require-trusted-types-for 'script'/);
    expect(policy).not.to.match(/unsafe-inline|unsafe-eval/);
    const { doc, seen } = await open('self-check', [], '<p>x</p>', policy);
    const blocked = (() => {
      try {
        doc.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    })();
    expect(blocked, 'innerHTML without a policy').to.be.true;
    doc.body.setAttribute('style', 'color: red');
    await waitUntil(() => seen.violations.length >= 2, 'the probe heard no violation');
  });

  it('a virtualized grid keeps its columns', async () => {
    const island = JSON.stringify({ projects }).replace(/</g, '\\u003c');
    const { doc, seen } = await open(
      'grid',
      [`${SRC}/project-grid.ts`],
      `<apiary-project-grid hide-controls group-by="none"><script type="application/json">${island}</script></apiary-project-grid>`,
      policy,
    );
    const grid = doc.querySelector('apiary-project-grid')!;
    await waitUntil(() => grid.shadowRoot?.querySelector('.virtual .row-cards'), 'no virtualized rows', {
      timeout: 10000,
    });
    const virtual = grid.shadowRoot!.querySelector<HTMLElement>('.virtual')!;
    const row = virtual.querySelector<HTMLElement>('.row-cards')!;
    await waitUntil(() => Number(getComputedStyle(virtual).getPropertyValue('--columns')) > 1, 'one column', {
      timeout: 3000,
    }).catch(() => undefined);
    expect(Number(getComputedStyle(virtual).getPropertyValue('--columns')), '--columns').to.be.greaterThan(1);
    expect(getComputedStyle(row).gridTemplateColumns.split(' ').length, 'tracks').to.be.greaterThan(1);
    expect(seen.violations).to.deep.equal([]);
    // The virtualizer's layout trips Chromium's benign ResizeObserver notice with or without a CSP.
    expect(seen.errors.filter((e) => !e.startsWith('ResizeObserver loop'))).to.deep.equal([]);
  });

  const copies: [string, string[]][] = [
    ['the CDN bundle, then the page’s own Lit', [CDN, `${SRC}/hardening/csp/own-lit.ts`]],
    ['the page’s own Lit, then the CDN bundle', [`${SRC}/hardening/csp/own-lit.ts`, CDN]],
    ['two copies of Apiary (the package’s modules and the CDN bundle)', [`${SRC}/index.ts`, CDN]],
  ];
  for (const [name, scripts] of copies)
    it(`two copies of Lit on one page: ${name}`, async () => {
      const ownLit = scripts.some((s) => s.includes('own-lit'));
      const { doc, seen } = await open(
        `copies-${copies.findIndex(([n]) => n === name)}`,
        scripts,
        `<apiary-feature-card heading="Networking">Fast</apiary-feature-card>${ownLit ? '<own-lit-probe></own-lit-probe>' : ''}`,
        policy,
      );
      const card = doc.querySelector('apiary-feature-card')!;
      const probe = doc.querySelector('own-lit-probe');
      const rendered = () =>
        !!card.shadowRoot?.querySelector('[part~="title"]') && (!probe || !!probe.shadowRoot?.querySelector('p'));
      await waitUntil(() => rendered() || seen.errors.length, 'nothing rendered', { timeout: 10000 });
      // Both module scripts ran to the end (a failed one reports an error, never late).
      await new Promise((r) => setTimeout(r, 200));
      expect(seen.errors).to.deep.equal([]);
      expect(seen.violations).to.deep.equal([]);
      expect(rendered(), 'both copies rendered').to.be.true;
    });
});
