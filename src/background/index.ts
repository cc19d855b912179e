/**
 * Background: collects each frame's mention report into the tab's state and badge, routes the
 * keyboard commands to the right frame, and opens extension pages for content scripts.
 */
import { browser, extensionUrl } from '../platform/browser';
import { handleBackgroundRequests, sendToFrame } from '../platform/messages';
import { normaliseSite } from '../platform/settings-schema';
import { readSettings, writeSettings } from '../platform/settings-store';
import { readTabState } from '../platform/tab-state-store';
import { forgetTab, removeFrame, setFrameReport } from './tab-state';
import cardData from 'virtual:claimlens/card-data';
import { readReason } from '../data/mention-reason';
import { buildCardModel } from './build-card-model';

const BADGE_COLOUR = '#5b3cc4';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

handleBackgroundRequests({
  'frame-report': async ({ host, count, mentions, active }, sender) => {
    if (sender.tabId === undefined || sender.frameId === undefined) return;
    await setFrameReport(sender.tabId, sender.frameId, { host, count, mentions, active });
  },
  'frame-gone': async (_request, sender) => {
    if (sender.tabId === undefined || sender.frameId === undefined) return;
    await removeFrame(sender.tabId, sender.frameId);
  },
  'top-host': async (_request, sender) => {
    if (sender.tabId === undefined) return null;
    const fromTab = hostOf(sender.tabUrl);
    if (fromTab) return fromTab;
    return (await readTabState(sender.tabId))?.frames[0]?.host ?? null;
  },
  'card-model': ({ text, context, reason }) => buildCardModel({ text, context, reason: readReason(reason) }, cardData),
  'disable-site': async ({ host }) => {
    const site = normaliseSite(host);
    if (!site) return;
    const { disabledSites } = await readSettings();
    if (!disabledSites.includes(site)) await writeSettings({ disabledSites: [...disabledSites, site] });
  },
  'open-sources': async ({ itemId }) => {
    await browser.tabs.create({ url: extensionUrl(`pages/sources.html${itemId ? `#${encodeURIComponent(itemId)}` : ''}`) });
  },
});

// A new document in the tab: its frames will report afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

/** Next / previous mention: the top frame if it has mentions, else the first frame that does. */
browser.commands.onCommand.addListener((command, tab) => {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  const tabId = tab?.id;
  if (!direction || tabId === undefined) return;
  void (async () => {
    const state = await readTabState(tabId);
    const frames = Object.entries(state?.frames ?? {})
      .filter(([, f]) => f.active && f.count > 0)
      .map(([id]) => Number(id))
      .sort((a, b) => a - b);
    const frameId = frames[0];
    if (frameId !== undefined) await sendToFrame(tabId, frameId, 'step-mention', { direction }).catch(() => false);
  })();
});

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
});
void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
