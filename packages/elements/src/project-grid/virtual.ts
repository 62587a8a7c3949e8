// The grid's lazily loaded part: @lit-labs/virtualizer and the layout its rows use, one chunk.
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

export { virtualize } from '@lit-labs/virtualizer/virtualize.js';

/**
 * The flow layout, starting from a row of cards' usual height. Its own first guess (100 px)
 * renders about three rows for every one that fits, on the first pass, then drops them; naming
 * the layout also spares the virtualizer its own dynamic import of it (one more round trip).
 */
export class RowLayout extends FlowLayout {
  override _itemSize = { width: 100, height: 250 };
}
