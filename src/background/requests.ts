/** What the background answers: each request a content script or extension page may send. */
import { extensionUrl, openExtensionTab } from '../platform/browser';
import { uiLanguage } from '../platform/i18n';
import type { BackgroundRequests, MessageSender } from '../platform/messages';
import { normaliseSite } from '../platform/settings-schema';
import { readSettings, writeSettings } from '../platform/settings-store';
import { CARD_CONTENT_SCRIPT, contentScriptHost, injectContentScript, MAIN_CONTENT_SCRIPT } from '../platform/scripting';
import { readTabState } from '../platform/tab-state-store';
import { findDebate } from './find-debate';
import { buildCardModel, buildClaimCardModel, buildStakeholderCardModel } from './build-card-model';
import { currentCardData, forgetReaderEvidence } from './reader-evidence';
import { removeFrame, setFrameReport } from './tab-state';

type Handlers = {
  [K in keyof BackgroundRequests]: (
    request: BackgroundRequests[K]['request'],
    sender: MessageSender,
  ) => Promise<BackgroundRequests[K]['response']> | BackgroundRequests[K]['response'];
};

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * The host of the page in the sender's tab, whichever frame sent it: the tab's URL where the
 * browser gives it, else what the tab's top frame reported, else (a top frame without the topic
 * reports nothing) what its page says when asked.
 */
async function topHostOf(sender: MessageSender): Promise<string | null> {
  if (sender.tabId === undefined) return null;
  const fromTab = hostOf(sender.tabUrl) ?? (sender.frameId === 0 ? hostOf(sender.url) : null);
  if (fromTab) return fromTab;
  return (await readTabState(sender.tabId))?.frames[0]?.host ?? (await contentScriptHost(sender.tabId));
}

export const backgroundRequests: Handlers = {
  'frame-report': async ({ host, count, items, active }, sender) => {
    if (sender.tabId === undefined || sender.frameId === undefined) return;
    await setFrameReport(sender.tabId, sender.frameId, { host, count, items, active });
  },
  'topic-here': (_request, sender) => injectContentScript(sender, MAIN_CONTENT_SCRIPT),
  'card-script': (_request, sender) => injectContentScript(sender, CARD_CONTENT_SCRIPT),
  'frame-gone': async (_request, sender) => {
    if (sender.tabId === undefined || sender.frameId === undefined) return;
    await removeFrame(sender.tabId, sender.frameId);
  },
  'top-host': (_request, sender) => topHostOf(sender),
  'card-model': async ({ text, context, reason }) => buildCardModel({ text, context, reason }, await currentCardData(), extensionUrl('pages/sources.html')),
  'find-debate': ({ prose }) => findDebate(prose),
  'debate-card': async (request) => {
    const sources = extensionUrl('pages/sources.html');
    const cardData = await currentCardData();
    return request.kind === 'claim' ? buildClaimCardModel(request, cardData, uiLanguage(), sources) : buildStakeholderCardModel(request, cardData, sources);
  },
  // The reader turns off the page they are reading, whichever frame the card was in: the
  // site comes from the sender's tab, never from the message.
  'disable-site': async (_request, sender) => {
    const host = await topHostOf(sender);
    const site = host ? normaliseSite(host) : null;
    if (!site) return;
    const { disabledSites } = await readSettings();
    if (!disabledSites.includes(site)) await writeSettings({ disabledSites: [...disabledSites, site] });
  },
  'reader-evidence-changed': () => {
    forgetReaderEvidence();
    return undefined;
  },
  'open-sources': async ({ itemId }) => {
    await openExtensionTab(`pages/sources.html${itemId ? `#${encodeURIComponent(itemId)}` : ''}`);
  },
};
