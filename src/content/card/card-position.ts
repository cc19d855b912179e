/**
 * Keeps the card beside its mention with Floating UI: on the line the pointer is on when a
 * mention wraps (`inline`), a little apart (`offset`), flipped above when there is no room
 * below (`flip`), kept inside the viewport (`shift`), and no taller than the space there is
 * (`size`). Follows scrolling and resizing until stopped.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const GAP = 8;
const VIEWPORT_PADDING = 8;

export interface Placement {
  x: number;
  y: number;
  /** Height available for the card where it is placed. */
  maxHeight: number;
  /** 'top' or 'bottom' of the mention. */
  side: string;
}

/** A Floating UI reference for a text range, alive as long as its nodes are. */
function rangeReference(range: StaticRange): VirtualElement {
  const live = (): Range => {
    const r = document.createRange();
    r.setStart(range.startContainer, range.startOffset);
    r.setEnd(range.endContainer, range.endOffset);
    return r;
  };
  return {
    getBoundingClientRect: () => live().getBoundingClientRect(),
    getClientRects: () => live().getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/**
 * Positions `floating` next to `range` now and whenever the page scrolls or resizes.
 * `pointer` picks the line of a wrapped mention. Returns a function that stops following.
 */
export function followRange(
  range: StaticRange,
  floating: HTMLElement,
  pointer: { x: number; y: number } | null,
  place: (placement: Placement) => void,
): () => void {
  const reference = rangeReference(range);
  let maxHeight = innerHeight;
  const update = (): void => {
    if (!range.startContainer.isConnected) return;
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ?? undefined),
        offset(GAP),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight }) => {
            maxHeight = Math.max(120, availableHeight);
          },
        }),
      ],
    }).then(({ x, y, placement }) => place({ x, y, maxHeight, side: placement.split('-')[0] ?? 'bottom' }));
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
