/**
 * The messages between the content script, the background and the extension pages, typed
 * end to end. Only the extension's own contexts can send runtime messages (there is no
 * `externally_connectable`), but handlers still check shapes: a bug must not become a crash.
 */
import type { Runtime } from 'webextension-polyfill';
import type { CardModel } from '../data/card-data';
import { browser } from './browser';

/** One mention as the popup lists it. */
export interface MentionSummary {
  /** Index of the mention in its frame, in document order. */
  index: number;
  /** As it reads on the page. */
  text: string;
  /** The lexicon form it matched: mentions are grouped by it. */
  term: string;
  /** A few words either side, for the popup list. */
  snippet: string;
}

/** What one frame reports about itself. */
export interface FrameReport {
  host: string;
  /** All mentions in the frame (may exceed `mentions.length`: the list is capped). */
  count: number;
  mentions: MentionSummary[];
  /** False when Claimlens is off for this frame (site disabled or paused). */
  active: boolean;
}

/** Messages the background answers. */
export type BackgroundRequests = {
  /** A frame's content script reports its mentions (and on every change). */
  'frame-report': { request: FrameReport; response: undefined };
  /** A frame is going away (pagehide). */
  'frame-gone': { request: Record<string, never>; response: undefined };
  /** Which host is this frame's tab showing? (for per-site settings in subframes) */
  'top-host': { request: Record<string, never>; response: string | null };
  /** The card for a mention: the evidence ranked for its paragraph. */
  'card-model': { request: { text: string; context: string }; response: CardModel };
  /** Turn Claimlens off for a site (the card's "Turn off on this site"). */
  'disable-site': { request: { host: string }; response: undefined };
  /** Open the sources page (optionally at one evidence item) in a new tab. */
  'open-sources': { request: { itemId?: string }; response: undefined };
};

/** Messages a frame's content script answers. */
export type ContentRequests = {
  /** Scroll to the frame's mention `index`, mark it active and open its card. */
  'reveal-mention': { request: { index: number }; response: boolean };
  /** Step to the next / previous mention from the active one; false when there is none. */
  'step-mention': { request: { direction: 1 | -1 }; response: boolean };
  /** The top frame's document as markup (not its shadow roots or frames), to add it as evidence. */
  'serialise-document': { request: Record<string, never>; response: SerialisedDocument };
};

/** A page's document as the content script saw it, for the add-article page to parse. */
export interface SerialisedDocument {
  html: string;
  url: string;
}

type Protocol<T> = { [K in keyof T]: { request: unknown; response: unknown } };

export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
  tabUrl?: string;
}

function senderOf(sender: Runtime.MessageSender): MessageSender {
  return { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, tabUrl: sender.tab?.url };
}

function isEnvelope(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

export function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return browser.runtime.sendMessage<unknown, BackgroundRequests[K]['response']>({ type, ...request });
}

export function sendToFrame<K extends keyof ContentRequests>(
  tabId: number,
  frameId: number,
  type: K,
  request: ContentRequests[K]['request'],
): Promise<ContentRequests[K]['response']> {
  return browser.tabs.sendMessage<unknown, ContentRequests[K]['response']>(tabId, { type, ...request }, { frameId });
}

type Handlers<T extends Protocol<T>> = {
  [K in keyof T]: (request: T[K]['request'], sender: MessageSender) => T[K]['response'] | Promise<T[K]['response']>;
};

function listen<T extends Protocol<T>>(handlers: Partial<Handlers<T>>, signal?: AbortSignal): void {
  // Answered through sendResponse + `return true`: the form both browsers take (Chrome does
  // not accept a returned promise from every version we support).
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof T]!;
    Promise.resolve()
      .then(() => handler(message as Parameters<typeof handler>[0], senderOf(sender)))
      .then(sendResponse, (error: unknown) => {
        console.debug('[claimlens] message handler failed', message.type, error);
        sendResponse(undefined);
      });
    return true;
  };
  // The declared callback type always returns true; returning undefined for messages this
  // listener does not handle is what lets other listeners answer them.
  const typed = listener as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(typed);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(typed), { once: true });
}

export function handleBackgroundRequests(handlers: Handlers<BackgroundRequests>): void {
  listen<BackgroundRequests>(handlers);
}

/** Each feature answers its own requests; a request no listener answers gets undefined. */
export function handleContentRequests(handlers: Partial<Handlers<ContentRequests>>, signal: AbortSignal): void {
  listen<ContentRequests>(handlers, signal);
}
