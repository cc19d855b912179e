/**
 * The messages between the content script, the background and the extension pages, typed
 * end to end. Only the extension's own contexts can send runtime messages (there is no
 * `externally_connectable`), but every request is checked against its schema where it
 * enters (`listen`): a bug in a sender is a logged, unanswered message, not a crash.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { CardModel, ClaimCardModel, StakeholderCardModel } from '../data/card-data';
import { MAX_REASON_WORDS, readReason, type MentionReason } from '../data/mention-reason';
import { browser } from './browser';
import { checkExtensionContext, onAbortUnregister } from './extension-context';

/** What the page holds that Claimlens found: mentions of the topic, claims of the debate, stakeholders named. */
export const PAGE_ITEM_KINDS = ['mention', 'claim', 'stakeholder'] as const;
export type PageItemKind = (typeof PAGE_ITEM_KINDS)[number];

/** One thing found in a frame, as the popup and the page panel list it. */
export interface PageItem {
  kind: PageItemKind;
  /** Stable in its frame for the item's life (the panel keeps its selection by it). */
  id: string;
  /** Index among the frame's items of its kind, in document order: what the frame's reveal request takes. */
  index: number;
  /** As it reads on the page. */
  text: string;
  /** What it is an instance of: a mention's lexicon form (mentions are grouped by it); a claim's or stakeholder's id. */
  ref: string;
  /** A few words either side, for lists. */
  snippet: string;
  /** Why a mention was marked (its card shows it for ambiguous forms). */
  reason?: MentionReason;
  /** A claim sentence's claims, strongest first (`ref` is the first), and the cues that made it: its card's. */
  claimIds?: string[];
  cues?: string[];
  /** Set when the learned recall aid inferred its claims: the sentence's words it inferred them from. */
  inferredFrom?: string[];
}

/** The longest paragraph a frame gives for an item (`item-paragraphs`): enough for a quotation and its attribution. */
export const ITEM_CONTEXT_CHARS = 1_000;
/** Most items one `item-paragraphs` request may name (a frame lists at most 100 of each of three kinds). */
export const MAX_PARAGRAPH_IDS = 300;

/** What one frame reports about itself. */
export interface FrameReport {
  host: string;
  /** All mentions in the frame (may exceed the mentions in `items`: the list is capped). */
  count: number;
  /** What the frame holds, in document order. */
  items: PageItem[];
  /** False when Claimlens is off for this frame (site disabled or paused). */
  active: boolean;
}

/** What a claim or stakeholder card is asked for: what was found, as found. */
export type DebateCardRequest =
  { kind: 'claim'; text: string; claimIds: string[]; cues: string[]; inferredFrom?: string[] } | { kind: 'stakeholder'; text: string; stakeholderId: string };

/** One prose context of a story about the topic, for the background's claim and name finders. */
export interface DebateProse {
  text: string;
  /** Its declared language (`lang` of the nearest element that has one), or null. */
  lang: string | null;
  /** Which story it belongs to (a number the frame chose): a form of address needs the full name earlier in the same story. */
  story: number;
}

/** What was found in the prose sent, by its index there and offsets in its text. */
export interface DebateFound {
  /** `inferredFrom`: set when the learned recall aid, not the cues, made the sentence's claims; the words it inferred them from. */
  claims: { index: number; start: number; end: number; claimIds: string[]; cues: string[]; inferredFrom?: string[] }[];
  names: { index: number; start: number; end: number; stakeholderId: string }[];
}

/** Most prose contexts and characters one request may carry (the frame sends no more). */
export const DEBATE_MAX_PROSE = 2_000;
export const DEBATE_MAX_CHARS = 200_000;

/** Messages the background answers. */
export type BackgroundRequests = {
  /** A frame's content script reports its mentions (and on every change). */
  'frame-report': { request: FrameReport; response: undefined };
  /** The sender frame's small content script found that the topic may be there: inject the main one into that document. */
  'topic-here': { request: Record<string, never>; response: boolean };
  /** A card is about to open in the sender frame for the first time: inject the card script into that document (true once it ran). */
  'card-script': { request: Record<string, never>; response: boolean };
  /** A frame is going away (pagehide). */
  'frame-gone': { request: Record<string, never>; response: undefined };
  /** Which host is this frame's tab showing? (for per-site settings in subframes) */
  'top-host': { request: Record<string, never>; response: string | null };
  /** The card for a mention: the evidence ranked for its paragraph, and why it was marked. */
  'card-model': { request: { text: string; context: string; reason?: MentionReason }; response: CardModel };
  /** The claims and stakeholders' names in the prose of a frame's stories about the topic. */
  'find-debate': { request: { prose: DebateProse[] }; response: DebateFound };
  /** The card for a claim sentence (each claim with who is on record for and against it) or a stakeholder's name (everything they said). */
  'debate-card': { request: DebateCardRequest; response: ClaimCardModel | StakeholderCardModel | null };
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
const MENTION_REASON = v.pipe(
  v.unknown(),
  v.transform((value) => readReason(value) ?? undefined),
);
const INFERRED_FROM = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_REASON_WORDS));
const PAGE_ITEM = v.object({
  kind: v.picklist(PAGE_ITEM_KINDS),
  id: v.pipe(v.string(), v.maxLength(64)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  ref: v.string(),
  snippet: v.string(),
  reason: v.optional(MENTION_REASON),
  claimIds: v.optional(v.pipe(v.array(v.string()), v.maxLength(16))),
  cues: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(16))),
  inferredFrom: v.optional(INFERRED_FROM),
});

