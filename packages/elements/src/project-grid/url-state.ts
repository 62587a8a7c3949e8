// `url-state`: the grid's search, filters, sort and layout mirrored into the page URL, restored
// from it on load and on Back/Forward. A controller, so listening to history follows the element's
// connection without the element's lifecycle knowing about it. Nothing here touches `window` or
// `location` before the element connects: the server renders the grid without a URL.
import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import { readState, sameState, STATE_KEYS, writeState, type GridState } from './state.js';

/** Typing in the search box writes the URL at most this often (browsers throttle history updates). */
const URL_WRITE_DELAY = 250;

/** What the controller reads from its element: the `url-state` switch and the parameters' prefix. */
export type UrlStateHost = ReactiveElement & { urlState: boolean; urlStatePrefix: string };

/**
 * Keeps an element's {@link GridState} and the page URL in step while its `urlState` is on and it
 * is connected. The element hands over how to read its state and how to apply one; `apply` gets
 * `announce` true when the change should be reported as the person's (Back/Forward, or the URL's
 * state applied right after hydration), false for the state a fresh page starts in.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #read: () => GridState;
  readonly #apply: (state: GridState, announce: boolean) => void;
  /** The state the page configured, before the URL had its say: what the URL leaves out. */
  #defaults: GridState | undefined;
  #listening = false;
  #restoreAfterHydration = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: UrlStateHost, read: () => GridState, apply: (state: GridState, announce: boolean) => void) {
    this.#host = host;
    this.#read = read;
    this.#apply = apply;
    host.addController(this);
  }

  /** Starts listening to history (and restores the URL's state) when `url-state` is on. */
  hostConnected(): void {
    this.#sync();
  }

  /** Stops listening, and drops a pending write: a grid taken out of the page leaves the URL alone. */
  hostDisconnected(): void {
    this.#stop();
  }

  /**
   * Before every render, so state restored from the URL renders in this same update (and a
   * switched `url-state` starts or stops listening). Lit's server renderer skips this hook.
   */
  hostUpdate(): void {
    this.#sync();
  }

  /** After the first render: server-rendered content hydrated with its own state; now the URL's applies. */
  hostUpdated(): void {
    if (!this.#restoreAfterHydration) return;
    this.#restoreAfterHydration = false;
    this.#restore(true);
  }

  /**
   * Writes an update's state into the URL: at once after a click, after a pause while the person
   * types (an update that changed the query and nothing else).
   */
  write(changed: PropertyValues): void {
    if (!this.#listening || !STATE_KEYS.some((key) => changed.has(key))) return;
    if (changed.size === 1 && changed.has('query')) {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#write(), URL_WRITE_DELAY);
    } else this.#write();
  }

  #sync() {
    const host = this.#host;
    if (!host.urlState || !host.isConnected) {
      this.#stop();
      return;
    }
    if (this.#listening) return;
    this.#defaults ??= this.#read();
    window.addEventListener('popstate', this.#onPopState);
    this.#listening = true;
    // Server-rendered content must hydrate with the state it was rendered with (the server has no
    // URL); the URL's state applies right after, as an ordinary update.
    if (!host.hasUpdated && host.shadowRoot?.firstChild) this.#restoreAfterHydration = true;
    else this.#restore(false);
  }

  #stop() {
    if (this.#listening) window.removeEventListener('popstate', this.#onPopState);
    this.#listening = false;
    this.#cancel();
  }

  #cancel() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #onPopState = () => {
    this.#cancel();
    this.#restore(true);
  };

  /** Applies the URL's state when it differs from the element's. */
  #restore(announce: boolean) {
    const current = this.#read();
    const next = readState(
      new URLSearchParams(location.search),
      this.#host.urlStatePrefix ?? '',
      this.#defaults ?? current,
    );
    if (!sameState(current, next)) this.#apply(next, announce);
  }

  #write() {
    this.#cancel();
    if (!this.#listening || !this.#defaults) return;
    const url = new URL(location.href);
    writeState(url.searchParams, this.#host.urlStatePrefix ?? '', this.#read(), this.#defaults);
    // replaceState, not pushState: filtering is not navigation, and Back should leave the page.
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}
