/**
 * The panel asks each frame for its items' paragraphs (reports carry none): each item once while
 * it is listed, grouped by frame, and a report listing the same items asks nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useItemParagraphs, type AskParagraphs } from '../../../src/panel/item-paragraphs';
import type { PanelItem } from '../../../src/panel/panel-items';

const item = (frameId: number, id: string): PanelItem => ({ kind: 'mention', id, index: 0, text: id, ref: id, snippet: id, frameId, key: `${frameId}:${id}` });

let shown: ReadonlyMap<string, string> = new Map();
/** Renders, then lets the frames' answers arrive. */
async function show(probe: preact.JSX.Element, root: Element): Promise<void> {
  await act(async () => {
    render(probe, root);
    await new Promise((done) => setTimeout(done, 0));
  });
  // The answers' state is rendered in the next round.
  await act(async () => undefined);
}
function Probe({ ask, items }: { ask: AskParagraphs | null; items: PanelItem[] }) {
  shown = useItemParagraphs(ask, items);
  return null;
}

describe('the panel’s paragraphs', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('asks each frame once for the items it lists, and drops those that leave the list', async () => {
    const ask = vi.fn<AskParagraphs>(async (frameId, ids) =>
      Object.fromEntries(ids.filter((id) => id !== 'gone').map((id) => [id, `paragraph of ${frameId}:${id}`])),
    );
    const first = [item(0, 'mention-1'), item(0, 'c2'), item(7, 'mention-1')];
    await show(<Probe ask={ask} items={first} />, root);
    expect(ask.mock.calls).toEqual([
      [0, ['mention-1', 'c2']],
      [7, ['mention-1']],
    ]);
    expect(Object.fromEntries(shown)).toEqual({
      '0:mention-1': 'paragraph of 0:mention-1',
      '0:c2': 'paragraph of 0:c2',
      '7:mention-1': 'paragraph of 7:mention-1',
    });

    // The next report lists the same items: nothing is asked.
    await show(<Probe ask={ask} items={first.map((i) => ({ ...i }))} />, root);
    expect(ask).toHaveBeenCalledTimes(2);

    // One item left, one came, one the frame no longer holds: only the new ones are asked.
    await show(<Probe ask={ask} items={[item(0, 'c2'), item(0, 's3'), item(0, 'gone')]} />, root);
    expect(ask).toHaveBeenLastCalledWith(0, ['s3', 'gone']);
    expect(Object.fromEntries(shown)).toEqual({ '0:c2': 'paragraph of 0:c2', '0:s3': 'paragraph of 0:s3' });
  });

  it('starts afresh for another tab, and keeps no answer that comes for the tab it left', async () => {
    let answerFirst: (answer: Record<string, string>) => void = () => undefined;
    const slow = vi.fn<AskParagraphs>(() => new Promise((done) => (answerFirst = done)));
    const other = vi.fn<AskParagraphs>(async () => ({ 'mention-1': 'the other tab’s paragraph' }));
    await show(<Probe ask={slow} items={[item(0, 'mention-1')]} />, root);
    await show(<Probe ask={other} items={[item(0, 'mention-1')]} />, root);
    await act(async () => answerFirst({ 'mention-1': 'the first tab’s paragraph' }));
    expect(other).toHaveBeenCalledWith(0, ['mention-1']);
    expect(Object.fromEntries(shown)).toEqual({ '0:mention-1': 'the other tab’s paragraph' });
  });
});
