import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { closestLang, directionOf, followedTag, locales as shipped, normalizeLocale, setLocale } from '@apiary/i18n';
import { ApiaryElement } from '../base/apiary-element.js';
import { lazy } from '../base/lazy.js';
import { safeUrl } from '../base/safe-url.js';
import { spaceList } from '../base/space-list.js';
import { readStorage, writeStorage } from '../base/storage.js';
import { visuallyHiddenStyles } from '../base/visually-hidden.js';
import {
  alternateFor,
  canonicalTag,
  indexFor,
  language,
  localeUrl,
  readAlternates,
  type Alternate,
  type Page,
} from './urls.js';
import styles from './locale-switcher.styles.js';

/** One locale the switcher offers. */
interface Choice {
  /** The tag as the author wrote it, canonical case: `fr-FR`. Goes into events, storage, `<html lang>` and URLs. */
  tag: string;
  /** The name of the locale in its own language. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Navigate mode: where this locale's version of the page is. */
  url?: string;
}

const TYPEAHEAD_MS = 500;

// Positioning (Floating UI) only places the open menu, so it loads apart from the element: as soon
// as someone reaches for the button (pointer over it, focus) and at the latest when the menu opens.
const loadPositioning = lazy(() => import('./position.js'));
// For hover and focus: a failed load shows when the menu opens.
const preloadPositioning = () => void loadPositioning().catch(() => {});

/** What Apiary ships for a locale code. */
const infoOf = (code: string) => shipped.find((l) => l.code === code);

/** Lower-case, without accents, for typeahead: `fr` finds `Français`. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

function nameOf(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

const globe = svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.5 3.75 5.5 3.75 9S14.5 18.5 12 21c-2.5-2.5-3.75-5.5-3.75-9S9.5 5.5 12 3Z"/>`;
const chevron = svg`<path d="m6 9 6 6 6-6"/>`;
const check = svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`;
const icon = (paths: unknown, className: string, part?: string) =>
  html`<svg
    class=${className}
    part=${part ?? nothing}
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;

/**
 * A language picker. In `live` mode (the default, for embeds) it switches every Apiary element on
 * the page to the chosen locale in place and sets `<html lang dir>`; in `navigate` mode (for
 * sites) it links to the same page in the chosen locale, found through the page's
 * `<link rel="alternate" hreflang>` tags or `href-template`.
 *
 * A menu button: the button names the current locale; the menu lists each locale by its own name
 * (`Français`, `日本語`, `العربية`) in its own `lang`. Arrow keys, Home/End and typeahead move in
 * the menu, Enter or Space picks, Escape closes it and returns focus to the button.
 *
 * @tagname apiary-locale-switcher
 * @summary Switches the page's language: live for embeds, by URL for sites.
 *
 * @csspart base - The wrapper of button and menu.
 * @csspart button - The button that opens the menu.
 * @csspart icon - The globe icon in the button.
 * @csspart label - The current locale's name in the button.
 * @csspart menu - The menu of locales.
 * @csspart item - Each locale in the menu (a link in navigate mode, a button in live mode).
 * @csspart item-current - The current locale's item, in addition to `item`.
 *
 * @cssprop --apiary-color-surface - Button and menu background.
 * @cssprop --apiary-color-surface-raised - Background of a hovered button or item.
 * @cssprop --apiary-color-border - Button and menu border.
 * @cssprop --apiary-color-text - Text colour.
 * @cssprop --apiary-color-accent - Colour of the current locale's check mark.
 * @cssprop --apiary-color-focus - Focus ring colour.
 * @cssprop --apiary-radius-md - Corner radius of button and menu.
 * @cssprop --apiary-shadow-md - Menu shadow.
 * @cssprop --apiary-duration-fast - Chevron turn (0 with reduced motion).
 *
 * @fires {CustomEvent<{ locale: string; previous: string; url?: string }>} apiary-locale-change - The user
 * picked a locale: `locale` is the picked tag, `previous` the one in force, `url` (navigate mode) the destination.
 * Cancelable: `preventDefault()` keeps the current locale (no switch, no navigation, nothing stored).
 */
