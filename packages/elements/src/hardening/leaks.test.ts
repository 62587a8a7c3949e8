// Leaks: every element (from custom-elements.json) connected and disconnected 10,000 times. What
// a connection takes — subscriptions to translation changes, window/document listeners, timers, animation frames —
// must all be given back: the counts after the cycles equal the counts after a warm-up, and the
// heap stays bounded. The instrumentation wraps the globals for this suite only.
import { expect } from '@open-wc/testing';
import { onTranslationsChange, translationListeners } from '@apiary/i18n';
import '../index.js';
import { elements, sample, type ElementInfo } from './elements.js';

const CYCLES = 10_000;

/* ---------------------------------------------------------------- instrumentation */

interface Listener {
  target: EventTarget;
  type: string;
  listener: unknown;
  capture: boolean;
}
const listeners: Listener[] = [];
const timers = new Set<unknown>();
const frames = new Set<number>();

const proto = EventTarget.prototype;
type Schedule = (fn: TimerHandler, ms?: number, ...args: unknown[]) => number;
const real = {
  add: proto.addEventListener,
  remove: proto.removeEventListener,
  setTimeout: window.setTimeout as Schedule,
  clearTimeout: window.clearTimeout,
  setInterval: window.setInterval as Schedule,
  clearInterval: window.clearInterval,
  requestAnimationFrame: window.requestAnimationFrame,
  cancelAnimationFrame: window.cancelAnimationFrame,
};
const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);
const watched = (target: EventTarget) => target === window || target === document;
const same = (a: Listener, b: Listener) =>
  a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;

function instrument() {
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    const entry = { target: this, type, listener, capture: capture(options) };
    if (watched(this) && listener && !listeners.some((l) => same(l, entry))) {
      listeners.push(entry);
      // A `once` listener or an aborted signal removes itself without removeEventListener.
      const signal = typeof options === 'object' ? options.signal : undefined;
      signal?.addEventListener('abort', () => forget(entry));
    }
    return real.add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (watched(this)) forget({ target: this, type, listener, capture: capture(options) });
    return real.remove.call(this, type, listener, options);
  };
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = real.setTimeout.call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof fn === 'function') (fn as (...b: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    timers.delete(id);
    real.clearTimeout.call(window, id);
  };
  w.setInterval = (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = real.setInterval.call(window, fn, ms, ...args);
    timers.add(`interval ${id}`);
    return id;
  };
  w.clearInterval = (id?: number) => {
    timers.delete(`interval ${id}`);
    real.clearInterval.call(window, id);
  };
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = real.requestAnimationFrame.call(window, (t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    real.cancelAnimationFrame.call(window, id);
  };
}
function forget(entry: Listener) {
  const i = listeners.findIndex((l) => same(l, entry));
  if (i >= 0) listeners.splice(i, 1);
}
function restore() {
  proto.addEventListener = real.add;
  proto.removeEventListener = real.remove;
  const { add: _add, remove: _remove, ...timing } = real;
  Object.assign(window, timing);
}

const snapshot = () => ({
  'translation listeners': translationListeners(),
  'window/document listeners': listeners.map((l) => `${l.target === window ? 'window' : 'document'} ${l.type}`).sort(),
  timers: timers.size,
  'animation frames': frames.size,
});

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const idle = () => new Promise((resolve) => real.setTimeout.call(window, resolve, 50));

/* ---------------------------------------------------------------- the suite */

describe('leaks', function () {
  this.timeout(60000);
  let all: ElementInfo[] = [];
  before(async () => {
    all = await elements();
    instrument();
  });
  after(restore);

  it('finds every element, and the instrumentation sees what is left behind', async () => {
    expect(all.length).to.be.at.least(6);
    const before = snapshot();
    const onResize = () => {};
    window.addEventListener('resize', onResize);
    const timer = setTimeout(() => {}, 60_000);
    const unsubscribe = onTranslationsChange(() => {});
    expect(snapshot()).not.to.deep.equal(before);
    window.removeEventListener('resize', onResize);
    clearTimeout(timer);
    unsubscribe();
    expect(snapshot()).to.deep.equal(before);
  });

  it(`${CYCLES} connect/disconnect cycles of every element give back everything they take`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const { tag, data } of all) {
        const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        // Feed elements get data, so what they render (and might listen to) is there.
        if (data) el[data.property] = [sample(data.schema)];
        const updated = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

        // Warm up: the first connections may set up shared, one-time things (a media query, the locale).
        for (let i = 0; i < 20; i++) {
          host.append(el);
          await updated();
          el.remove();
        }
        await idle();
        const before = snapshot();
        const heapBefore = heap();

        for (let i = 0; i < CYCLES; i++) {
          host.append(el);
          // Let updates (and the timers they start) run now and then, as a page would.
          if (i % 500 === 0) await updated();
          el.remove();
        }
        // A fresh element now and then too: per-instance state must go as well.
        for (let i = 0; i < 200; i++) {
          const fresh = document.createElement(tag) as HTMLElement & Record<string, unknown>;
          // Every tenth feed element loads a slow `src` instead, and leaves with the request in flight.
          if (data && i % 10 === 0) fresh.src = new URL(`/__feeds__/leak-${i}?delay=5000`, location.href).href;
          else if (data) fresh[data.property] = [sample(data.schema)];
          host.append(fresh);
          await (fresh as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          fresh.remove();
        }
        await idle();

        expect(snapshot(), tag).to.deep.equal(before);
        // Without a forced GC the heap figure is coarse: bounded, not exact.
        if (heapBefore) expect(heap() - heapBefore, `${tag}: heap growth`).to.be.below(32 * 1024 * 1024);
      }
    } finally {
      host.remove();
    }
  });
});
