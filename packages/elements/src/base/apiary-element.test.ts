import { expect, fixture, html } from '@open-wc/testing';
import { ApiaryElement } from './apiary-element.js';
import { safeUrl } from './safe-url.js';

declare global {
  interface ApiaryEventMap {
    'apiary-test': { value: number };
  }
}

class TestEmitter extends ApiaryElement {
  static override tagName = 'test-emitter';
  fire(cancelable = false) {
    return this.emit('apiary-test', { value: 42 }, { cancelable });
  }
}
TestEmitter.define();

describe('ApiaryElement', () => {
  it('emits typed events that bubble and cross shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('test-emitter') as TestEmitter;
    root.append(el);
    let seen: CustomEvent<{ value: number }> | undefined;
    document.body.addEventListener('apiary-test', (e) => (seen = e), { once: true });
    expect(el.fire()).to.be.true;
    expect(seen!.detail.value).to.equal(42);
    expect(seen!.composed).to.be.true;
  });

  it('reports a cancelled cancelable event', async () => {
    const el = await fixture<TestEmitter>(html`<test-emitter></test-emitter>`);
    el.addEventListener('apiary-test', (e) => e.preventDefault(), { once: true });
    expect(el.fire(true)).to.be.false;
  });
});

describe('safeUrl', () => {
  it('keeps http, https, mailto and relative URLs', () => {
    for (const url of [
      'http://a.example',
      'HTTPS://a.example/x',
      'mailto:a@b.example',
      '/x',
      'x/y',
      '?q',
      '#h',
      '//cdn.example/x',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('  /padded  ')).to.equal('/padded');
  });

  it('drops every other scheme, however disguised, and non-strings', () => {
    const bad = [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      '\u0001javascript:x',
      'jav&#x09;ascript:x'.replace('&#x09;', '\t'),
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'blob:x',
    ];
    for (const url of bad) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    for (const value of [undefined, null, 3, {}, '', '   ']) expect(safeUrl(value)).to.equal(undefined);
  });
});
