import { LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { LocalizeController } from '@apiary/i18n';
import { hostStyles } from './host-styles.js';
import { safeUrl } from './safe-url.js';
import { version } from './version.js';

declare global {
  /**
   * Every Apiary event's `detail` type, by event name. Each element adds its own events here, so
   * `emit()` and `addEventListener` are typed everywhere.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ApiaryEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ApiaryCustomEvents {}
}
type ApiaryCustomEvents = { [K in keyof ApiaryEventMap]: CustomEvent<ApiaryEventMap[K]> };

const warned = new WeakMap<object, Set<string>>();
let warnedCopy = false;

/**
 * The one base class of Apiary elements: localization hook-up, a typed `emit()`, a guarded
 * `define()` and a warn-once helper.
 */
export class ApiaryElement extends LitElement {
  /** The tag the element registers as when `define()` gets no name. */
  static tagName: string;

  /** This copy's version of `@apiary/elements`, from its package.json. */
  static readonly version: string = version;

  /**
   * Registers the element as `tagName`: the class itself, or a subclass of it once the class is
   * registered under another name (a class registers once), so one page can hold both
   * `<apiary-feature-card>` and a `<my-card>`. Never throws when the tag is taken already: the first
   * definition wins, and when another copy of Apiary owns the tag, warns once naming both versions.
   */
  static define(this: typeof ApiaryElement, tagName: string = this.tagName): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const owner = registry.get(tagName) as { version?: string; prototype: object } | undefined;
    if (owner) {
      if (owner.version && !(owner.prototype instanceof ApiaryElement) && !warnedCopy) {
        warnedCopy = true;
        console.warn(
          `Apiary ${version} skipped <${tagName}>, defined by Apiary ${owner.version}: load one copy per page.`,
        );
      }
      return;
    }
    try {
      registry.define(tagName, this);
    } catch {
      registry.define(tagName, class extends this {});
    }
  }

  /** Every element's styles start with the shared host rules (`host-styles.ts`): colours, inherited text. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [hostStyles, ...super.finalizeStyles(styles)];
  }

  /** Resolves the element's locale and re-renders it when that locale or its strings change. */
  protected readonly localize = new LocalizeController(this);

  /** Dispatches `type` with a typed `detail`, bubbling and composed. Returns false when a listener cancelled it. */
  protected emit<K extends keyof ApiaryEventMap>(
    type: K,
    detail: ApiaryEventMap[K],
    options?: { cancelable?: boolean },
  ): boolean {
    return dispatch(this, type, detail, options);
  }

  /**
   * An author-given URL attribute, checked with `safeUrl`: undefined when unset or unsafe (an unsafe
   * one warns once, naming the attribute).
   */
  protected checkedUrl(value: string | undefined, attribute = 'href'): string | undefined {
    if (!value) return undefined;
    const url = safeUrl(value);
    if (!url)
      this.warnOnce(`ignored an unsafe ${attribute} "${value}": only http, https, mailto and relative URLs link.`);
    return url;
  }

  /** `console.warn` once per element and message, for author mistakes such as an unsafe URL. */
  protected warnOnce(message: string): void {
    warnOnce(this, message);
  }
}

/**
 * What `emit()` does, for controllers acting for an element (they cannot call its protected
 * method): dispatches `type` from `target` with a typed `detail`, bubbling and composed.
 */
export function dispatch<K extends keyof ApiaryEventMap>(
  target: EventTarget,
  type: K,
  detail: ApiaryEventMap[K],
  options?: { cancelable?: boolean },
): boolean {
  // Built on its own line so the manifest analyzer does not mistake `type` for an event name.
  const event = new CustomEvent(type, { detail, bubbles: true, composed: true, ...options });
  return target.dispatchEvent(event);
}

/** What `warnOnce()` does, for controllers acting for an element: once per element and message. */
export function warnOnce(element: Element, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${element.localName || (element.constructor as typeof ApiaryElement).tagName}> ${message}`);
}
