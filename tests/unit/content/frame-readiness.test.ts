/** An empty or tiny subframe waits, doing nothing, until it has content and room for a card. */
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_FRAME_PX, whenFrameReady } from '../../../src/content/frame-readiness';

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

function resizeTo(width: number, height: number): void {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
  window.dispatchEvent(new Event('resize'));
}

describe('whenFrameReady', () => {
  afterEach(() => {
    document.body.replaceChildren();
    resizeTo(1024, 768);
  });

  it('starts the top frame at once, even empty', async () => {
    expect(await settled(whenFrameReady(true))).toBe(true);
  });

  it('waits in an empty subframe until something is put in it', async () => {
    const ready = whenFrameReady(false);
    expect(await settled(ready)).toBe(false);
    document.body.append(document.createElement('p'));
    expect(await settled(ready)).toBe(true);
  });

  it('waits in a hidden or pixel-sized subframe until it is given room', async () => {
    document.body.append(document.createElement('p'));
    resizeTo(0, 0);
    const ready = whenFrameReady(false);
    expect(await settled(ready)).toBe(false);
    resizeTo(MIN_FRAME_PX - 1, 600);
    expect(await settled(ready)).toBe(false);
    resizeTo(300, 150);
    expect(await settled(ready)).toBe(true);
  });

  it('does not look at a tiny subframe’s size while its content changes, only when it is resized', async () => {
    document.body.append(document.createElement('p'));
    resizeTo(0, 0);
    let sizeReads = 0;
    Object.defineProperty(window, 'innerWidth', { configurable: true, get: () => (sizeReads++, 0) });
    const ready = whenFrameReady(false);
    expect(await settled(ready)).toBe(false);
    const before = sizeReads;
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    expect(await settled(ready)).toBe(false);
    expect(sizeReads).toBe(before);
    resizeTo(300, 150);
    expect(await settled(ready)).toBe(true);
  });

  it('does not touch a tiny subframe’s document at all until it is given room', async () => {
    resizeTo(0, 0);
    let documentReads = 0;
    let owner: object | null = document;
    while (owner && !Object.hasOwn(owner, 'body')) owner = Object.getPrototypeOf(owner) as object | null;
    const body = Object.getOwnPropertyDescriptor(owner!, 'body')!;
    Object.defineProperty(document, 'body', { configurable: true, get: () => (documentReads++, body.get!.call(document) as HTMLElement) });
    try {
      const ready = whenFrameReady(false);
      expect(await settled(ready)).toBe(false);
      expect(documentReads).toBe(0);
      resizeTo(300, 150);
      expect(await settled(ready)).toBe(false); // room, but nothing in it yet
      expect(documentReads).toBeGreaterThan(0);
      document.body.append(document.createElement('p'));
      expect(await settled(ready)).toBe(true);
    } finally {
      delete (document as { body?: unknown }).body;
    }
  });

  it('waits again for content when a subframe is emptied before it is given room', async () => {
    document.body.append(document.createElement('p'));
    resizeTo(0, 0);
    const ready = whenFrameReady(false);
    expect(await settled(ready)).toBe(false);
    document.body.replaceChildren();
    resizeTo(300, 150);
    expect(await settled(ready)).toBe(false);
    document.body.append(document.createElement('p'));
    expect(await settled(ready)).toBe(true);
  });
});