/** Checked with valibot: the background and the extension pages do not pay for every kilobyte the way the content script does. */
const BACKGROUND_REQUESTS: RequestChecks<BackgroundRequests> = {
  'frame-report': fromSchema(
    v.object({ host: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)), items: v.array(PAGE_ITEM), active: v.boolean() }),
  ),
  'topic-here': fromSchema(EMPTY),
  'card-script': fromSchema(EMPTY),
  'frame-gone': fromSchema(EMPTY),
  'top-host': fromSchema(EMPTY),
  'card-model': fromSchema(
    v.object({
      text: v.string(),
      context: v.string(),
      reason: v.optional(MENTION_REASON),
    }),
  ),
  'find-debate': fromSchema(
    v.pipe(
      v.object({
        prose: v.pipe(
          v.array(v.object({ text: v.string(), lang: v.nullable(v.pipe(v.string(), v.maxLength(35))), story: v.pipe(v.number(), v.integer()) })),
          v.maxLength(DEBATE_MAX_PROSE),
        ),
      }),
      v.check((request) => request.prose.reduce((sum, p) => sum + p.text.length, 0) <= DEBATE_MAX_CHARS, 'too much prose'),
    ),
  ),
  'debate-card': fromSchema(
    v.variant('kind', [
      v.object({
        kind: v.literal('claim'),
        text: v.pipe(v.string(), v.maxLength(2000)),
        claimIds: v.pipe(v.array(v.string()), v.maxLength(16)),
        cues: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(16)),
        inferredFrom: v.optional(INFERRED_FROM),
      }),
      v.object({ kind: v.literal('stakeholder'), text: v.pipe(v.string(), v.maxLength(200)), stakeholderId: v.string() }),
    ]),
  ),
  'disable-site': fromSchema(EMPTY),
  'open-sources': fromSchema(v.object({ itemId: v.optional(v.string()) })),
  'reader-evidence-changed': fromSchema(EMPTY),
};

/** Messages a frame's content script answers. */
export type ContentRequests = {
  /**
   * Scroll to the frame's mention `index`, mark it active and open its card; focus moves into
   * the card unless `focus` is false (the page panel shows the card itself and keeps focus).
   */
  'reveal-mention': { request: { index: number; focus?: boolean }; response: boolean };
  /** Step to the next / previous mention from the active one; false when there is none. */
  'step-mention': { request: { direction: 1 | -1 }; response: boolean };
  /** Scroll to one of the frame's findings (mention, claim or stakeholder, by its id in `PageFindings`), mark it and open its card. */
  'reveal-finding': { request: { id: string; focus?: boolean }; response: boolean };
  /**
   * The paragraphs of the frame's items named by id (each at most `ITEM_CONTEXT_CHARS`), for the
   * page panel's cards and balance: asked only while a panel shows the page, so routine
   * reports stay small. Ids the frame no longer holds are left out.
   */
  'item-paragraphs': { request: { ids: string[] }; response: Record<string, string> };
};

/**
 * Checked by hand: the content script is parsed in every frame of every page, and valibot
 * would add about 4 KB to it for a few small requests.
 */
/** A reveal's optional `focus`: absent, or a yes or no. */
function withFocus<T extends object>(request: T, focus: unknown): (T & { focus?: boolean }) | undefined {
  if (focus === undefined) return request;
  return typeof focus === 'boolean' ? { ...request, focus } : undefined;
}

const CONTENT_REQUESTS: RequestChecks<ContentRequests> = {
  'reveal-mention': (message) => {
    const { index, focus } = message as { index?: unknown; focus?: unknown };
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return undefined;
    return withFocus({ index }, focus);
  },
  'step-mention': (message) => {
    const { direction } = message as { direction?: unknown };
    return direction === 1 || direction === -1 ? { direction } : undefined;
  },
  'reveal-finding': (message) => {
    const { id, focus } = message as { id?: unknown; focus?: unknown };
    return typeof id === 'string' && id.length <= 64 ? withFocus({ id }, focus) : undefined;
  },
  'item-paragraphs': (message) => {
    const { ids } = message as { ids?: unknown };
    if (!Array.isArray(ids) || ids.length > MAX_PARAGRAPH_IDS) return undefined;
    return ids.every((id) => typeof id === 'string' && id.length <= 64) ? { ids: ids as string[] } : undefined;
  },
};

type Protocol<T> = { [K in keyof T]: { request: unknown; response: unknown } };

export interface MessageSender {
  tabId?: number;
  frameId?: number;
  /** The sender's document (Chrome only): a target that cannot be another document after a navigation. */
  documentId?: string;
  url?: string;
  tabUrl?: string;
}

function senderOf(sender: Runtime.MessageSender): MessageSender {
  // webextension-polyfill's types predate Chrome's `documentId`.
  const { documentId } = sender as Runtime.MessageSender & { documentId?: string };
  return { tabId: sender.tab?.id, frameId: sender.frameId, documentId, url: sender.url, tabUrl: sender.tab?.url };
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
