/**
 * Keeps the card beside its mention with Floating UI: on the line the pointer is on when a
 * mention wraps (`inline`), a little apart (`offset`), flipped above when there is no room
 * below (`flip`), kept inside the viewport (`shift`), and no taller than the roomier side of
 * the mention. Follows scrolling and resizing until stopped.
 *
 * Floating UI's core with a platform of our own: the card is `position: fixed` in the top
 * layer, so every rectangle is simply viewport-relative, and the DOM package's general
 * platform (offset parents, clipping ancestors, transforms: 9 KB of the content script)
 * has nothing to do.
 */
import { computePosition, flip, inline, offset, shift, type Platform, type Rect } from '@floating-ui/core';
import { liveRange } from '../live-range';

const GAP = 8;
const VIEWPORT_PADDING = 8;

export interface Placement {
  x: number;
  y: number;
  /** Height available for the card where it is placed. */
  maxHeight: number;
  /** False once the mention has scrolled out of the viewport: the card has nothing to sit beside. */
  visible: boolean;
}

/** What Floating UI needs of the mention: its box and its line boxes. */
interface RangeReference {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
}

function toRect(box: DOMRect): Rect {
  return { x: box.left, y: box.top, width: box.width, height: box.height };
}

function viewportRect(): Rect {
  const width = Math.min(innerWidth, document.documentElement.clientWidth || innerWidth);
  const height = Math.min(innerHeight, document.documentElement.clientHeight || innerHeight);
  return { x: 0, y: 0, width, height };
}

const viewportPlatform: Platform = {
  getElementRects: ({ reference, floating }: { reference: RangeReference; floating: HTMLElement }) => {
    const box = floating.getBoundingClientRect();
    return { reference: toRect(reference.getBoundingClientRect()), floating: { x: 0, y: 0, width: box.width, height: box.height } };
  },
  getClippingRect: viewportRect,
  getDimensions: (element: Element) => {
    const box = element.getBoundingClientRect();
    return { width: box.width, height: box.height };
  },
  getClientRects: (reference: RangeReference) =>
    [...reference.getClientRects()].map((box) => ({ ...toRect(box), top: box.top, left: box.left, right: box.right, bottom: box.bottom })),
  isRTL: (element: Element) => getComputedStyle(element).direction === 'rtl',
};

const NO_BOX = new DOMRect();

/** How tall the card may be beside a mention whose box is `box`: the roomier side, less the gap. */
function roomBeside(box: DOMRect): number {
  const viewport = viewportRect();
  return Math.max(120, Math.max(viewport.height - box.bottom, box.top) - GAP - VIEWPORT_PADDING);
}

/**
 * The height the card may take beside `range` now: the first draw uses it, so the first
 * placement is already the card's own (drawn at the viewport's height first, a card beside a
 * mention near the top could be placed off the screen until its resize placed it again).
 */
export function roomBesideRange(range: StaticRange): number {
  return roomBeside(liveRange(range)?.getBoundingClientRect() ?? NO_BOX);
}

/** The mention's boxes, measured afresh on each read (nodes may have moved); empty once it has left the page. */
function rangeReference(range: StaticRange): RangeReference {
  return {
    getBoundingClientRect: () => liveRange(range)?.getBoundingClientRect() ?? NO_BOX,
    getClientRects: () => liveRange(range)?.getClientRects() ?? document.createRange().getClientRects(),
  };
}

/**
 * Positions `floating` next to `range` now and whenever the page scrolls, the window resizes
 * or the card changes size. `pointer` picks the line of a wrapped mention. Returns a function
 * that stops following.
 */
export function followRange(
  range: StaticRange,
  floating: HTMLElement,
  pointer: { x: number; y: number } | null,
  place: (placement: Placement) => void,
): () => void {
  const reference = rangeReference(range);
  let frame = 0;
  let stopped = false;
  const update = (): void => {
    frame = 0;
    if (stopped || !range.startContainer.isConnected) return;
    // No taller than the roomier side of the mention; `flip` then picks a side it fits.
    const box = reference.getBoundingClientRect();
    const viewport = viewportRect();
    const maxHeight = roomBeside(box);
    const visible = box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;
    void computePosition(reference, floating, {
      platform: viewportPlatform,
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(pointer ?? undefined), offset(GAP), flip({ padding: VIEWPORT_PADDING }), shift({ padding: VIEWPORT_PADDING })],
    }).then(({ x, y }) => {
      if (!stopped) place({ x, y, maxHeight, visible });
    });
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const listening = new AbortController();
  addEventListener('scroll', schedule, { capture: true, passive: true, signal: listening.signal });
  addEventListener('resize', schedule, { passive: true, signal: listening.signal });
  const resized = new ResizeObserver(schedule);
  resized.observe(floating);
  update();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    listening.abort();
    resized.disconnect();
  };
}
