// Where the open menu goes: under its button (above it when there is no room below, shifted into
// the viewport, no taller than the room there is), kept there while the page scrolls or resizes.
// Only an open menu needs it, so it loads apart from the element, with Floating UI.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

async function place(button: HTMLElement, menu: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(button, menu, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(4),
      flip(),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight, elements }) => {
          elements.floating.style.maxBlockSize = `${Math.max(160, availableHeight)}px`;
        },
      }),
    ],
  });
  // Placed: visible now (an early open hid it until here).
  Object.assign(menu.style, { left: `${x}px`, top: `${y}px`, opacity: '' });
}

/** Places `menu` and keeps placing it; returns the function that stops. */
export const followButton = (button: HTMLElement, menu: HTMLElement): (() => void) =>
  autoUpdate(button, menu, () => void place(button, menu));
