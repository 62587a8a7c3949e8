import type { ReactiveController, ReactiveElement } from 'lit';
import { fold } from '../base/fold.js';
import { lazy } from '../base/lazy.js';

const TYPEAHEAD_MS = 500;

// Positioning (Floating UI) only places the open menu, so it loads apart from the element: as soon
// as someone reaches for the button (pointer over it, focus) and at the latest when the menu opens.
const loadPositioning = lazy(() => import('./position.js'));

/** For the button's hover and focus: starts loading the menu's positioning. A failed load shows when the menu opens. */
export const preloadPositioning = () => void loadPositioning().catch(() => {});

/**
 * The behaviour of a menu button, as a reactive controller: opening and closing, roving focus (only
 * the active item is in the tab order), typeahead, closing when a press or focus goes elsewhere, and
 * placing the open menu in the top layer. It works on what the host renders: a `.button`, a `.menu`
 * (a `popover`) and, while open, its `.item`s, with `open` and `active` read from the controller and
 * the controller itself bound as the listener (see `handleEvent`). It re-renders the host when
 * either changes. It reaches for the DOM only in handlers and after an update, so the host still
 * renders on a server.
 */
export class MenuController implements ReactiveController {
  /** Whether the menu is open. The host renders the items only then. */
  open = false;
  /** Index of the item that has (or gets) focus in the menu. */
  active = 0;

  readonly #host: ReactiveElement;
  readonly #start: () => { choices: readonly unknown[]; current: number };
  /** Whether the menu is shown and placed, as of the last update. */
  #shown = false;
  #stopPositioning?: (() => void) | undefined;
  #typed = '';
  #typedAt = 0;

  /**
   * `start` runs as the menu opens: the items it is about to show and the index of the current one
   * (-1 for none), where focus starts.
   */
  constructor(host: ReactiveElement, start: () => { choices: readonly unknown[]; current: number }) {
    this.#host = host;
    this.#start = start;
    host.addController(this);
  }

  /** The host left: nothing keeps placing the menu or watching presses, and it comes back closed. */
  hostDisconnected(): void {
    this.#letGo();
    this.hide(false);
  }

  /** Shows the menu in the top layer once the host has rendered it open, and takes it away once closed. */
  hostUpdated(): void {
    if (this.open === this.#shown) return;
    this.#shown = this.open;
    const menu = this.#menu;
    if (this.open) {
      // The top layer: never clipped by an ancestor's overflow, above any z-index.
      // Opened before positioning arrived: the menu is there (focused, announced) but unseen until placed.
      if (!loadPositioning.module) menu.style.opacity = '0';
      menu.showPopover?.();
      loadPositioning().then(
        ({ followButton }) => {
          if (!this.open || this.#stopPositioning) return;
          this.#stopPositioning = followButton(this.#button, menu);
        },
        // Unplaced beats unseen: the menu still works where it is.
        () => (menu.style.opacity = ''),
      );
      document.addEventListener('pointerdown', this, true);
    } else {
      this.#letGo();
      if (menu.hidePopover && menu.matches(':popover-open')) menu.hidePopover();
    }
  }

  /** Closes the menu, with focus back on the button or (a pick that navigates, a press elsewhere) where it went. */
  hide(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.#host.requestUpdate();
    if (returnFocus) this.#button.focus();
  }

  /**
   * The one listener of the menu's events: the host's template binds the controller itself
   * (`@click` and `@keydown` on the button, `@keydown` on the menu, `@focusout` around both), and
   * it listens to presses on the document while the menu is open. One object rather than bound
   * functions keeps the controller small.
   */
  handleEvent(event: Event): void {
    const { type } = event;
    if (type === 'click') {
      if (this.open) this.hide(true);
      else void this.#show();
    } else if (type === 'focusout') this.#onFocusOut(event as FocusEvent);
    else if (type === 'pointerdown') {
      // A press outside the host closes the menu; focus stays where the press put it.
      if (this.open && !event.composedPath().includes(this.#host)) this.hide(false);
    } else if (event.currentTarget === this.#menu) this.#onMenuKeydown(event as KeyboardEvent);
    else this.#onButtonKeydown(event as KeyboardEvent);
  }

  /** The button's keys: ArrowDown opens at the current item, ArrowUp at the last. */
  #onButtonKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.#show(event.key === 'ArrowUp');
  }

  /** Focus leaving the host (Tab, a click elsewhere) closes the menu; moving within it does not. */
  #onFocusOut(event: FocusEvent): void {
    const host = this.#host;
    const next = event.relatedTarget as Node | null;
    const inside = next && (next === host || host.contains(next) || host.renderRoot.contains(next));
    if (this.open && next && !inside) this.hide(false);
  }

  /** The menu's keys: arrows, Home/End and Page keys move, Escape closes, Space picks, a letter jumps. */
  #onMenuKeydown(event: KeyboardEvent): void {
    const { key } = event;
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      Home: 0,
      PageUp: 0,
      End: -1,
      PageDown: -1,
    };
    if (key in moves) {
      event.preventDefault();
      this.#focusItem(moves[key]!);
    } else if (key === 'Escape') {
      event.preventDefault();
      // Escape closes this menu, not an overlay (a dialog, a drawer) the switcher sits in.
      event.stopPropagation();
      this.hide(true);
    } else if (key === 'Tab') {
      this.hide(false);
    } else if (key === ' ') {
      event.preventDefault();
      // Space picks like Enter, on a link too (links take Enter only), and does not scroll the page.
      (event.target as HTMLElement).closest<HTMLElement>('.item')?.click();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#typeahead(key);
    }
  }

  /** Opens the menu with focus on the current item (or the last item). */
  async #show(last?: boolean): Promise<void> {
    const { choices, current } = this.#start();
    this.active = last ? choices.length - 1 : Math.max(0, current);
    this.open = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#items[this.active]?.focus();
  }

  get #button(): HTMLButtonElement {
    return this.#host.renderRoot.querySelector('.button')!;
  }

  get #menu(): HTMLElement {
    return this.#host.renderRoot.querySelector('.menu')!;
  }

  get #items(): NodeListOf<HTMLElement> {
    return this.#host.renderRoot.querySelectorAll<HTMLElement>('.item');
  }

  /** The menu closed or the host left: stop placing the menu and watching outside presses. */
  #letGo(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
    document.removeEventListener('pointerdown', this, true);
  }

  #focusItem(index: number): void {
    const items = this.#items;
    if (!items.length) return;
    this.active = (index + items.length) % items.length;
    this.#host.requestUpdate();
    items[this.active]!.focus();
  }

  /** Moves to the next item whose name (or `lang`) starts with what was typed in the last half second. */
  #typeahead(key: string): void {
    const now = Date.now();
    this.#typed = now - this.#typedAt > TYPEAHEAD_MS ? key : this.#typed + key;
    this.#typedAt = now;
    const typed = fold(this.#typed);
    const items = this.#items;
    // A repeated single letter cycles through the items that start with it.
    const start = this.#typed.length === 1 || [...this.#typed].every((c) => c === this.#typed[0]) ? 1 : 0;
    const needle = start ? typed.charAt(0) : typed;
    for (let step = start; step < items.length + start; step++) {
      const index = (this.active + step) % items.length;
      const item = items[index]!;
      if (fold(item.textContent!.trim()).startsWith(needle) || item.lang.toLowerCase().startsWith(needle)) {
        this.#focusItem(index);
        return;
      }
    }
  }
}
