/**
 * The paragraphs of the panel's items, asked of each frame by id: frame reports carry none (they
 * go on every change of every page, panel or not), so only an open panel pays for them. Each
 * item's paragraph is asked once while it is listed; an item's id names one range with one
 * judgement, so its paragraph does not change while the id lives.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PARAGRAPH_IDS, sendToFrame } from '../platform/messages';
import type { PanelItem } from './panel-items';

/** Asks one frame for the paragraphs of the items it listed under `ids` (undefined from a frame that does not answer). */
export type AskParagraphs = (frameId: number, ids: string[]) => Promise<Record<string, string> | undefined>;

/** Asks `tabId`'s frames. */
export const askFrames =
  (tabId: number): AskParagraphs =>
  (frameId, ids) =>
    sendToFrame(tabId, frameId, 'item-paragraphs', { ids });

/** The listed items' paragraphs by item key, as they arrive; asks each frame for those it has not been asked for. */
export function useItemParagraphs(ask: AskParagraphs | null, items: readonly PanelItem[]): ReadonlyMap<string, string> {
  const [paragraphs, setParagraphs] = useState<ReadonlyMap<string, string>>(new Map());
  /** The keys asked for since the tab changed, and which `ask` they were asked through. */
  const asked = useRef({ ask, keys: new Set<string>() });
  // A new report with the same items asks nothing.
  const keys = items.map((item) => item.key).join('\u0000');

  useEffect(() => {
    if (asked.current.ask !== ask) {
      asked.current = { ask, keys: new Set() };
      setParagraphs(new Map());
    }
    const round = asked.current;
    const listed = new Set(items.map((item) => item.key));
    // Items that left the list take their paragraphs with them (and are asked again if they come back).
    for (const key of round.keys) if (!listed.has(key)) round.keys.delete(key);
    setParagraphs((previous) => ([...previous.keys()].every((key) => listed.has(key)) ? previous : new Map([...previous].filter(([key]) => listed.has(key)))));
    if (!ask) return;
    const byFrame = new Map<number, PanelItem[]>();
    for (const item of items) {
      if (round.keys.has(item.key)) continue;
      round.keys.add(item.key);
      byFrame.set(item.frameId, [...(byFrame.get(item.frameId) ?? []), item]);
    }
    for (const [frameId, wanted] of byFrame) {
      for (let at = 0; at < wanted.length; at += MAX_PARAGRAPH_IDS) {
        const batch = wanted.slice(at, at + MAX_PARAGRAPH_IDS);
        const ids = batch.map((item) => item.id);
        ask(frameId, ids).then(
          (answer) => {
            // The panel moved to another tab meanwhile, or the frame went away unanswered.
            if (asked.current !== round || !answer) return;
            setParagraphs((previous) => {
              const next = new Map(previous);
              for (const item of batch) {
                const paragraph = answer[item.id];
                if (typeof paragraph === 'string' && round.keys.has(item.key)) next.set(item.key, paragraph);
              }
              return next;
            });
          },
          (error: unknown) => console.debug('[claimlens] a frame did not give its paragraphs', error),
        );
      }
    }
  }, [ask, keys]); // `keys` stands for `items`

  return paragraphs;
}
