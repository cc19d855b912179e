/**
 * Whether this script still belongs to a running extension. When the extension is updated,
 * reloaded or removed, the content scripts already in open tabs stay behind, orphaned: every
 * call to the extension API fails, and nothing tells them. Chromium then answers
 * `runtime.id` with undefined; a rejected message is the other sign. Whoever notices calls
 * `checkExtensionContext()`, and every listener learns of the loss once.
 */
import { browser } from './browser';

const lostListeners = new Set<() => void>();
let lost = false;

function alive(): boolean {
  try {
    // Typed as always there; an orphaned Chromium content script has no `runtime` at all.
    const runtime = browser.runtime as typeof browser.runtime | undefined;
    return typeof runtime?.id === 'string' && runtime.id !== '';
  } catch {
    return false; // Firefox throws on reading a dead wrapper
  }
}

/** True while the extension is still there; on the first false, tells the listeners. */
export function checkExtensionContext(): boolean {
  if (lost) return false;
  if (alive()) return true;
  lost = true;
  for (const listener of [...lostListeners]) {
    try {
      listener();
    } catch (error) {
      console.debug('[claimlens] a context-lost listener failed', error);
    }
  }
  lostListeners.clear();
  return false;
}

/** Calls `listener` once if the extension goes away, until `signal` aborts. */
export function onExtensionContextLost(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  lostListeners.add(listener);
  signal.addEventListener('abort', () => lostListeners.delete(listener), { once: true });
}

/**
 * Runs an API call that undoes a registration when `signal` aborts; after the extension has
 * gone the API itself may be gone, and there is nothing left to undo.
 */
export function onAbortUnregister(signal: AbortSignal, unregister: () => void): void {
  signal.addEventListener(
    'abort',
    () => {
      try {
        unregister();
      } catch {
        // The extension is gone, and its registrations with it.
      }
    },
    { once: true },
  );
}
