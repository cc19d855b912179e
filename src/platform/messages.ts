/**
 * The messages between the content script, the background and the extension pages, typed
 * end to end. Only the extension's own contexts can send runtime messages (there is no
 * `externally_connectable`), but every request is checked against its schema where it
 * enters (`listen`): a bug in a sender is a logged, unanswered message, not a crash.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { CardModel } from '../data/card-data';
import { readReason, type MentionReason } from '../data/mention-reason';
import { browser } from './browser';
import { checkExtensionContext, onAbortUnregister } from './extension-context';

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
  /** The card for a mention: the evidence ranked for its paragraph, and why it was marked. */
  'card-model': { request: { text: string; context: string; reason?: MentionReason }; response: CardModel };
  /** Turn Claimlens off for the sender's page (the card's "Turn off on this site"); the background takes the site from the sender's tab. */
  'disable-site': { request: Record<string, never>; response: undefined };
  /** Open the sources page (optionally at one evidence item) in a new tab. */
  'open-sources': { request: { itemId?: string }; response: undefined };
  /** An extension page changed the reader's evidence: cards read it afresh. */
  'reader-evidence-changed': { request: Record<string, never>; response: undefined };
};

/** Each request's check: the payload as its handler may take it, or undefined when it is malformed. */
type RequestChecks<T extends Protocol<T>> = { [K in keyof T]: (message: object) => T[K]['request'] | undefined };

function fromSchema<T>(schema: v.GenericSchema<unknown, T>): (message: object) => T | undefined {
  // An object schema leaves unknown keys (here `type`) out of its output.
  return (message) => {
    const checked = v.safeParse(schema, message);
    if (checked.success) return checked.output;
    console.debug(
      '[claimlens] malformed message',
      checked.issues.map((issue) => issue.message),
    );
    return undefined;
  };
}

const EMPTY = v.object({});
const MENTION_SUMMARY = v.object({ index: v.pipe(v.number(), v.integer()), text: v.string(), term: v.string(), snippet: v.string() });

/** Checked with valibot: the background and the extension pages do not pay for every kilobyte the way the content script does. */
const BACKGROUND_REQUESTS: RequestChecks<BackgroundRequests> = {
  'frame-report': fromSchema(
    v.object({ host: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)), mentions: v.array(MENTION_SUMMARY), active: v.boolean() }),
  ),
  'frame-gone': fromSchema(EMPTY),
  'top-host': fromSchema(EMPTY),
  'card-model': fromSchema(
    v.object({
      text: v.string(),
      context: v.string(),
      reason: v.optional(
        v.pipe(
          v.unknown(),
          v.transform((value) => readReason(value) ?? undefined),
        ),
      ),
    }),
  ),
  'disable-site': fromSchema(EMPTY),
  'open-sources': fromSchema(v.object({ itemId: v.optional(v.string()) })),
  'reader-evidence-changed': fromSchema(EMPTY),
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

/**
 * Checked by hand: the content script is parsed in every frame of every page, and valibot
 * would add about 4 KB to it for two one-field requests.
 */
const CONTENT_REQUESTS: RequestChecks<ContentRequests> = {
  'reveal-mention': (message) => {
    const { index } = message as { index?: unknown };
    return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? { index } : undefined;
  },
  'step-mention': (message) => {
    const { direction } = message as { direction?: unknown };
    return direction === 1 || direction === -1 ? { direction } : undefined;
  },
  'serialise-document': () => ({}),
};

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
  return browser.runtime.sendMessage<unknown, BackgroundRequests[K]['response']>({ type, ...request }).catch((error: unknown) => {
    checkExtensionContext(); // a failed message is how an orphaned content script usually learns
    throw error;
  });
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

function listen<T extends Protocol<T>>(checks: RequestChecks<T>, handlers: Partial<Handlers<T>>, signal?: AbortSignal): void {
  // Answered through sendResponse + `return true`: the form both browsers take (Chrome does
  // not accept a returned promise from every version we support).
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const type = message.type as keyof T;
    const handler = handlers[type]!;
    const request = checks[type](message);
    if (request === undefined) return undefined; // malformed: left unanswered, the sender's promise rejects
    Promise.resolve()
      .then(() => handler(request, senderOf(sender)))
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
  if (signal) onAbortUnregister(signal, () => browser.runtime.onMessage.removeListener(typed));
}

export function handleBackgroundRequests(handlers: Handlers<BackgroundRequests>): void {
  listen(BACKGROUND_REQUESTS, handlers);
}

/** Each feature answers its own requests; a request no listener answers gets undefined. */
export function handleContentRequests(handlers: Partial<Handlers<ContentRequests>>, signal: AbortSignal): void {
  listen(CONTENT_REQUESTS, handlers, signal);
}
