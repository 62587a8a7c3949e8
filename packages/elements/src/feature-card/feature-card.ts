import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiaryElement } from '../base/apiary-element.js';
import { headingLevel } from '../base/heading.js';
import styles from './feature-card.styles.js';

/**
 * A card that presents one feature or topic: an optional icon, a real heading, body text and,
 * when `href` is set, one link whose accessible name is the heading. The whole card is then
 * clickable, without nesting interactive elements.
 *
 * @tagname apiary-feature-card
 * @summary A feature card with icon, heading, text and an optional whole-card link.
 *
 * @slot - The body text.
 * @slot icon - A decorative icon or illustration shown above the heading. Give it `alt=""` or `aria-hidden="true"`.
 * @slot heading - Rich heading content, used instead of the `heading` attribute.
 *
 * @csspart base - The card's outer box.
 * @csspart icon - The wrapper of the icon slot.
 * @csspart title - The heading element (`h2`–`h6`).
 * @csspart body - The wrapper of the body text.
 * @csspart cta - The visible call to action shown when the card links somewhere.
 *
 * @cssprop --apiary-color-surface - Card background.
 * @cssprop --apiary-color-border - Card border.
 * @cssprop --apiary-color-text - Heading colour.
 * @cssprop --apiary-color-text-muted - Body text colour.
 * @cssprop --apiary-color-accent - Icon colour.
 * @cssprop --apiary-color-link - Call-to-action colour.
 * @cssprop --apiary-color-focus - Focus ring colour.
 * @cssprop --apiary-radius-lg - Corner radius.
 * @cssprop --apiary-space-6 - Inner padding.
 * @cssprop --apiary-duration-normal - Hover transition duration (0 with reduced motion).
 */
export class ApiaryFeatureCard extends ApiaryElement {
  static override tagName = 'apiary-feature-card';
  static override styles = styles;

  /** The heading text. The `heading` slot takes precedence when filled. */
  @property() heading = '';

  /** The level of the heading element, 2 to 6; other values fall back to 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Where the card links to: http, https, mailto or relative. Any other URL renders no link and warns once. */
  @property() href?: string;

  /** Visible call-to-action text; defaults to the localized "Learn more" when `href` is set. */
  @property({ attribute: 'link-label' }) linkLabel?: string;

  protected override render() {
    const url = this.checkedUrl(this.href);
    const heading = html`<slot name="heading">${this.heading}</slot>`;
    const title = url ? html`<a class="link" href=${url} aria-describedby="cta">${heading}</a>` : heading;
    return html`
      <article part="base" class="card ${url ? 'card--link' : ''}">
        <div part="icon" class="icon"><slot name="icon"></slot></div>
        ${titleOf(headingLevel(this.headingLevel, 3), title)}
        <div part="body" class="body"><slot></slot></div>
        ${
          url
            ? html`<span
                part="cta"
                id="cta"
                class="cta"
                aria-hidden="true"
                lang=${this.linkLabel ? nothing : this.localize.locale}
                >${this.linkLabel || this.localize.t('featureCard.learnMore')}<span class="arrow">→</span></span
              >`
            : nothing
        }
      </article>
    `;
  }
}

/**
 * The title as a real `<h2>`–`<h6>`: a template a level rather than lit/static-html, which would
 * add ~0.3 kB to a page that shows only cards.
 */
function titleOf(level: number, title: unknown) {
  if (level === 2) return html`<h2 part="title" class="title">${title}</h2>`;
  if (level === 4) return html`<h4 part="title" class="title">${title}</h4>`;
  if (level === 5) return html`<h5 part="title" class="title">${title}</h5>`;
  if (level === 6) return html`<h6 part="title" class="title">${title}</h6>`;
  return html`<h3 part="title" class="title">${title}</h3>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'apiary-feature-card': ApiaryFeatureCard;
  }
}
