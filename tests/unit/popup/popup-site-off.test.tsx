/**
 * What the popup lists once the reader turns Claimlens off for the site: the status says so at
 * once, and the mentions go with it, without waiting for the page's frames to report again (their
 * last report, from before, still holds them for a moment).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup, type PopupProps } from '../../../src/popup/Popup';
import { popupProps } from './popup-props';
import { DEFAULT_SETTINGS } from '../../../src/platform/settings-schema';
import type { TabState } from '../../../src/platform/tab-state-store';

const REPORTED: TabState = {
  frames: {
    0: {
      host: 'news.example',
      count: 1,
      active: true,
      items: [{ kind: 'mention', id: 'm1', index: 0, text: 'drug consumption room', ref: 'drug consumption room', snippet: 'a drug consumption room opens' }],
    },
  },
};

const props = (disabledSites: string[]): PopupProps => popupProps({ tab: REPORTED, settings: { ...DEFAULT_SETTINGS, disabledSites } });

describe('the popup on a site turned off', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  it('lists the mentions while Claimlens is on for the site, and none once it is turned off, before the page reports again', async () => {
    await act(() => render(<Popup {...props([])} />, root));
    expect(root.querySelectorAll('button.mention')).toHaveLength(1);
    await act(() => render(<Popup {...props(['news.example'])} />, root));
    expect(root.querySelectorAll('button.mention')).toHaveLength(0);
  });
});
