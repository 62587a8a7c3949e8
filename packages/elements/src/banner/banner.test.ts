import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadLocale } from '@apiary/i18n';
import '../banner.js';
import type { ApiaryBanner } from './banner.js';
import { DISMISSED_PREFIX } from './dismissed.js';
import { loadPreload } from '../hardening/dom.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;

describe('<apiary-banner>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DISMISSED_PREFIX)) localStorage.removeItem(key);
    document.adoptedStyleSheets = [];
  });

  it('shows the slotted message in a labelled region, with no link or button by default', async () => {
    const el = await fixture(html`<apiary-banner>eBPF Summit 2021 videos are available</apiary-banner>`);
    expect(el.textContent).to.equal('eBPF Summit 2021 videos are available');
    expect(part(el, 'base')!.getAttribute('role')).to.equal('region');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Announcement');
    expect(part(el, 'link')).to.equal(null);
    expect(part(el, 'close')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('makes the message one link with href, and refuses unsafe URLs', async () => {
    const el = await fixture(html`<apiary-banner href="/summit-2021/">Watch now</apiary-banner>`);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/summit-2021/');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const bad = await fixture(html`<apiary-banner href="javascript:alert(1)">x</apiary-banner>`);
      expect(part(bad, 'link')).to.equal(null);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('dismisses with the button (click, Enter), fires apiary-dismiss and remembers the key', async () => {
    const el = await fixture<ApiaryBanner>(html`<apiary-banner dismissible dismiss-key="summit">News</apiary-banner>`);
    const close = part(el, 'close') as HTMLButtonElement;
    expect(close.getAttribute('aria-label')).to.equal('Dismiss announcement');
    let detail: unknown;
    el.addEventListener('apiary-dismiss', (e) => (detail = e.detail));
    close.click();
    expect(detail).to.deep.equal({ key: 'summit' });
    expect(el.hidden).to.be.true;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(localStorage.getItem(`${DISMISSED_PREFIX}summit`)).to.be.a('string');
    const again = await fixture<ApiaryBanner>(
      html`<apiary-banner dismissible dismiss-key="summit">News</apiary-banner>`,
    );
    expect(again.hidden).to.be.true;
    const other = await fixture<ApiaryBanner>(
      html`<apiary-banner dismissible dismiss-key="other">News</apiary-banner>`,
    );
    expect(other.hidden).to.be.false;
    (part(other, 'close') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(other.hidden).to.be.true;
  });

  it('keeps the banner when a listener cancels apiary-dismiss', async () => {
    const el = await fixture<ApiaryBanner>(html`<apiary-banner dismissible dismiss-key="keep">News</apiary-banner>`);
    el.addEventListener('apiary-dismiss', (e) => e.preventDefault());
    el.dismiss();
    expect(el.hidden).to.be.false;
    expect(localStorage.getItem(`${DISMISSED_PREFIX}keep`)).to.equal(null);
  });

  it('does not remember without a dismiss-key', async () => {
    const el = await fixture<ApiaryBanner>(html`<apiary-banner dismissible>News</apiary-banner>`);
    el.dismiss();
    expect(el.hidden).to.be.true;
    expect(Object.keys(localStorage).filter((k) => k.startsWith(DISMISSED_PREFIX))).to.deep.equal([]);
  });

  it('the preload script hides remembered banners before they upgrade', async () => {
    localStorage.setItem(`${DISMISSED_PREFIX}pre"load`, '1');
    await loadPreload();
    const wrapper = await fixture(
      html`<div>
        <apiary-banner dismiss-key='pre"load'>Old news</apiary-banner
        ><apiary-banner dismiss-key="new">New</apiary-banner>
      </div>`,
    );
    const [old, fresh] = [...wrapper.children] as HTMLElement[];
    expect(getComputedStyle(old!).display).to.equal('none');
    expect(getComputedStyle(fresh!).display).to.equal('block');
  });

  it('is localized and accessible in Chinese and in RTL', async () => {
    await loadLocale('zh-Hans');
    const el = await fixture(
      html`<apiary-banner lang="zh-CN" dismissible href="/zh-hans/">eBPF 峰会视频已上线</apiary-banner>`,
    );
    await waitUntil(() => part(el, 'close')!.getAttribute('aria-label') === '关闭公告');
    await expect(el).to.be.accessible();
    const rtl = await fixture(html`<div dir="rtl" lang="ar"><apiary-banner dismissible>إعلان</apiary-banner></div>`);
    await expect(rtl).to.be.accessible();
  });
});
