/** The background's answers that depend on who asked. */
import { describe, expect, it } from 'vitest';
import { backgroundRequests } from '../../../src/background/requests';
import { readSettings } from '../../../src/platform/settings-store';
import { writeTabState } from '../../../src/platform/tab-state-store';

describe('"Turn off on this site"', () => {
  it('from a card in an ad frame turns off the page the reader is on, not the frame’s host', async () => {
    await backgroundRequests['disable-site']({}, { tabId: 4, frameId: 7, url: 'https://ads.example.net/slot', tabUrl: 'https://www.news.example.org/story' });
    expect((await readSettings()).disabledSites).toEqual(['news.example.org']);
  });

  it('from an about:blank or srcdoc frame still turns off the tab’s page', async () => {
    await backgroundRequests['disable-site']({}, { tabId: 4, frameId: 2, url: 'about:srcdoc', tabUrl: 'https://blog.example.com/' });
    expect((await readSettings()).disabledSites).toEqual(['blog.example.com']);
  });

  it('falls back to what the tab’s top frame reported when the browser gives no tab URL', async () => {
    await writeTabState(5, { frames: { 0: { host: 'reader.example.org', count: 1, mentions: [], active: true } } });
    await backgroundRequests['disable-site']({}, { tabId: 5, frameId: 3, url: 'https://ads.example.net/' });
    expect((await readSettings()).disabledSites).toEqual(['reader.example.org']);
  });

  it('does nothing for a sender without a tab', async () => {
    await backgroundRequests['disable-site']({}, { url: 'https://ads.example.net/' });
    expect((await readSettings()).disabledSites).toEqual([]);
  });
});
