/** The background: answers requests, keeps each tab's badge, and routes keyboard commands. */
import { addPageMenuItem, onCommand, onTabClosed, onTabLoading, openExtensionTab, openPagePanel, setBadgeColour, t } from '../platform/browser';
import { handleBackgroundRequests, sendToFrame } from '../platform/messages';
import { readTabState } from '../platform/tab-state-store';
import { backgroundRequests } from './requests';
import { forgetTab } from './tab-state';

const BADGE_COLOUR = '#5b3cc4';

handleBackgroundRequests(backgroundRequests);

// A new document in the tab: its frames will report afresh.
onTabLoading((tabId) => void forgetTab(tabId));
onTabClosed((tabId) => void forgetTab(tabId));

/**
 * The page panel opens at once: a keyboard command is a user gesture only until the handler
 * first awaits. Next / previous mention: the top frame if it has mentions, else the first
 * frame that does.
 */
onCommand((command, tabId) => {
  if (command === 'open-panel') {
    openPagePanel(tabId).catch((error: unknown) => console.debug('[claimlens] could not open the panel', error));
    return;
  }
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
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

// The same flow as the popup's button: the add-article page asks that tab for its document.
addPageMenuItem('add-article', t('popupAddArticle'), (tabId) => void openExtensionTab(`pages/add-article.html?tab=${tabId}`));

// Every start of the background (the Chrome service worker starts often) sets it; install included.
void setBadgeColour(BADGE_COLOUR);
