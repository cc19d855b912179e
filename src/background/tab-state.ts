/** Keeps each tab's frame reports and mirrors them in the toolbar badge. */
import { setBadgeText } from '../platform/browser';
import type { FrameReport } from '../platform/messages';
import { readTabState, writeTabState, type TabState } from '../platform/tab-state-store';

/** The badge for a tab: the mentions of every active frame; empty when off or none. */
export function badgeText(state: TabState | null): string {
  // The top frame decides for the page: a disabled site shows no count at all.
  if (!state || state.frames[0]?.active === false) return '';
  const total = Object.values(state.frames)
    .filter((f) => f.active)
    .reduce((sum, f) => sum + f.count, 0);
  if (total === 0) return '';
  return total > 999 ? '999+' : String(total);
}

// Updates are chained so that two frames reporting at once cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serialise<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function save(tabId: number, state: TabState | null): Promise<void> {
  await writeTabState(tabId, state);
  await setBadgeText(tabId, badgeText(state));
}

export function setFrameReport(tabId: number, frameId: number, report: FrameReport): Promise<void> {
  return serialise(async () => {
    const state = (await readTabState(tabId)) ?? { frames: {} };
    state.frames[frameId] = report;
    await save(tabId, state);
  });
}

export function removeFrame(tabId: number, frameId: number): Promise<void> {
  return serialise(async () => {
    const state = await readTabState(tabId);
    if (!state) return;
    const frames = Object.fromEntries(Object.entries(state.frames).filter(([id]) => Number(id) !== frameId));
    await save(tabId, Object.keys(frames).length ? { frames } : null);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialise(() => save(tabId, null));
}
