/** Requests are checked where they enter: a malformed one reaches no handler. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleBackgroundRequests, handleContentRequests } from '../../../src/platform/messages';
import { fakeBrowser } from '../../support/fake-browser';

type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => true | undefined;

function captureListener(): () => Listener {
  let captured: Listener | undefined;
  const onMessage = fakeBrowser.runtime.onMessage as { addListener: (listener: Listener) => void };
  vi.spyOn(onMessage, 'addListener').mockImplementation((listener) => {
    captured = listener;
  });
  return () => captured!;
}

describe('message checks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes a well-formed request to its handler, without its envelope', async () => {
    const listener = captureListener();
    const cardModel = vi.fn(() => ({}) as never);
    handleBackgroundRequests({ 'card-model': cardModel } as unknown as Parameters<typeof handleBackgroundRequests>[0]);
    const answered = new Promise((resolve) => listener()({ type: 'card-model', text: 'DCR', context: 'a paragraph' }, {}, resolve));
    await answered;
    expect(cardModel).toHaveBeenCalledWith({ text: 'DCR', context: 'a paragraph' }, expect.anything());
  });

  it('leaves a malformed background request unanswered and its handler uncalled', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const listener = captureListener();
    const frameReport = vi.fn();
    const debateCard = vi.fn();
    const findDebate = vi.fn();
    handleBackgroundRequests({ 'frame-report': frameReport, 'debate-card': debateCard, 'find-debate': findDebate } as unknown as Parameters<
      typeof handleBackgroundRequests
    >[0]);
    expect(listener()({ type: 'frame-report', host: 'a.example', count: 'many', items: [], active: true }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'card-model', text: 3 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'debate-card', kind: 'claim', text: 'x', claimIds: 'save-lives', cues: [] }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'find-debate', prose: [{ text: 'x'.repeat(200_001), lang: 'en', story: 0 }] }, {}, () => undefined)).toBeUndefined();
    expect(frameReport).not.toHaveBeenCalled();
    expect(debateCard).not.toHaveBeenCalled();
    expect(findDebate).not.toHaveBeenCalled();
    // The same requests well-formed are answered.
    expect(listener()({ type: 'find-debate', prose: [{ text: 'Ms Thewliss', lang: null, story: 0 }] }, {}, () => undefined)).toBe(true);
  });

  it('checks a frame’s requests too', () => {
    const listener = captureListener();
    const step = vi.fn(() => true);
    const reveal = vi.fn(() => true);
    handleContentRequests({ 'step-mention': step, 'reveal-mention': vi.fn(() => true), 'reveal-finding': reveal }, new AbortController().signal);
    expect(listener()({ type: 'step-mention', direction: 2 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'reveal-mention', index: -1 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'reveal-finding', id: 7 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'reveal-finding', id: 'x'.repeat(65) }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'step-mention', direction: -1 }, {}, () => undefined)).toBe(true);
    expect(listener()({ type: 'reveal-finding', id: 'c3' }, {}, () => undefined)).toBe(true);
    expect(reveal).not.toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), expect.anything());
  });

  it('takes a frame report of page items, each with a checked reason', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const listener = captureListener();
    const frameReport = vi.fn();
    handleBackgroundRequests({ 'frame-report': frameReport } as unknown as Parameters<typeof handleBackgroundRequests>[0]);
    const item = {
      kind: 'mention',
      id: 'mention-4',
      index: 0,
      text: 'DCR',
      ref: 'DCR',
      snippet: 'a DCR opens',
      reason: { kind: 'unambiguous' },
    };
    const report = { host: 'a.example', count: 1, active: true };
    await new Promise((resolve) => listener()({ type: 'frame-report', ...report, items: [item] }, {}, resolve));
    expect(frameReport).toHaveBeenCalledWith({ ...report, items: [item] }, expect.anything());

    // An unknown kind, an index that is not a position, an id longer than a frame makes.
    for (const bad of [{ kind: 'quote' }, { index: 1.5 }, { id: 'x'.repeat(65) }]) {
      expect(listener()({ type: 'frame-report', ...report, items: [{ ...item, ...bad }] }, {}, () => undefined)).toBeUndefined();
    }
    expect(frameReport).toHaveBeenCalledTimes(1);
  });

  it('lets the panel reveal a mention without the page taking focus, and refuses a focus that is not a yes or no', async () => {
    const listener = captureListener();
    const reveal = vi.fn(() => true);
    handleContentRequests({ 'step-mention': vi.fn(() => true), 'reveal-mention': reveal, 'reveal-finding': vi.fn(() => true) }, new AbortController().signal);
    await new Promise((resolve) => listener()({ type: 'reveal-mention', index: 2, focus: false }, {}, resolve));
    expect(reveal).toHaveBeenCalledWith({ index: 2, focus: false }, expect.anything());
    expect(listener()({ type: 'reveal-mention', index: 2, focus: 'no' }, {}, () => undefined)).toBeUndefined();
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('lets the panel ask a frame for its items’ paragraphs by id, and refuses a request that names anything else', async () => {
    const listener = captureListener();
    const paragraphs = vi.fn(() => ({ 'mention-1': 'A paragraph.' }));
    handleContentRequests({ 'item-paragraphs': paragraphs }, new AbortController().signal);
    const answer = await new Promise((resolve) => listener()({ type: 'item-paragraphs', ids: ['mention-1', 'c2'] }, {}, resolve));
    expect(answer).toEqual({ 'mention-1': 'A paragraph.' });
    expect(paragraphs).toHaveBeenCalledWith({ ids: ['mention-1', 'c2'] }, expect.anything());
    for (const ids of ['mention-1', [1], ['x'.repeat(65)], Array.from({ length: 301 }, (_, i) => `s${i}`)]) {
      expect(listener()({ type: 'item-paragraphs', ids }, {}, () => undefined)).toBeUndefined();
    }
    expect(paragraphs).toHaveBeenCalledTimes(1);
  });
});
