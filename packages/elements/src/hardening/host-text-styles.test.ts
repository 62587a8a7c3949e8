// A host's inherited text styles don't break elements (issue #18, item 4). Shadow DOM stops
// selectors, not inheritance: a page whose body centres, upper-cases and `nowrap`s its text would
// pass all of it into every element. Each element's host sets the text properties its design
// depends on, so beside a plain page the elements' text computes the same, and no two grid cards'
// boxes intersect. What an embed takes from its page (font family, text colour, font size) still
// follows it.
import { expect } from '@open-wc/testing';
import '../index.js';
import type { Project } from '../schemas/project.js';
import type { Talk } from '../schemas/talk.js';
import type { Post } from '../schemas/post.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

const HOSTILE =
  'text-align: center; white-space: nowrap; text-transform: uppercase; letter-spacing: 3px; word-spacing: 8px; line-height: 2.6; font-style: italic; text-indent: 2em';
/** The inherited text properties each element sets for itself (and what the hostile page sets). */
const OWN = [
  'text-align',
  'white-space-collapse',
  'text-wrap-mode',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'font-style',
  'text-indent',
] as const;
/** What the elements take from their page. */
const FOLLOWED = ['font-family', 'font-size', 'color'] as const;

const fixture = (path: string) => new URL(`../${path}`, import.meta.url).href;
const json = async (path: string) => (await fetch(fixture(path))).json();

/** Every element, with data, in a frame-less "page" (a div standing in for its body) styled `style`. */
async function page(style: string, data: { projects: Project[]; talks: Talk[]; posts: Post[] }): Promise<HTMLElement> {
  const body = document.createElement('div');
  body.setAttribute('style', `inline-size: 900px; ${style}`);
  body.innerHTML = `
    <apiary-banner>The summit is on. <strong>Register</strong></apiary-banner>
    <apiary-locale-switcher scope="elements" no-persist></apiary-locale-switcher>
    <apiary-feature-card heading="Networking and security" href="#networking"
      >Programmable, fast packet processing in the kernel, from load balancers to firewalls.</apiary-feature-card
    >
    <apiary-project-grid></apiary-project-grid>
    <apiary-talk-list limit="3"></apiary-talk-list>
    <apiary-blog-teaser limit="3"></apiary-blog-teaser>`;
  const $ = (tag: string) => body.querySelector(tag) as Lit;
  $('apiary-project-grid').projects = data.projects;
  $('apiary-talk-list').talks = data.talks;
  $('apiary-blog-teaser').posts = data.posts;
  document.body.append(body);
  for (const el of body.children) await (el as Lit).updateComplete;
  return body;
}

/** Every element with text in an element's shadow tree (and the slotted light DOM), by a stable key. */
function textElements(host: Element): Map<string, Element> {
  const found = new Map<string, Element>();
  const walk = (root: ShadowRoot | Element, path: string) => {
    [...root.querySelectorAll('*')].forEach((el, i) => {
      if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        found.set(`${path} ${el.localName}#${i}`, el);
    });
  };
  walk(host.shadowRoot!, host.localName);
  walk(host, `${host.localName} (light DOM)`);
  return found;
}

describe("a host page's inherited text styles", function () {
  this.timeout(60000);
  let plain: HTMLElement;
  let hostile: HTMLElement;
  const { warn } = console;

  before(async () => {
    console.warn = () => {};
    const [{ projects }, { talks }, { posts }] = await Promise.all([
      json('project-grid/fixtures/ebpf-landscape.json'),
      json('talk-list/fixtures/ebpf-talks.json'),
      json('blog-teaser/fixtures/ebpf-updates.json'),
    ]);
    const data = { projects: (projects as Project[]).slice(0, 12), talks, posts };
    plain = await page('', data);
    hostile = await page(HOSTILE, data);
  });
  after(() => {
    plain.remove();
    hostile.remove();
    console.warn = warn;
  });

  it('the hostile page really sets what it says (on its own text)', () => {
    const style = getComputedStyle(hostile);
    expect(style.textAlign).to.equal('center');
    expect(style.textTransform).to.equal('uppercase');
    expect(style.whiteSpace).to.equal('nowrap');
    expect(style.fontStyle).to.equal('italic');
  });

  it("every element's text computes as on the plain page", () => {
    const differences: string[] = [];
    for (const [i, host] of [...hostile.children].entries()) {
      const twin = plain.children[i]!;
      const mine = textElements(host);
      const theirs = textElements(twin);
      expect([...mine.keys()], host.localName).to.deep.equal([...theirs.keys()]);
      for (const [key, el] of [['(host)', host] as const, ...mine]) {
        const a = getComputedStyle(el);
        const b = getComputedStyle(key === '(host)' ? twin : theirs.get(key)!);
        for (const property of OWN)
          if (a.getPropertyValue(property) !== b.getPropertyValue(property))
            differences.push(
              `${host.localName} ${key}: ${property} ${a.getPropertyValue(property)} ≠ ${b.getPropertyValue(property)}`,
            );
      }
    }
    expect(differences).to.deep.equal([]);
  });

  it('the design holds: the feature card is start-aligned and not upper-cased, grid taglines wrap', () => {
    const card = hostile.querySelector('apiary-feature-card')!.shadowRoot!;
    const title = getComputedStyle(card.querySelector('.title')!);
    expect(title.textAlign).to.equal('start');
    expect(title.textTransform).to.equal('none');
    expect(title.fontStyle).to.equal('normal');
    const grid = hostile.querySelector('apiary-project-grid')!.shadowRoot!;
    expect(getComputedStyle(grid.querySelector('[part~="card"]')!).whiteSpace).to.equal('normal');
  });

  it('no two grid cards intersect, and no card text spills out of its card', () => {
    const grid = hostile.querySelector('apiary-project-grid')!.shadowRoot!;
    const cards = [...grid.querySelectorAll('[part~="card"]')];
    expect(cards.length).to.be.greaterThan(3);
    const boxes = cards.map((card) => card.getBoundingClientRect());
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `cards ${i} and ${boxes.indexOf(b)} intersect`).to.equal(true);
      }
    for (const card of cards) expect(card.scrollWidth, 'card text overflows').to.be.at.most(card.clientWidth);
  });

  it('font family, font size and text colour still follow the page', () => {
    const page = document.createElement('div');
    page.setAttribute('style', 'font-size: 20px; --apiary-font-body: Georgia, serif; --apiary-color-text: #123456');
    page.innerHTML = '<apiary-feature-card heading="Follows"></apiary-feature-card>';
    document.body.append(page);
    const style = getComputedStyle(page.firstElementChild!);
    try {
      for (const property of FOLLOWED) expect(style.getPropertyValue(property), property).to.not.equal('');
      expect(style.fontFamily).to.equal('Georgia, serif');
      expect(style.fontSize).to.equal('20px');
      expect(style.color).to.equal('rgb(18, 52, 86)');
    } finally {
      page.remove();
    }
  });
});
