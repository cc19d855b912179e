import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentExport } from '../../../src/content/features/document-export';
import type { ContentContext } from '../../../src/content/feature';
import { browser } from '../../../src/platform/browser';

type Listener = (message: unknown, sender: object, respond: (response: unknown) => void) => unknown;

/** Starts the feature in a frame and returns what it answers to `serialise-document` (undefined: no answer). */
async function serialise(isTopFrame: boolean): Promise<unknown> {
  const added = vi.spyOn(browser.runtime.onMessage, 'addListener');
  documentExport.init({ isTopFrame } as ContentContext, new AbortController().signal);
  const listeners = added.mock.calls.map(([listener]) => listener as unknown as Listener);
  added.mockRestore();
  for (const listener of listeners) {
    const answer = new Promise((resolve) => {
      if (listener({ type: 'serialise-document' }, {}, resolve) !== true) resolve(undefined);
    });
    const response = await answer;
    if (response !== undefined) return response;
  }
  return undefined;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('handing the page’s document to the add-article page', () => {
  it('answers in the top frame with the light DOM’s markup and the address, leaving shadow roots out', async () => {
    const article = document.createElement('article');
    article.textContent = 'A paragraph of our own about a drug consumption room.';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).textContent = 'Words hidden in a shadow root.';
    document.body.append(article, host);
    const response = (await serialise(true)) as { html: string; url: string };
    expect(response.html).toContain('A paragraph of our own about a drug consumption room.');
    expect(response.html).not.toContain('Words hidden in a shadow root.');
    expect(response.url).toBe(location.href);
  });

  it('does not answer in a subframe', async () => {
    expect(await serialise(false)).toBeUndefined();
  });
});
