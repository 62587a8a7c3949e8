// Accessibility across locales and themes: every element (from custom-elements.json, feed elements
// with sample data from their schema) in {en, zh-Hans, ar} × {light, dark} — dark through the
// published theme stylesheet, as a host applies it — with zero axe violations.
import { expect } from '@open-wc/testing';
import { loadLocale } from '@apiary/i18n';
import '../index.js';
import { elements, sample, type ElementInfo } from './elements.js';

const theme = new URL('../../dist/themes/apiary.css', import.meta.url).href;

describe('accessibility matrix', function () {
  this.timeout(60000);
  let all: ElementInfo[] = [];
  let link: HTMLLinkElement;
  const { warn } = console;

  before(async () => {
    all = await elements();
    await Promise.all(['zh-Hans', 'ar'].map((lang) => loadLocale(lang)));
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: theme });
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
    // A host on the theme paints its page with the canvas token, as the demo site does.
    document.body.style.background = 'var(--apiary-color-canvas)';
    console.warn = () => {}; // elements without the optional attributes say so; not what this checks
  });
  after(() => {
    link.remove();
    document.body.style.background = '';
    delete document.documentElement.dataset.theme;
    console.warn = warn;
  });

  for (const lang of ['en', 'zh-Hans', 'ar'])
    for (const scheme of ['light', 'dark'])
      it(`every element has no axe violations in ${lang}, ${scheme}`, async () => {
        document.documentElement.dataset.theme = scheme;
        for (const { tag, data, slots } of all) {
          const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
          el.lang = lang;
          // Every slot gets text (from the manifest's slots), as an author would fill them; `icon` stays decorative.
          for (const name of slots) {
            const span = Object.assign(document.createElement('span'), { textContent: `Slotted ${name || 'text'}` });
            if (name) span.slot = name;
            if (name === 'icon') span.setAttribute('aria-hidden', 'true');
            el.append(span);
          }
          if (data) el[data.property] = [sample(data.schema)];
          document.body.append(el);
          try {
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            expect(getComputedStyle(document.body).colorScheme).to.contain(scheme);
            await expect(el, `${tag} ${lang} ${scheme}`).to.be.accessible();
          } finally {
            el.remove();
          }
        }
      });
});
