/**
 * What each tab's frames reported, in `storage.session`: it survives the Chrome service
 * worker being stopped between events, and the popup reads it (and watches it) directly.
 */
import { browser } from './browser';
import { onAbortUnregister } from './extension-context';
import type { FrameReport } from './messages';

export interface TabState {
  /** Keyed by frame id; 0 is the top frame. */
  frames: Record<number, FrameReport>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

/** Null when no content script has reported in this tab (it cannot run there, or has not yet). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return stored ?? null;
}

export async function writeTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state) await browser.storage.session.set({ [keyOf(tabId)]: state });
  else await browser.storage.session.remove(keyOf(tabId));
}

/** Calls `listener` whenever the tab's state changes, until `signal` aborts. */
export function watchTabState(tabId: number, listener: () => void, signal: AbortSignal): void {
  const key = keyOf(tabId);
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'session' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  onAbortUnregister(signal, () => browser.storage.onChanged.removeListener(onChanged));
}
