/**
 * The popup tells the reader what else Claimlens marked on the page besides the mentions: the
 * claims and the stakeholders, counted over the frames still running (the panel lists them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup, type PopupProps } from '../../../src/popup/Popup';
import { popupProps } from './popup-props';
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
const claim = (index: number, claimIds: string[]): PageItem => ({
  kind: 'claim',
  id: `c${index}`,
  index,
  text: 'Such rooms keep people alive.',
  ref: claimIds[0]!,
  claimIds,
  snippet: 'Such rooms keep people alive.',
});
const name = (index: number, ref: string): PageItem => ({ kind: 'stakeholder', id: `s${index}`, index, text: ref, ref, snippet: `${ref} said` });

const props = (tab: TabState, paused = false): PopupProps => popupProps({ tab, settings: { ...DEFAULT_SETTINGS, paused } });

describe('the popup on a page that argues', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));
  const also = (): string | null => root.querySelector('.also')?.textContent ?? null;

  it('counts the claims made and the stakeholders named in the frames still running, each once however often', async () => {
    const tab: TabState = {
      frames: {
        0: {
          host: 'news.example',
          count: 1,
          active: true,
          items: [mention, claim(0, ['save-lives', 'allow-facility']), name(0, 'arfon-jones'), name(1, 'arfon-jones')],
        },
        3: { host: 'embed.example', count: 1, active: true, items: [mention, claim(0, ['save-lives'])] },
        // A frame switched off keeps its last report for a moment: what it held no longer counts.
        5: { host: 'old.example', count: 1, active: false, items: [mention, claim(0, ['change-law']), name(0, 'home-office')] },
      },
    };
    await act(() => render(<Popup {...props(tab)} />, root));
    expect(also()).toBe('Also marked: 2 claims and 1 stakeholder. The panel lists them.');
  });

  it('says nothing more on a page of mentions alone, or while Claimlens is paused', async () => {
    await act(() => render(<Popup {...props({ frames: { 0: { host: 'news.example', count: 1, active: true, items: [mention] } } })} />, root));
    expect(also()).toBeNull();
    const tab: TabState = { frames: { 0: { host: 'news.example', count: 1, active: true, items: [mention, claim(0, ['save-lives'])] } } };
    await act(() => render(<Popup {...props(tab)} />, root));
    expect(also()).toBe('Also marked: 1 claim. The panel lists them.');
    await act(() => render(<Popup {...props(tab, true)} />, root));
    expect(also()).toBeNull();
  });
});
