// A page's own Lit, loaded beside Apiary's CDN bundle (which has a Lit of its own) by the
// strict-CSP suite: both copies create Lit's Trusted Types policy `lit-html`.
import { LitElement, html } from 'lit';

customElements.define(
  'own-lit-probe',
  class extends LitElement {
    override render() {
      return html`<p>own Lit</p>`;
    }
  },
);
