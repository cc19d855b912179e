/**
 * What the panel shows around its list. The balance comes only once the frames have given their
 * paragraphs, a moment after the list: whatever stands above the list must not change then, or
 * every item moves down under the reader's pointer and a click meant for one lands elsewhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Panel, type PanelProps } from '../../../src/panel/Panel';
import { pageBalance, type Voice } from '../../../src/panel/page-balance';
import type { PanelItem } from '../../../src/panel/panel-items';

const ITEMS: PanelItem[] = [
  {
    kind: 'mention',
    id: 'mention-1',
    index: 0,
    text: 'safe injection site',
    ref: 'safe injection site',
    snippet: 'a safe injection site opened',
    frameId: 0,
    key: '0:mention-1',
  },
  { kind: 'stakeholder', id: 's1', index: 0, text: 'Ada Brennan', ref: 'ada', snippet: 'Ada Brennan runs the clinic', frameId: 0, key: '0:s1' },
];
const VOICES: Voice[] = [
  { id: 'ada', name: 'Ada Brennan', kind: 'person', side: 'for' },
  { id: 'ministry', name: 'Ministry of Care', kind: 'office', side: 'against' },
];
const BALANCE = pageBalance(['Ada Brennan runs the clinic. “It keeps people alive,” Brennan said of the safe injection site.'], VOICES, [
  { id: 'ada', text: 'Ada Brennan' },
]);

const props = (balance: PanelProps['balance']): PanelProps => ({
  state: { kind: 'items', items: ITEMS },
  unlisted: 0,
  balance,
  selectedKey: null,
  card: null,
  onActivate: () => undefined,
  onCloseCard: () => undefined,
  onOpenSource: () => undefined,
  onDisableSite: () => undefined,
});

/** Everything the panel renders before its first item, as text. */
function aboveTheList(root: Element): string {
  const first = root.querySelector('button.item');
  if (!first) throw new Error('no item listed');
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEndBefore(first);
  return range.toString();
}

describe('the panel’s layout', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  it('keeps the list where it stands when the balance arrives after it', async () => {
    await act(() => render(<Panel {...props(null)} />, root));
    const before = aboveTheList(root);
    await act(() => render(<Panel {...props(BALANCE)} />, root));
    // The balance is shown (after the list), and nothing above the list changed.
    expect(root.querySelector('.balance .quoted')?.textContent).toContain('Ada Brennan');
    expect(aboveTheList(root)).toBe(before);
  });
});
