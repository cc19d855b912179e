/** What settings leave in storage: only what the reader chose, so later defaults reach them. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/data/lexicon-schema';
import { readSettings, resetSettings, writeSettings } from '../../../src/platform/settings-store';
import { fakeBrowser } from '../../support/fake-browser';

const stored = (): Promise<Record<string, unknown>> => fakeBrowser.storage.sync.get(null);

describe('settings storage', () => {
  it('Reset removes the reader’s choices instead of writing every default', async () => {
    await writeSettings({ highlightStyle: 'underline', languages: ['en', 'de'], dwellMs: 800 });
    await resetSettings();
    expect(await stored()).toEqual({ version: 1 });
    // So a language a later version adds is on for them too: an unset list reads as every language.
    expect((await readSettings()).languages).toEqual([...LANGS]);
  });

  it('stores a setting only while it differs from its default', async () => {
    await writeSettings({ languages: ['en'] });
    expect(await stored()).toMatchObject({ languages: ['en'] });
    await writeSettings({ languages: [...LANGS] });
    expect(await stored()).not.toHaveProperty('languages');
    expect((await readSettings()).languages).toEqual([...LANGS]);
  });

  it('Reset does not write its version over one a newer install stored', async () => {
    await fakeBrowser.storage.sync.set({ version: 9, highlightStyle: 'tint' });
    await resetSettings();
    expect(await stored()).toEqual({ version: 9 });
  });
});
