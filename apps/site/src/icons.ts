import { svg } from 'lit';
import type { SiteContent } from '../content/types.js';

type Icon = SiteContent['features'][number]['icon'];

// Line icons in currentColor: the card's `icon` slot colours them with the accent token.
const paths: Record<Icon, ReturnType<typeof svg>> = {
  security: svg`<path d="M12 3l7 3v5c0 4.5-3 8.5-7 10-4-1.5-7-5.5-7-10V6z"/><path d="M9 12l2 2 4-4"/>`,
  networking: svg`<circle cx="12" cy="5" r="2"/><circle cx="5" cy="19" r="2"/><circle cx="19" cy="19" r="2"/><path d="M12 7v5m0 0l-5.5 5.5M12 12l5.5 5.5"/>`,
  tracing: svg`<path d="M3 12h4l2-6 4 12 2-6h6"/>`,
  observability: svg`<path d="M4 20V10m5.33 10V4m5.34 16v-8M20 20v-5"/>`,
};

export const icon = (name: Icon) =>
  svg`<svg slot="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</svg>`;
