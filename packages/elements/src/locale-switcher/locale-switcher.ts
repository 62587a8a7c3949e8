import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { followedTag, locales as shipped, resolveTag, setLocale } from '@apiary/i18n';
import { ApiaryElement } from '../base/apiary-element.js';
import { safeUrl } from '../base/safe-url.js';
import { spaceList } from '../base/space-list.js';
import { readStorage, writeStorage } from '../base/storage.js';
import { visuallyHiddenStyles } from '../base/visually-hidden.js';
import { bestMatch, choicesFor, currentIndex, unofferedChoice, type Choice } from './choices.js';
import { MenuController, preloadPositioning } from './menu.js';
import { alternateFor, localeUrl, readAlternates, type Alternate, type Page } from './urls.js';
import styles from './locale-switcher.styles.js';

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

  /** Navigate mode: the page's alternates and location, read in the browser only. */
  @state() private alternates: readonly Alternate[] = [];
  @state() private page?: Page;

  /** Opening, closing, focus and placing of the menu; it starts at the current locale. */
  readonly #menu = new MenuController(this, () => {
    // A single-page app may have changed the URL or the alternates since the element connected.
    if (this.mode === 'navigate') this.#readPage();
    return this.#offered;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readPage();
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

  #readPage(): void {
    this.alternates = readAlternates(document);
    const { pathname, search, hash, href } = window.location;
    this.page = { pathname, search, hash, href };
  }

  /** The offered locales with their names and, in navigate mode, their URLs. */
  get #choices(): Choice[] {
    const navigate = this.mode === 'navigate';
    const tags = this.locales?.length
      ? this.locales
      : navigate && this.alternates.length
        ? this.alternates.map((a) => a.tag)
        : shipped.filter((l) => !l.pseudo).map((l) => l.code);
    return choicesFor(tags, navigate ? (tag, offered) => this.#urlFor(tag, offered) : undefined);
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

  /**
   * The tag of the language in force, as written (`fr-FR`, where the element localizes in `fr`),
   * found along the path every element resolves its locale by (`resolveTag`). In live mode the
   * language set on purpose (`setLocale`, a host's i18next) comes first: it is what this switcher
   * switches, whatever `lang` an author put around the switcher. In navigate mode it does not count:
   * the page is in its own language, whatever a script set.
   */
  get #currentTag(): string {
    return (this.mode === 'live' && followedTag()) || resolveTag(this) || this.localize.locale;
  }

  /** What the menu shows: in navigate mode only the locales with a URL, and always the current one. */
  get #offered(): { choices: Choice[]; current: number } {
    const all = this.#choices;
    const current = currentIndex(this.#currentTag, all);
    if (this.mode !== 'navigate') return { choices: all, current };
    const choices = all.filter((c, i) => c.url || i === current);
    return { choices, current: current < 0 ? -1 : choices.indexOf(all[current]!) };
  }

  protected override render() {
    const { choices, current: index } = this.#offered;
    const current = choices[index];
    // The locale in force may be one the switcher does not offer: still name it.
    const shown = current ?? unofferedChoice(this.#currentTag);
    const previous = shown.tag;
    const menu = this.#menu;
    const label = this.localize.t('localeSwitcher.label');
    return html`
      <div part="base" class="base" @focusout=${menu}>
        <span id="label" class="visually-hidden">${label}</span>
        <button
          part="button"
          class="button"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${String(menu.open)}
          aria-controls="menu"
          aria-labelledby="label current"
          @click=${menu}
          @pointerenter=${preloadPositioning}
          @focus=${preloadPositioning}
          @keydown=${menu}
        >
          ${icon(globe, 'globe', 'icon')}
          <span part="label" id="current" class="current" lang=${previous} dir=${shown.dir} translate="no"
            >${shown.name}</span
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
          ?hidden=${!menu.open}
          @keydown=${menu}
        >
          ${
            // Items exist while the menu is open only: the server (which knows no URLs) and the
            // client's first render agree, and a closed switcher keeps a small DOM.
            menu.open ? choices.map((choice, i) => this.#renderItem(choice, i, choice === current, previous)) : nothing
          }
        </div>
      </div>
    `;
  }

  #renderItem(choice: Choice, i: number, checked: boolean, previous: string) {
    const content = html`${icon(check, 'check')}<span class="name" dir=${choice.dir}>${choice.name}</span>`;
    const part = checked ? 'item item-current' : 'item';
    const tabindex = i === this.#menu.active ? '0' : '-1';
    const onClick = (event: MouseEvent) => this.#onItemClick(event, choice, previous);
    return choice.url
      ? html`<a
          part=${part}
          class="item"
          role="menuitemradio"
          aria-checked=${String(checked)}
          tabindex=${tabindex}
          href=${choice.url}
          hreflang=${choice.tag}
          lang=${choice.tag}
          translate="no"
          @click=${onClick}
          >${content}</a
        >`
      : html`<button
          part=${part}
          class="item"
          type="button"
          role="menuitemradio"
          aria-checked=${String(checked)}
          tabindex=${tabindex}
          lang=${choice.tag}
          translate="no"
          @click=${onClick}
        >
          ${content}
        </button>`;
  }

  #onItemClick(event: MouseEvent, choice: Choice, previous: string): void {
    if (choice.tag === previous) {
      // Already there: nothing to switch or load again.
      event.preventDefault();
      this.#menu.hide(true);
      return;
    }
    const detail = choice.url ? { locale: choice.tag, previous, url: choice.url } : { locale: choice.tag, previous };
    const go = this.emit('apiary-locale-change', detail, { cancelable: true });
    if (!go) {
      event.preventDefault();
      this.#menu.hide(true);
      return;
    }
    if (!this.noPersist) writeStorage(this.persistKey, choice.tag);
    if (this.mode === 'navigate') {
      // The link's own default action navigates: Apiary never sets location itself.
      this.#menu.hide(false);
      return;
    }
    this.#menu.hide(true);
    void this.#apply(choice.tag);
  }

  /** Live mode, after the first render: applies a remembered choice, or with `detect` the best browser language. */
  #restore(): void {
    const choices = this.#choices;
    const stored = this.noPersist ? null : readStorage(this.persistKey);
    let index = stored ? bestMatch([stored], choices) : -1;
    if (index < 0 && stored === null && this.detect) index = bestMatch(navigator.languages ?? [], choices);
    const choice = choices[index];
    if (!choice || index === currentIndex(this.#currentTag, choices)) return;
    void this.#apply(choice.tag);
  }

  async #apply(tag: string): Promise<void> {
    try {
      await setLocale(tag, { document: this.scope !== 'elements' });
    } catch (error) {
      this.warnOnce(`could not switch to ${tag}: ${(error as Error).message}`);
    }
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
