import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  :is(button, input, select, a):focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .results:focus {
    outline: none;
  }

  /* Toolbar ------------------------------------------------------------------------------------ */

  /* Rows that wrap: the toolbar, its groups of toggles, a card's meta line. */
  .controls,
  .chips,
  .segmented,
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }

  .controls {
    gap: ${token('space-3')} ${token('space-4')};
    margin-block-end: ${token('space-3')};
  }

  .search {
    position: relative;
    flex: 1 1 16rem;
    display: flex;
    align-items: center;
  }

  .search svg {
    position: absolute;
    inset-inline-start: ${token('space-3')};
    color: ${token('color-text-muted')};
    pointer-events: none;
  }

  input,
  select {
    box-sizing: border-box;
    min-block-size: 2.5rem;
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }

  input {
    inline-size: 100%;
    padding-inline-start: calc(${token('space-3')} * 2 + 16px);
  }

  .field {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  .field select {
    color: ${token('color-text')};
  }

  .filters {
    flex-basis: 100%;
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }

  .chips,
  .segmented {
    gap: ${token('space-2')};
  }

  .label {
    margin-inline-end: ${token('space-1')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  /* Toggles are .button elements (the shared state sheet's pill) that can be pressed. */
  [part~='toggle'][aria-pressed='true'] {
    color: ${token('color-accent-strong')};
    background: ${token('color-accent-subtle')};
    border-color: currentColor;
    font-weight: ${token('font-weight-medium')};
  }

  .count {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  /* Results ------------------------------------------------------------------------------------ */

  .results {
    column-gap: ${token('space-4')};
  }

  .group + .group {
    margin-block-start: ${token('space-6')};
  }

  .group-heading {
    margin: 0 0 ${token('space-3')};
    font-family: ${token('font-heading')};
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: ${token('space-4')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .layout-list .cards {
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-2')};
  }

  .item {
    display: flex;
    min-inline-size: 0;
  }

  /* The virtualized rendering: rows positioned by @lit-labs/virtualizer. Spacing is padding, not
     margin, so the measured row heights include it. The virtualizer sizes its container after its
     first layout; until then a screen's height lets that first layout fill the screen at once,
     instead of finding no room and rendering the first rows a frame later. */
  .virtual {
    min-block-size: 100vh;
  }

  .virtual > .row {
    box-sizing: border-box;
    inline-size: 100%;
    padding-block-end: ${token('space-4')};
  }

  .row-cards {
    display: grid;
    grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr));
    gap: ${token('space-4')};
  }

  .layout-list .virtual > .row {
    padding-block-end: ${token('space-2')};
  }

  .row-heading .group-heading {
    margin: 0;
    padding-block-start: ${token('space-4')};
  }

  /* Card --------------------------------------------------------------------------------------- */

  /* Flex and an absolutely placed logo rather than a grid: the same layout, and 1,000 cards lay out
     ~20–30 ms faster. The logo sits in the card's start padding, which is as wide as the logo box
     and the gap; the card is never shorter than the logo. */
  .card {
    box-sizing: border-box;
    position: relative;
    flex: 1;
    display: flex;
    flex-direction: column;
    min-block-size: calc(2.5rem + 2 * ${token('space-4')} + 2px);
    padding: ${token('space-4')};
    padding-inline-start: calc(${token('space-4')} + 2.5rem + ${token('space-3')});
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-lg')};
    transition: box-shadow ${token('duration-normal')} ${token('easing-standard')};
  }

  .card:hover {
    box-shadow: ${token('shadow-md')};
  }

  .layout-list .card {
    flex-direction: row;
    align-items: flex-start;
    column-gap: ${token('space-3')};
    min-block-size: calc(2.5rem + 2 * ${token('space-3')} + 2px);
    padding-block: ${token('space-3')};
  }

  .card > .logo {
    position: absolute;
    inset-block-start: ${token('space-4')};
    inset-inline-start: ${token('space-4')};
  }

  .logo {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    overflow: hidden;
    border-radius: ${token('radius-md')};
  }

  .layout-list .card > .logo {
    inset-block-start: ${token('space-3')};
  }

  .logo img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }

  .monogram:not([hidden]) {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    font-weight: ${token('font-weight-bold')};
    font-size: ${token('font-size-lg')};
    color: ${token('color-accent-strong')};
    background: ${token('color-accent-subtle')};
  }

  .main {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .layout-list .main {
    flex-basis: 0;
  }

  .name {
    margin: 0;
    font-family: ${token('font-heading')};
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    overflow-wrap: anywhere;
  }

  .link {
    color: ${token('color-link')};
    text-decoration: none;
  }

  .link:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .tagline,
  .description {
    margin: ${token('space-1')} 0 0;
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }

  .description {
    color: ${token('color-text-muted')};
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .layout-list .description {
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  .meta {
    gap: ${token('space-1')} ${token('space-3')};
    margin-block-start: ${token('space-2')};
    font-size: ${token('font-size-sm')};
  }

  .badge {
    padding-inline: ${token('space-2')};
    color: ${token('color-text-muted')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-pill')};
  }

  .tags,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding-inline: ${token('space-2')};
    color: ${token('color-text-muted')};
    background: ${token('color-surface-raised')};
    border-radius: ${token('radius-pill')};
  }

  .links a {
    color: ${token('color-link')};
  }

  .stars {
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
    margin: ${token('space-2')} 0 0;
    font-size: ${token('font-size-sm')};
    font-variant-numeric: tabular-nums;
    color: ${token('color-text-muted')};
  }

  .layout-list .stars {
    flex: none;
    margin-block-start: 0;
  }

  .star-icon {
    color: ${token('color-accent')};
  }

  /* States ------------------------------------------------------------------------------------- */

  .skeleton-card {
    display: flex;
    flex-direction: column;
    padding-inline-start: ${token('space-4')};
    gap: ${token('space-2')};
    min-block-size: 8rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    [part~='toggle'][aria-pressed='true'] {
      border-width: 3px;
    }
    :is(button, input, select, a):focus-visible {
      outline-color: Highlight;
    }
  }
`;
