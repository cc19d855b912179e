/** What the panel lists: every frame's items, the top frame's first, each frame's in page order. */
import { describe, expect, it } from 'vitest';
import { panelItems, panelState, unlistedMentions } from '../../../src/panel/panel-items';
import type { FrameReport, PageItem } from '../../../src/platform/messages';
import type { TabState } from '../../../src/platform/tab-state-store';

const item = (kind: PageItem['kind'], index: number, text: string): PageItem => ({
  kind,
  id: `${kind}-${index}`,
  index,
  text,
  ref: text,
  snippet: text,
});
const frame = (items: PageItem[], extra: Partial<FrameReport> = {}): FrameReport => ({
  host: 'news.example',
  count: items.length,
  items,
  active: true,
  ...extra,
});

describe('panelItems', () => {
  it('lists the top frame first, then the other frames in the order the browser numbered them, each in page order', () => {
    // Object keys come back in ascending order; frame ids are not in page order either way.
    const tab: TabState = {
      frames: {
        12: frame([item('mention', 0, 'third')]),
        0: frame([item('mention', 0, 'first'), item('claim', 0, 'second')]),
        7: frame([item('mention', 0, 'in frame 7')]),
      },
    };
    expect(panelItems(tab).map((i) => [i.frameId, i.text])).toEqual([
      [0, 'first'],
      [0, 'second'],
      [7, 'in frame 7'],
      [12, 'third'],
    ]);
  });

  it('gives each item a key unique in the tab, though frames number their items alike', () => {
    const tab: TabState = { frames: { 0: frame([item('mention', 0, 'a')]), 3: frame([item('mention', 0, 'b')]) } };
    const keys = panelItems(tab).map((i) => i.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('leaves out a frame where Claimlens is off', () => {
    const tab: TabState = { frames: { 0: frame([item('mention', 0, 'top')]), 4: frame([item('mention', 0, 'ad')], { active: false }) } };
    expect(panelItems(tab).map((i) => i.text)).toEqual(['top']);
  });

  it('counts the mentions each frame found beyond those it listed', () => {
    const tab: TabState = { frames: { 0: frame([item('mention', 0, 'a'), item('claim', 0, 'b')], { count: 140 }), 2: frame([item('mention', 0, 'c')]) } };
    expect(unlistedMentions(tab)).toBe(139);
  });
});

describe('panelState', () => {
  const settings = { paused: false };

  it('tells a page Claimlens cannot read from one where it found nothing', () => {
    expect(panelState(null, settings)).toEqual({ kind: 'unavailable' });
    expect(panelState({ frames: { 0: frame([]) } }, settings)).toEqual({ kind: 'empty' });
  });

  it('says a tab that has just left a page it read is reading its next one, not unreadable', () => {
    expect(panelState(null, settings, true)).toEqual({ kind: 'reading' });
  });

  it('says when Claimlens is off on the site or paused, whatever the frames hold', () => {
    const off: TabState = { frames: { 0: frame([], { active: false, host: 'news.example' }), 5: frame([item('mention', 0, 'x')]) } };
    expect(panelState(off, settings)).toEqual({ kind: 'site-off', host: 'news.example' });
    expect(panelState({ frames: { 0: frame([item('mention', 0, 'x')]) } }, { paused: true })).toEqual({ kind: 'paused' });
  });
});
