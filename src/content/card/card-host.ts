/**
 * The card's home in the page: a custom element appended to <html> the first time a card
 * opens, with a closed shadow root (page scripts cannot reach in to rewrite a quote) and
 * styles reset, so the page's CSS cannot restyle it. It is shown in the top layer as a manual
 * popover, above any z-index the page uses and outside its overflow and transforms.
 */

const HOST_TAG = 'claimlens-card';

/**
 * Inline, !important: the one thing page CSS cannot override (a page rule such as
 * `* { all: unset !important }` loses to an important declaration in the style attribute).
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: auto',
  'top: 0',
  'left: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'width: max-content',
  'height: auto',
  'max-width: none',
  'max-height: none',
  'overflow: visible',
  'background: transparent',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'contain: layout style',
  'zoom: 1',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export interface CardHost {
  /** The element Floating UI positions. */
  readonly host: HTMLElement;
  /** Where Preact renders, inside the closed shadow root. */
  readonly mount: HTMLElement;
  /** Puts the host back if the page removed it; shows it in the top layer. */
  show(): void;
  hide(): void;
  /** Whether `node` (an event target) is inside the card. */
  contains(target: EventTarget | null): boolean;
  /** Moves the card (fixed coordinates, CSS pixels). */
  moveTo(x: number, y: number): void;
  remove(): void;
}

function applyStyles(root: ShadowRoot, css: string): void {
  // Constructed sheets are not subject to the page's CSP (style-src), inline <style> is.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

export function createCardHost(css: string): CardHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const supportsPopover = 'popover' in host;
  if (supportsPopover) host.popover = 'manual';
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, css);
  const mount = document.createElement('div');
  mount.className = 'root';
  root.append(mount);
  let x = 0;
  let y = 0;

  const place = (): void => {
    host.style.setProperty('left', `${x}px`, 'important');
    host.style.setProperty('top', `${y}px`, 'important');
  };

  return {
    host,
    mount,
    show() {
      if (!host.isConnected) document.documentElement.append(host);
      // `zoom` on the page's <html> would scale the card and the coordinates it is placed at: undo it.
      const inherited = host.parentElement?.currentCSSZoom ?? 1;
      host.style.setProperty('zoom', inherited > 0 ? String(1 / inherited) : '1', 'important');
      if (supportsPopover && !host.matches(':popover-open')) host.showPopover();
      host.style.setProperty('visibility', 'visible', 'important');
    },
    hide() {
      if (supportsPopover && host.isConnected && host.matches(':popover-open')) host.hidePopover();
      host.style.setProperty('visibility', 'hidden', 'important');
    },
    contains(target) {
      return target === host || (target instanceof Node && host.contains(target));
    },
    moveTo(nextX, nextY) {
      x = nextX;
      y = nextY;
      place();
    },
    remove() {
      host.remove();
    },
  };
}
