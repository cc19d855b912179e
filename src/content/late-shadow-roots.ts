/**
 * Open shadow roots attached after the frame was read. Attaching one records no mutation, so
 * the prose of a custom element upgraded late (its definition loaded after the page: a lazily
 * hydrated component) would stay unread. The elements that may still get one, custom elements
 * not defined yet, are looked at again on a falling schedule (half a second, doubling, for about
 * a minute after the last was added), each until it gets an open shadow root, is defined
 * without one, or leaves the page. A frame without such elements pays one selector query for
 * the document and one for each element added later.
 */
import { isolated } from './isolated';

const UNDEFINED = ':not(:defined)';
const FIRST_DELAY_MS = 500;
/** The last delay of the schedule: after it, a host still undefined is given up (0.5 + 1 + … + 32 s ≈ a minute). */
const LAST_DELAY_MS = 32_000;

export class LateShadowRoots {
  readonly #attached: (host: Element, root: ShadowRoot) => void;
  readonly #signal: AbortSignal;
  readonly #waiting = new Set<Element>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #delay = FIRST_DELAY_MS;

  /** `attached(host, root)` is called once for each open shadow root found on an element that had none when first looked at. */
  constructor(attached: (host: Element, root: ShadowRoot) => void, signal: AbortSignal) {
    this.#attached = attached;
    this.#signal = signal;
    signal.addEventListener(
      'abort',
      () => {
        if (this.#timer !== null) clearTimeout(this.#timer);
        this.#waiting.clear();
      },
      { once: true },
    );
  }

  /**
   * Adds the custom elements under `root` (a document, a shadow root or an element, itself
   * included) not defined yet, to be looked at from now on. Queried at once: one defined between
   * now and a later query would have its shadow root already, unseen.
   */
  lookUnder(root: Node): void {
    if (this.#signal.aborted) return;
    const before = this.#waiting.size;
    if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(UNDEFINED)) this.#waiting.add(root as Element);
    if ('querySelectorAll' in root) {
      const found = (root as ParentNode).querySelectorAll(UNDEFINED);
      for (let i = 0; i < found.length; i++) this.#waiting.add(found[i]!);
    }
    if (this.#waiting.size === before) return;
    // A look due soon takes them (a page adding such elements all the time must not keep pushing it back); one far off is brought forward.
    if (this.#timer !== null && this.#delay === FIRST_DELAY_MS) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#schedule(FIRST_DELAY_MS);
  }

  #schedule(delay: number): void {
    this.#delay = delay;
    this.#timer = setTimeout(() => this.#look(), delay);
  }

  #look(): void {
    this.#timer = null;
    if (this.#signal.aborted) return;
    for (const host of this.#waiting) {
      const root = host.shadowRoot;
      if (root) {
        this.#waiting.delete(host);
        if (host.isConnected) isolated('reading a late shadow root failed', () => this.#attached(host, root));
      } else if (!host.isConnected || host.matches(':defined')) this.#waiting.delete(host);
    }
    const next = this.#delay * 2;
    if (this.#waiting.size > 0 && next <= LAST_DELAY_MS) this.#schedule(next);
  }
}