export class ApiaryLocaleSwitcher extends ApiaryElement {
  static override tagName = 'apiary-locale-switcher';
  static override styles = [visuallyHiddenStyles, styles];
  static override shadowRootOptions = { ...ApiaryElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The offered locales, space-separated BCP 47 tags (`en fr-FR zh-Hans`). Default: every locale
   * Apiary ships (without the pseudo-locale `en-XA`); in navigate mode, the page's `hreflang`
   * alternates when it has some.
   */
  @property({ converter: spaceList() }) locales?: string[];

  /** `live` switches Apiary elements in place; `navigate` goes to the same page in the chosen locale. */
  @property() mode: 'live' | 'navigate' = 'live';

  /** Live mode: `document` also sets `<html lang dir>`; `elements` leaves the host document alone. */
  @property() scope: 'document' | 'elements' = 'document';

  /**
   * Navigate mode without `hreflang` alternates: the URL of a locale's page, with `{locale}` (the
   * lower-case tag, `zh-hans`) and `{path}` (the current path without its locale prefix), e.g.
   * `/{locale}/{path}`.
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Navigate mode: the locale served without a prefix, e.g. `en` for `/docs/` next to `/fr/docs/`. */
  @property({ attribute: 'default-locale' }) defaultLocale?: string;

  /** The localStorage key that remembers the choice. */
  @property({ attribute: 'persist-key' }) persistKey = 'apiary-locale';

  /** Remember nothing. */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  /** Live mode: with nothing remembered, pick the best match of the browser's languages. */
  @property({ type: Boolean }) detect = false;

  @state() private open = false;
  /** Index of the item that has (or gets) focus in the menu. */
  @state() private active = 0;
  /** Navigate mode: the page's alternates and location, read in the browser only. */
  @state() private alternates: readonly Alternate[] = [];
  @state() private page?: Page;

  #stopPositioning?: () => void;
  #typed = '';
  #typedAt = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#letGo();
    this.open = false;
  }

  protected override firstUpdated(): void {
    // After the first render rather than on connect, so properties a framework sets right after
    // inserting the element (`locales`, `mode`) count.
    if (this.mode === 'live') this.#restore();
    else if (this.#offered.choices.length < 2 && this.#choices.length > 1)
      this.warnOnce(
        'navigate mode found no URL for the other locales: add <link rel="alternate" hreflang> tags or href-template.',
      );
  }

  /** The offered locales with their names and, in navigate mode, their URLs. */
  get #choices(): Choice[] {
    const navigate = this.mode === 'navigate';
    let tags = this.locales?.length ? this.locales : undefined;
    if (!tags && navigate && this.alternates.length) tags = this.alternates.map((a) => a.tag);
    tags ??= shipped.filter((l) => !l.pseudo).map((l) => l.code);
    const canonical = [...new Set(tags.map((t) => canonicalTag(t) ?? '').filter(Boolean))];
    const codes = canonical.map((t) => normalizeLocale(t));
    return canonical.map((tag, i) => {
      const code = codes[i]!;
      const info = infoOf(code);
      // A shipped locale's endonym, unless two offered tags share it (`en-GB` and `en-US`).
      const unique = codes.indexOf(code) === codes.lastIndexOf(code);
      const choice: Choice = {
        tag,
        name: info && (unique || tag === code) ? info.endonym : nameOf(tag),
        dir: info?.dir ?? directionOf(tag),
      };
      const url = navigate ? this.#urlFor(tag, canonical) : undefined;
      if (url) choice.url = url;
      return choice;
    });
  }

