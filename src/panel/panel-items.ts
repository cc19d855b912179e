/** What the panel lists for a tab, and what it says when it lists nothing. */
import type { PageItem } from '../platform/messages';
import type { Settings } from '../platform/settings-schema';
import type { TabState } from '../platform/tab-state-store';

/** A page item and the frame it is in. */
export interface PanelItem extends PageItem {
  frameId: number;
  /** Unique in the tab: the frame and the item's id. */
  key: string;
}

/** Every item of the tab's active frames: the top frame's first, then each frame's in the order the browser numbered them; each frame's in page order. */
export function panelItems(tab: TabState | null): PanelItem[] {
  if (!tab) return [];
  return Object.entries(tab.frames)
    .map(([id, frame]) => ({ frameId: Number(id), frame }))
    .sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : a.frameId - b.frameId))
    .flatMap(({ frameId, frame }) => (frame.active ? frame.items.map((item) => ({ ...item, frameId, key: `${frameId}:${item.id}` })) : []));
}

/** How many mentions the active frames hold beyond those listed (each frame's list is capped). */
export function unlistedMentions(tab: TabState | null): number {
  if (!tab) return 0;
  return Object.values(tab.frames).reduce(
    (sum, frame) => (frame.active ? sum + Math.max(0, frame.count - frame.items.filter((i) => i.kind === 'mention').length) : sum),
    0,
  );
}

export type PanelState =
  /** No content script runs in the tab: a browser page, a store, or not loaded yet. */
  | { kind: 'unavailable' }
  /** The tab left its page and has not reported the next one yet. */
  | { kind: 'reading' }
  | { kind: 'paused' }
  | { kind: 'site-off'; host: string }
  | { kind: 'empty' }
  | { kind: 'items'; items: PanelItem[] };

/** `reading`: the tab has just left a page Claimlens read, so a tab with no report is still loading its next one. */
export function panelState(tab: TabState | null, settings: Pick<Settings, 'paused'>, reading = false): PanelState {
  if (!tab) return reading ? { kind: 'reading' } : { kind: 'unavailable' };
  if (settings.paused) return { kind: 'paused' };
  const top = tab.frames[0];
  if (top && !top.active) return { kind: 'site-off', host: top.host };
  const items = panelItems(tab);
  return items.length ? { kind: 'items', items } : { kind: 'empty' };
}
