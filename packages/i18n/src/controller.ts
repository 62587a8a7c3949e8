import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, formatDate, formatNumber } from './format.js';
import { followedLanguage, isLocaleLoaded, loadLocale, onTranslationsChange, translate } from './instance.js';
import { normalizeLocale } from './normalize.js';
import type { TranslationKey } from './types.js';
import { closestLang, resolveLocale } from './resolve.js';

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
  /** True while the host's `dir` attribute is one this controller set (see `hostUpdated`). */
  private ownsDir = false;

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
  t(key: TranslationKey, options?: Record<string, unknown>): string {
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

  /**
   * The document sets direction for locales that came from the DOM (`<html lang dir>`, or a `lang`
   * and `dir` an author put on an ancestor). A locale that came from the language set on purpose
   * while the document speaks another one (a locale switcher with `scope="elements"`, a host
   * instance in Arabic on an English page) has no `dir` anywhere: the element sets its own, and
   * takes it away again when the document catches up. An author's `dir` on the element wins.
   */
  hostUpdated(): void {
    const host = this.host;
    const followed = closestLang(host) === undefined ? followedLanguage() : undefined;
    const documentLang = host.ownerDocument?.documentElement?.getAttribute('lang');
    const wanted = followed && followed !== normalizeLocale(documentLang) ? directionOf(followed) : undefined;
    if (wanted && (this.ownsDir || !host.hasAttribute('dir'))) {
      if (host.getAttribute('dir') !== wanted) host.setAttribute('dir', wanted);
      this.ownsDir = true;
    } else if (!wanted && this.ownsDir) {
      host.removeAttribute('dir');
      this.ownsDir = false;
    }
  }

  /** Called on any `lang` change in a watched root; re-renders only when this element's locale (or its own `dir`) may move. */
  langMayHaveChanged(): void {
    if (resolveLocale(this.host) !== this.resolved || this.ownsDir) this.host.requestUpdate();
  }
}
