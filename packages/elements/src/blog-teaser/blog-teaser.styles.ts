import { css } from 'lit';
import { token } from '../tokens/token.js';

export default css`
  .heading {
    font-size: ${token('font-size-xl')};
  }

  .summary {
    margin: ${token('space-2')} 0 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-2')};
    margin: ${token('space-2')} 0 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }

  .tag {
    padding-inline: ${token('space-2')};
    color: ${token('color-text-muted')};
    background: ${token('color-surface-raised')};
    border-radius: ${token('radius-pill')};
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')} ${token('space-3')};
    margin-block-start: ${token('space-3')};
    padding-block: ${token('space-2')};
    padding-inline: ${token('space-3')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    border-inline-start: 4px solid ${token('color-danger')};
  }

  .notice p {
    margin: 0;
  }
`;
