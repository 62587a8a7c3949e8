// Hostile environments: storage that throws when touched (SecurityError: blocked cookies, sandboxed
// frames) or when written (QuotaExceededError: a full quota), and browsers of the supported line
// that lack newer APIs (`checkVisibility` is missing in Safari 16.4–17.3). Nothing may throw,
// and what the person asked for still happens.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followedTag, setLocale } from '@apiary/i18n';
import '../banner.js';
import '../locale-switcher.js';
import type { ApiaryBanner } from '../banner/banner.js';
import type { ApiaryLocaleSwitcher } from '../locale-switcher/locale-switcher.js';
import { loadPreload } from './dom.js';

/** Replaces `name` on `target` until the returned function puts the original back. */
function replace(target: object, name: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => (own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name]);
}

const fail = (name: string) => () => {
  throw new DOMException(`storage: ${name}`, name);
};

/** The ways storage breaks, each installed by a function that returns its undo. */
const BROKEN_STORAGE: Record<string, () => () => void> = {
  'localStorage itself throws SecurityError': () => replace(window, 'localStorage', { get: fail('SecurityError') }),
  'every storage call throws SecurityError': () => {
    const undo = ['getItem', 'setItem', 'removeItem', 'key'].map((m) =>
      replace(Storage.prototype, m, { value: fail('SecurityError'), writable: true }),
    );
    undo.push(replace(Storage.prototype, 'length', { get: fail('SecurityError') }));
    return () => undo.forEach((u) => u());
  },
  'writes throw QuotaExceededError': () =>
    replace(Storage.prototype, 'setItem', { value: fail('QuotaExceededError'), writable: true }),
};

/** Collects uncaught errors and rejections while a test runs. */
function watchErrors() {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const close = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!;

describe('hostile environments', () => {
  let watch: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    localStorage.clear();
    document.adoptedStyleSheets = [];
    watch = watchErrors();
  });
  afterEach(async () => {
    watch.stop();
    localStorage.clear();
    await setLocale('en');
  });

  for (const [name, install] of Object.entries(BROKEN_STORAGE))
    describe(`storage: ${name}`, () => {
      let undo: () => void;
      beforeEach(() => (undo = install()));
      afterEach(() => undo());

      it('the banner shows, dismisses from the keyboard and hands focus on', async () => {
        const wrapper = await fixture(
          html`<div><apiary-banner dismissible dismiss-key="summit">News</apiary-banner><button>next</button></div>`,
        );
        const banner = wrapper.querySelector<ApiaryBanner>('apiary-banner')!;
        expect(banner.hidden).to.be.false;
        close(banner).focus();
        await sendKeys({ press: 'Enter' });
        expect(banner.hidden).to.be.true;
        expect(document.activeElement).to.equal(wrapper.querySelector('button'));
        expect(watch.errors).to.deep.equal([]);
      });

      it('the banner preload runs without an error and hides nothing', async () => {
        await loadPreload();
        const el = await fixture(html`<apiary-banner dismiss-key="summit">News</apiary-banner>`);
        expect(getComputedStyle(el).display).to.equal('block');
        expect(document.adoptedStyleSheets).to.have.length(0);
        expect(watch.errors).to.deep.equal([]);
      });

      it('the switcher restores nothing and still switches in live mode', async () => {
        const el = await fixture<ApiaryLocaleSwitcher>(
          html`<apiary-locale-switcher locales="en fr" detect></apiary-locale-switcher>`,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('.button')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[role="menuitemradio"][lang="fr"]'), 'menu did not open');
        el.shadowRoot!.querySelector<HTMLElement>('[role="menuitemradio"][lang="fr"]')!.click();
        await waitUntil(() => followedTag() === 'fr', 'did not switch to fr');
        expect(watch.errors).to.deep.equal([]);
      });
    });

  describe('without Element.prototype.checkVisibility', () => {
    let undo: () => void;
    beforeEach(() => (undo = replace(Element.prototype, 'checkVisibility', { value: undefined, writable: true })));
    afterEach(() => undo());

    it('dismissing the banner hands focus to the next visible control', async () => {
      const wrapper = await fixture(
        html`<div>
          <apiary-banner dismissible>News</apiary-banner>
          <button style="display: none">hidden</button>
          <button style="visibility: hidden">invisible</button>
          <button id="next">next</button>
        </div>`,
      );
      const banner = wrapper.querySelector<ApiaryBanner>('apiary-banner')!;
      close(banner).focus();
      await sendKeys({ press: 'Enter' });
      expect(banner.hidden).to.be.true;
      expect(document.activeElement).to.equal(wrapper.querySelector('#next'));
      expect(watch.errors).to.deep.equal([]);
    });
  });
});