  #urlFor(tag: string, offered: string[]): string | undefined {
    const alternate = alternateFor(tag, this.alternates);
    let url: string | undefined;
    if (alternate) url = alternate.href;
    else if (this.hrefTemplate && this.page) {
      const prefixes = new Set(
        [...offered, ...shipped.map((l) => l.code), this.defaultLocale ?? ''].map((t) => t.toLowerCase()),
      );
      url = localeUrl(this.hrefTemplate, tag, this.page, { defaultLocale: this.defaultLocale, prefixes });
      if (url === undefined) {
        this.warnOnce(`left out ${tag}: the page's path would take its link to another site.`);
        return undefined;
      }
    } else return undefined;
    const safe = safeUrl(url);
    if (!safe) this.warnOnce(`ignored an unsafe URL "${url}" for ${tag}: only http, https and relative URLs link.`);
    return safe;
  }

  /** The tag of the language in force: the one set on purpose (`setLocale`, a host's i18next) in live mode, else the page's. */
  get #currentTag(): string {
    const followed = this.mode === 'live' ? followedTag() : undefined;
    if (followed) return followed;
    return closestLang(this) ?? (globalThis.document?.documentElement?.getAttribute('lang') || this.localize.locale);
  }

  /** What the menu shows: in navigate mode only the locales with a URL, and always the current one. */
  get #offered(): { choices: Choice[]; current: number } {
    const all = this.#choices;
    const current = this.#currentIndex(all);
    if (this.mode !== 'navigate') return { choices: all, current };
    const choices = all.filter((c, i) => c.url || i === current);
    return { choices, current: current < 0 ? -1 : choices.indexOf(all[current]!) };
  }

  #currentIndex(choices: Choice[]): number {
    const tag = this.#currentTag;
    const lower = tag.toLowerCase();
    const exact = choices.findIndex((c) => c.tag.toLowerCase() === lower);
    if (exact >= 0) return exact;
    const code = normalizeLocale(tag);
    return choices.findIndex((c) => normalizeLocale(c.tag) === code);
  }

  #readPage(): void {
    this.alternates = readAlternates(document);
    const { pathname, search, hash, href } = window.location;
    this.page = { pathname, search, hash, href };
  }

  /** Live mode, after the first render: applies a remembered choice, or with `detect` the best browser language. */
  #restore(): void {
    const choices = this.#choices;
    const stored = this.noPersist ? null : readStorage(this.persistKey);
    let index = stored ? this.#match([stored], choices) : -1;
    if (index < 0 && stored === null && this.detect) index = this.#match(navigator.languages ?? [], choices);
    const choice = choices[index];
    if (!choice || index === this.#currentIndex(choices)) return;
    void this.#apply(choice.tag);
  }

  /** The best offered locale for a list of preferences: the same tag, the same Apiary locale, the same language. */
  #match(preferences: readonly string[], choices: Choice[]): number {
    for (const preference of preferences) {
      const tag = canonicalTag(preference);
      if (!tag) continue;
      const same = indexFor(tag, choices);
      if (same >= 0) return same;
      const base = choices.findIndex((c) => language(c.tag) === language(tag));
      if (base >= 0) return base;
    }
    return -1;
  }

  async #apply(tag: string): Promise<void> {
    try {
      await setLocale(tag, { document: this.scope !== 'elements' });
    } catch (error) {
      this.warnOnce(`could not switch to ${tag}: ${(error as Error).message}`);
    }
  }

  /** Opens the menu with focus on the current locale's item (or the last item). */
  async #show(focus: 'current' | 'last' = 'current'): Promise<void> {
    // A single-page app may have changed the URL or the alternates since the element connected.
    if (this.mode === 'navigate') this.#readPage();
    const { choices, current } = this.#offered;
    this.active = focus === 'last' ? choices.length - 1 : Math.max(0, current);
    this.open = true;
    await this.updateComplete;
    this.#items[this.active]?.focus();
  }

  #hide(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.#button.focus();
  }

  get #button(): HTMLButtonElement {
    return this.renderRoot.querySelector('.button')!;
  }

  get #menu(): HTMLElement {
    return this.renderRoot.querySelector('.menu')!;
  }

  get #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('open')) return;
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
      document.addEventListener('pointerdown', this.#onOutsidePointer, true);
    } else if (changed.get('open') === true) {
      this.#letGo();
      if (menu.hidePopover && menu.matches(':popover-open')) menu.hidePopover();
    }
  }

  /** The menu closed or the element left: stop placing the menu and watching outside presses. */
  #letGo(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
  }

  #onOutsidePointer = (event: PointerEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.#hide(false);
  };

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const inside = next && (next === this || this.contains(next) || this.renderRoot.contains(next));
    if (this.open && next && !inside) this.#hide(false);
  }

  #onButtonClick(): void {
    if (this.open) this.#hide(true);
    else void this.#show();
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.#show(event.key === 'ArrowDown' ? 'current' : 'last');
  }

  #focusItem(index: number): void {
    const items = this.#items;
    if (!items.length) return;
    this.active = (index + items.length) % items.length;
    items[this.active]!.focus();
  }

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
      event.stopPropagation();
      this.#hide(true);
    } else if (key === 'Tab') {
      this.#hide(false);
    } else if (key === ' ') {
      event.preventDefault();
      (event.target as HTMLElement).closest<HTMLElement>('.item')?.click();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#typeahead(key);
    }
  }

  /** Moves to the next item whose name (or tag) starts with what was typed in the last half second. */
  #typeahead(key: string): void {
    const now = Date.now();
    this.#typed = now - this.#typedAt > TYPEAHEAD_MS ? key : this.#typed + key;
    this.#typedAt = now;
    const typed = fold(this.#typed);
    const { choices } = this.#offered;
    // A repeated single letter cycles through the items that start with it.
    const start = this.#typed.length === 1 || [...this.#typed].every((c) => c === this.#typed[0]) ? 1 : 0;
    const needle = start ? typed.charAt(0) : typed;
    for (let step = start; step < choices.length + start; step++) {
      const index = (this.active + step) % choices.length;
      const choice = choices[index]!;
      if (fold(choice.name).startsWith(needle) || choice.tag.toLowerCase().startsWith(needle)) {
        this.#focusItem(index);
        return;
      }
    }
  }

  #onItemClick(event: MouseEvent, choice: Choice, previous: string): void {
    if (choice.tag === previous) {
      // Already there: nothing to switch or load again.
      event.preventDefault();
      this.#hide(true);
      return;
    }
    const detail = choice.url ? { locale: choice.tag, previous, url: choice.url } : { locale: choice.tag, previous };
    const go = this.emit('apiary-locale-change', detail, { cancelable: true });
    if (!go) {
      event.preventDefault();
      this.#hide(true);
      return;
    }
    if (!this.noPersist) writeStorage(this.persistKey, choice.tag);
    if (this.mode === 'navigate') {
      // The link's own default action navigates: Apiary never sets location itself.
      this.#hide(false);
      return;
    }
    this.#hide(true);
    void this.#apply(choice.tag);
  }

  protected override render() {
    const { choices, current: index } = this.#offered;
    const current = choices[index];
    const previous = current?.tag ?? this.#currentTag;
    const label = this.localize.t('localeSwitcher.label');
    // The locale in force may be one the switcher does not offer: still name it.
    const shownName = current?.name ?? infoOf(normalizeLocale(previous))?.endonym ?? nameOf(previous);
    return html`
      <div part="base" class="base" @focusout=${this.#onFocusOut}>
        <span id="label" class="visually-hidden">${label}</span>
        <button
          part="button"
          class="button"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${String(this.open)}
          aria-controls="menu"
          aria-labelledby="label current"
          @click=${this.#onButtonClick}
          @pointerenter=${preloadPositioning}
          @focus=${preloadPositioning}
          @keydown=${this.#onButtonKeydown}
        >
          ${icon(globe, 'globe', 'icon')}
          <span
            part="label"
            id="current"
            class="current"
            lang=${current?.tag ?? previous}
            dir=${current?.dir ?? directionOf(previous)}
            translate="no"
            >${shownName}</span
          >
          ${icon(chevron, 'chevron')}
        </button>
        <div
          part="menu"
          id="menu"
          class="menu"
          role="menu"
          aria-labelledby="label"
          popover="manual"
          ?hidden=${!this.open}
          @keydown=${this.#onMenuKeydown}
        >
          ${
            // Items exist while the menu is open only: the server (which knows no URLs) and the
            // client's first render agree, and a closed switcher keeps a small DOM.
            this.open ? choices.map((choice, i) => this.#renderItem(choice, i, choice === current, previous)) : nothing
          }
        </div>
      </div>
    `;
  }

  #renderItem(choice: Choice, i: number, checked: boolean, previous: string) {
    const content = html`${icon(check, 'check')}<span class="name" dir=${choice.dir}>${choice.name}</span>`;
    const common = {
      part: checked ? 'item item-current' : 'item',
      tabindex: i === this.active ? '0' : '-1',
      checked: String(checked),
    };
    const onClick = (event: MouseEvent) => this.#onItemClick(event, choice, previous);
    return choice.url
      ? html`<a
          part=${common.part}
          class="item"
          role="menuitemradio"
          aria-checked=${common.checked}
          tabindex=${common.tabindex}
          href=${choice.url}
          hreflang=${choice.tag}
          lang=${choice.tag}
          translate="no"
          @click=${onClick}
          >${content}</a
        >`
      : html`<button
          part=${common.part}
          class="item"
          type="button"
          role="menuitemradio"
          aria-checked=${common.checked}
          tabindex=${common.tabindex}
          lang=${choice.tag}
          translate="no"
          @click=${onClick}
        >
          ${content}
        </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-locale-switcher': ApiaryLocaleSwitcher;
  }
  interface ApiaryEventMap {
    /** `locale`: the picked tag; `previous`: the tag in force; `url`: navigate mode's destination. */
    'apiary-locale-change': { locale: string; previous: string; url?: string };
  }
}
