import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, formatDate, formatNumber } from './format.js';
import { isLocaleLoaded, loadLocale, onTranslationsChange, translate } from './instance.js';
import { resolveLocale } from './resolve.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One MutationObserver watches `lang` on every root (document or shadow root) that holds a
 * connected element, so an element re-resolves when any `lang` above it changes. Created on first
 * connect, never at module load, and dropped with the last element.
 */
const roots = new Map<Node, number>();
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function rootsAbove(element: Element): Node[] {
  const found: Node[] = [];
  let root = element.getRootNode();
  for (;;) {
    found.push(root);
    const host = (root as ShadowRoot).host;
    if (!host) return found;
    root = host.getRootNode();
  }
}

function reobserve(): void {
  observer?.disconnect();
  if (roots.size === 0) {
    observer = undefined;
    return;
  }
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.langMayHaveChanged();
  });
  for (const root of roots.keys()) {
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/**
 * The Lit reactive controller every Apiary element uses to localize: it resolves the element's
 * locale (see `resolveLocale`), loads that locale's strings on demand, re-renders the element when
 * its locale or the strings change, and formats dates and numbers with `Intl` in that locale.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  private resolved: string | undefined;
  private watched: Node[] = [];
  private unsubscribe: (() => void) | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The element's resolved locale, e.g. `zh-Hans`. */
  get locale(): string {
    return this.resolved ?? resolveLocale(this.host);
  }

  /** Text direction of the resolved locale. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** A string of the `apiary` namespace in the element's locale (falling back to English). */
  t(key: string, options?: Record<string, unknown>): string {
    return translate(this.locale, key, options);
  }

  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  hostConnected(): void {
    this.unsubscribe = onTranslationsChange(() => this.host.requestUpdate());
    controllers.add(this);
    this.watched = rootsAbove(this.host);
    let added = false;
    for (const root of this.watched) {
      added ||= !roots.has(root);
      roots.set(root, (roots.get(root) ?? 0) + 1);
    }
    if (added || !observer) reobserve();
    this.resolved = undefined;
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    controllers.delete(this);
    let removed = false;
    for (const root of this.watched) {
      const count = (roots.get(root) ?? 1) - 1;
      if (count > 0) roots.set(root, count);
      else {
        roots.delete(root);
        removed = true;
      }
    }
    this.watched = [];
    if (removed) reobserve();
  }

  hostUpdate(): void {
    const locale = resolveLocale(this.host);
    this.resolved = locale;
    if (!isLocaleLoaded(locale)) void loadLocale(locale).catch(() => undefined);
  }

  /** Called on any `lang` change in a watched root; re-renders only when this element's locale moved. */
  langMayHaveChanged(): void {
    if (resolveLocale(this.host) !== this.resolved) this.host.requestUpdate();
  }
}
