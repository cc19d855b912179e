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
    handleBackgroundRequests({ 'frame-report': frameReport } as unknown as Parameters<typeof handleBackgroundRequests>[0]);
    expect(listener()({ type: 'frame-report', host: 'a.example', count: 'many', mentions: [], active: true }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'card-model', text: 3 }, {}, () => undefined)).toBeUndefined();
    expect(frameReport).not.toHaveBeenCalled();
  });

  it('checks a frame’s requests too', () => {
    const listener = captureListener();
    const step = vi.fn(() => true);
    handleContentRequests({ 'step-mention': step, 'reveal-mention': vi.fn(() => true) }, new AbortController().signal);
    expect(listener()({ type: 'step-mention', direction: 2 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'reveal-mention', index: -1 }, {}, () => undefined)).toBeUndefined();
    expect(listener()({ type: 'step-mention', direction: -1 }, {}, () => undefined)).toBe(true);
  });
});
