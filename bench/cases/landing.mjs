// Cases 4–5 on the site's prerendered landing page (apps/site/dist/index.html): a live locale
// switch, and hydration.
import { interleave } from '../lib/sampling.mjs';
import { summarize, withRatios } from '../lib/stats.mjs';

/** Every Apiary element on the page, shadow roots included. */
const FIND_ELEMENTS = () => {
  window.__apiaryElements = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('apiary-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
};

/** Records when each Apiary element finished its first update (hydration), before any page script runs. */
const RECORD_HYDRATION = () => {
  window.__hydrated = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name.startsWith('apiary-')) {
      const proto = constructor.prototype;
      const own = proto.firstUpdated;
      proto.firstUpdated = function (...args) {
        window.__hydrated.push(performance.now());
        return own?.apply(this, args);
      };
    }
    return define(name, constructor, options);
  };
};

/**
 * Waits until the page's Apiary elements have hydrated. The landing page hydrates what is below
 * the fold only when it comes near the viewport, so `scroll` brings each waiting element into view
 * (then returns to the top); without it, only the first screen and a half are waited for.
 */
async function hydrated(page, { scroll = true } = {}) {
  await page.waitForFunction(
    (scroll) => {
      const elements = window.__apiaryElements();
      const waiting = elements.filter((el) => !el.hasUpdated || el.isUpdatePending);
      if (scroll) waiting.find((el) => !customElements.get(el.localName))?.scrollIntoView({ block: 'center' });
      const due = scroll ? waiting : waiting.filter((el) => el.getBoundingClientRect().top < innerHeight * 1.5);
      return elements.length > 0 && due.length === 0;
    },
    scroll,
    { timeout: 30000, polling: 'raf' },
  );
  if (scroll) await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The page half of the locale switch: `window.__choose(tag)` opens the page's switcher (untimed),
 * then picks the locale's item as a person would, and times from that click until every Apiary
 * element has re-rendered and style and layout are done (`work`), and on to the next painted frame.
 */
const CHOOSE = () => {
  const frame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
  window.__choose = async (tag) => {
    const switcher = document.querySelector('apiary-locale-switcher');
    const item = () => switcher.shadowRoot.querySelector(`.item[lang="${tag}"]`);
    switcher.shadowRoot.querySelector('.button').click();
    for (let i = 0; i < 100 && !item(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const elements = window.__apiaryElements();
    await frame();
    const start = performance.now();
    item().click();
    // setLocale sets <html lang> just before i18next switches, which re-renders every element.
    for (let i = 0; i < 1000 && document.documentElement.lang !== tag; i++) await Promise.resolve();
    for (let i = 0; i < 20 && elements.some((el) => el.isUpdatePending); i++) {
      await Promise.all(elements.map((el) => el.updateComplete));
    }
    void document.documentElement.offsetHeight; // forces style and layout
    const work = performance.now() - start;
    await frame();
    const inLocale = elements.filter((el) => el.localize?.locale === tag).length;
    return { work, frame: performance.now() - start, inLocale };
  };
};

export async function localeSwitch(ctx) {
  const page = await ctx.context.newPage();
  await page.addInitScript(FIND_ELEMENTS);
  await page.addInitScript(CHOOSE);
  await page.goto(`${ctx.origin}/`);
  await hydrated(page);
  // Live mode on the page's own switcher, and both locales (and the menu's lazily loaded
  // positioning) loaded once, untimed: the samples measure re-rendering, not fetching.
  const count = await page.evaluate(async () => {
    const switcher = document.querySelector('apiary-locale-switcher');
    switcher.mode = 'live';
    switcher.noPersist = true;
    await switcher.updateComplete;
    await window.__choose('fr');
    await window.__choose('en');
    return window.__apiaryElements().length;
  });
  const variant = { name: 'Apiary landing page, live switch (en ↔ fr)' };
  let round = 0;
  const results = await interleave([variant], { ...ctx, label: 'locale switch' }, () =>
    page.evaluate((tag) => window.__choose(tag), round++ % 2 ? 'en' : 'fr'),
  );
  await page.close();
  const values = results.get(variant);
  const note = `${count} Apiary elements; ${Math.min(...values.map((v) => v.inLocale))}+ in the new locale after each switch`;
  return [
    {
      id: 'locale-switch',
      title:
        'Locale switch of the landing page in live mode (a locale chosen in the switcher → every element re-rendered, style and layout done)',
      unit: 'ms',
      rows: [
        summarize(
          variant.name,
          values.map((v) => v.work),
          { note },
        ),
      ],
    },
    {
      id: 'locale-switch-frame',
      title:
        'Locale switch of the landing page in live mode (a locale chosen in the switcher → next animation frame painted)',
      unit: 'ms',
      rows: [
        summarize(
          variant.name,
          values.map((v) => v.frame),
          { note },
        ),
      ],
    },
  ];
}

export async function hydration(ctx) {
  const withJs = { name: 'Apiary landing page: first screen hydrated', path: '/' };
  const noJs = { name: 'Script-free copy: load event', path: '/no-js/', baseline: true };
  const results = await interleave([withJs, noJs], { ...ctx, label: 'hydration' }, async (variant) => {
    const page = await ctx.context.newPage();
    await page.addInitScript(FIND_ELEMENTS);
    await page.addInitScript(RECORD_HYDRATION);
    await page.goto(`${ctx.origin}${variant.path}`, { waitUntil: 'load' });
    if (variant.baseline) {
      const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
      await page.close();
      return { hydrated: load };
    }
    await hydrated(page, { scroll: false });
    const value = await page.evaluate(() => ({
      hydrated: Math.max(...window.__hydrated),
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      elements: window.__hydrated.length,
    }));
    await page.close();
    return value;
  });
  const hydratedValues = results.get(withJs);
  const rows = [
    summarize(
      withJs.name,
      hydratedValues.map((v) => v.hydrated),
      {
        note: `${hydratedValues[0].elements} elements hydrated at start; those further down hydrate when scrolled near`,
      },
    ),
    summarize(
      'Apiary landing page: load event',
      hydratedValues.map((v) => v.load),
    ),
    summarize(
      noJs.name,
      results.get(noJs).map((v) => v.hydrated),
      { baseline: true },
    ),
  ];
  return {
    id: 'hydration',
    title:
      'Hydration of the prerendered landing page (navigation start → last first-screen Apiary element’s first update; repeat view, local server)',
    unit: 'ms',
    rows: withRatios(rows),
  };
}
