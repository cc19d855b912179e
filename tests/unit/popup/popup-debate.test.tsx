/**
 * The popup tells the reader what else Claimlens marked on the page besides the mentions: the
 * claims and the stakeholders, counted over the frames still running (the panel lists them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup, type PopupProps } from '../../../src/popup/Popup';
import { DEFAULT_SETTINGS } from '../../../src/platform/settings-schema';
import type { PageItem } from '../../../src/platform/messages';
import type { TabState } from '../../../src/platform/tab-state-store';

const mention: PageItem = {
  kind: 'mention',
  id: 'm1',
  index: 0,
  text: 'drug consumption room',
  ref: 'drug consumption room',
  snippet: 'a drug consumption room opens',
};
const claim = (index: number): PageItem => ({
  kind: 'claim',
  id: `c${index}`,
  index,
  text: 'Such rooms keep people alive.',
  ref: 'save-lives',
  snippet: 'Such rooms keep people alive.',
});
const name: PageItem = { kind: 'stakeholder', id: 's1', index: 0, text: 'Alison Thewliss', ref: 'alison-thewliss', snippet: 'Alison Thewliss said' };

const props = (tab: TabState, paused = false): PopupProps => ({
  tab,
  runningOn: 'news.example',
  settings: { ...DEFAULT_SETTINGS, paused },
  shortcuts: [],
  onReveal: () => undefined,
  onSiteEnabled: () => undefined,
  onPaused: () => undefined,
  onOpen: () => undefined,
  onOpenPanel: () => undefined,
  onAddArticle: () => undefined,
});

describe('the popup on a page that argues', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));
  const also = (): string | null => root.querySelector('.also')?.textContent ?? null;

  it('counts the claims and stakeholders of the frames still running, beside the mentions', async () => {
    const tab: TabState = {
      frames: {
        0: { host: 'news.example', count: 1, active: true, items: [mention, claim(0), name] },
        3: { host: 'embed.example', count: 1, active: true, items: [mention, claim(0)] },
        // A frame switched off keeps its last report for a moment: what it held no longer counts.
        5: { host: 'old.example', count: 1, active: false, items: [mention, claim(0), claim(1)] },
      },
    };
    await act(() => render(<Popup {...props(tab)} />, root));
    expect(also()).toBe('Also marked: 2 claims and 1 stakeholder. The panel lists them.');
  });

  it('says nothing more on a page of mentions alone, or while Claimlens is paused', async () => {
    await act(() => render(<Popup {...props({ frames: { 0: { host: 'news.example', count: 1, active: true, items: [mention] } } })} />, root));
    expect(also()).toBeNull();
    const tab: TabState = { frames: { 0: { host: 'news.example', count: 1, active: true, items: [mention, claim(0)] } } };
    await act(() => render(<Popup {...props(tab)} />, root));
    expect(also()).toBe('Also marked: 1 claim. The panel lists them.');
    await act(() => render(<Popup {...props(tab, true)} />, root));
    expect(also()).toBeNull();
  });
});
