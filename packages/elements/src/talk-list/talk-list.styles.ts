import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  :host {
    container-type: inline-size;
  }

  iframe:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .group + .group {
    margin-block-start: ${token('space-6')};
  }

  .heading {
    font-size: ${token('font-size-lg')};
  }

  .layout-gallery .list {
    grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr));
  }

  .item {
    display: flex;
    min-inline-size: 0;
  }

  /* Talk --------------------------------------------------------------------------------------- */

  .talk {
    box-sizing: border-box;
    flex: 1;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-3')} ${token('space-4')};
    align-content: start;
  }

  /* The list layout puts the video beside the text once there is room for both. */
  @container (min-inline-size: 36rem) {
    .layout-list .talk.has-video {
      grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  .body {
    min-inline-size: 0;
  }

  .links {
    margin: ${token('space-2')} 0 0;
    font-size: ${token('font-size-sm')};
  }

  /* Video: facade and player ------------------------------------------------------------------ */

  .media {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: ${token('color-surface-raised')};
    border-radius: ${token('radius-md')};
  }

  .play,
  iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }

  /* The focus ring (of the facade, or of the player focus moved to) sits outside the box. */
  .media:has(:focus-visible) {
    overflow: visible;
  }

  .play {
    position: relative;
    padding: 0;
    font: inherit;
    color: inherit;
    background: none;
    border-radius: inherit;
    cursor: pointer;
  }

  .thumbnail {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border-radius: inherit;
  }

  .placeholder {
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    inline-size: 100%;
    block-size: 100%;
    padding: ${token('space-3')} ${token('space-4')};
    text-align: start;
    color: ${token('color-accent-strong')};
    background: ${token('color-accent-subtle')};
    border-radius: inherit;
  }

  .placeholder-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    font-weight: ${token('font-weight-bold')};
    font-size: ${token('font-size-sm')};
    line-height: ${token('line-height-tight')};
  }

  .play-icon {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    inline-size: 3.5rem;
    block-size: 3.5rem;
    margin: auto;
    color: ${token('color-on-accent')};
    background: ${token('color-accent')};
    border-radius: ${token('radius-pill')};
    box-shadow: ${token('shadow-md')};
    transition: scale ${token('duration-normal')} ${token('easing-standard')};
  }

  .play:hover .play-icon,
  .play:focus-visible .play-icon {
    scale: 1.08;
  }

  @media (prefers-reduced-motion: reduce) {
    .play-icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .play-icon {
      color: ButtonText;
      background: ButtonFace;
      border: 2px solid ButtonText;
    }
    iframe:focus-visible {
      outline-color: Highlight;
    }
  }
`;
