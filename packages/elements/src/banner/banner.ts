import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { readStorage, writeStorage } from '../base/storage.js';
import { DISMISSED_PREFIX } from './dismissed.js';
import styles from './banner.styles.js';

declare global {
  interface ApiaryEventMap {
    'apiary-dismiss': { key: string | undefined };
  }
}

/**
 * An announcement strip for the top of a page, such as "eBPF Summit 2021 videos are available:
 * Watch Now!". With `href` the message is one link; with `dismissible` a close button hides it,
 * and with `dismiss-key` the dismissal is remembered in localStorage. To keep a remembered
 * dismissal from shifting a prerendered page, load `@apiary/elements/banner-preload.js` as a
 * classic script in `<head>`: it hides remembered banners before first paint.
 *
 * @tagname apiary-banner
 * @summary A dismissible announcement banner that remembers its dismissal.
 *
 * @slot - The message. Plain text and inline markup; with `href`, no links of its own.
 *
 * @csspart base - The banner strip.
 * @csspart message - The wrapper of the message.
 * @csspart link - The link around the message, when `href` is set.
 * @csspart close - The dismiss button.
 *
 * @cssprop --apiary-color-accent-subtle - Background.
 * @cssprop --apiary-color-text - Text colour.
 * @cssprop --apiary-color-border - Bottom border.
 * @cssprop --apiary-color-focus - Focus ring colour.
 *
 * @fires apiary-dismiss - The person dismissed the banner; `detail.key` is its `dismiss-key`. Cancelable: cancel it to keep the banner.
 */
export class ApiaryBanner extends ApiaryElement {
  static override tagName = 'apiary-banner';
  static override styles = styles;

  /** Makes the message a link: http, https, mailto or relative. Any other URL renders no link and warns once. */
  @property() href?: string;

  /** Shows a button that hides the banner. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Remembers a dismissal under this key, so the banner stays hidden on later visits. Change the key for a new announcement. */
  @property({ attribute: 'dismiss-key', reflect: true }) dismissKey?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dismissKey && readStorage(DISMISSED_PREFIX + this.dismissKey)) this.hidden = true;
  }

  /** Hides the banner as if the person dismissed it (remembered when `dismiss-key` is set). */
  dismiss(): void {
    if (!this.emit('apiary-dismiss', { key: this.dismissKey }, { cancelable: true })) return;
    if (this.dismissKey) writeStorage(DISMISSED_PREFIX + this.dismissKey, new Date().toISOString());
    const hadFocus = this.matches(':focus-within');
    this.hidden = true;
    // The close button the person was on is gone: hand focus on to what follows, not to <body>.
    if (hadFocus) focusableNear(this)?.focus();
  }

  protected override render() {
    const url = this.checkedUrl(this.href);
    const message = html`<slot></slot>`;
    return html`
      <div part="base" class="banner" role="region" aria-label=${this.localize.t('banner.label')}>
        <p part="message" class="message">
          ${url ? html`<a part="link" class="link" href=${url}>${message}</a>` : message}
        </p>
        ${
          this.dismissible
            ? html`<button
                part="close"
                class="close"
                type="button"
                aria-label=${this.localize.t('banner.dismiss')}
                title=${this.localize.t('banner.dismiss')}
                @click=${this.dismiss}
              >
                <svg
                  aria-hidden="true"
                  focusable="false"
                  viewBox="0 0 16 16"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                >
                  <path d="M4 4l8 8M12 4l-8 8" />
                </svg>
              </button>`
            : nothing
        }
      </div>
    `;
  }
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Rendered and not `visibility: hidden`. `checkVisibility` is missing in Safari before 17.4 (layout
 * stands in for it), and Chrome before 121 ignores its `visibilityProperty` (style is asked anyway).
 */
function isVisible(e: HTMLElement): boolean {
  const rendered = e.checkVisibility?.() ?? e.getClientRects().length > 0;
  return rendered && getComputedStyle(e).visibility === 'visible';
}

/** The first focusable element after `el` in its tree (else the last before it). */
function focusableNear(el: Element): HTMLElement | undefined {
  const root = el.getRootNode() as Document | ShadowRoot;
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !el.contains(e) && isVisible(e));
  const after = (e: Element) => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING;
  return all.find(after) ?? all.reverse().find((e) => !after(e));
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-banner': ApiaryBanner;
  }
}
