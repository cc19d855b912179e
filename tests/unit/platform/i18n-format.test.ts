/** Counts and dates follow the browser's UI language, and plural forms its CLDR rules. */
import { afterEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../../src/platform/i18n');

/** The platform's i18n module, fresh (it caches its formatters), with the browser's UI language set. */
async function i18nIn(language: string): Promise<{ i18n: I18n; asked: string[] }> {
  vi.resetModules();
  const asked: string[] = [];
  const api = (globalThis as unknown as { browser: { i18n: { getUILanguage: () => string; getMessage: (key: string, subs?: string[]) => string } } }).browser
    .i18n;
  vi.spyOn(api, 'getUILanguage').mockReturnValue(language);
  vi.spyOn(api, 'getMessage').mockImplementation((key, subs) => {
    asked.push(key);
    return `${key}:${(subs ?? []).join('|')}`;
  });
  return { i18n: await import('../../../src/platform/i18n'), asked };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('i18n formatting', () => {
  it('picks the French singular for 0 and 1, the English plural for 0', async () => {
    const fr = await i18nIn('fr');
    fr.i18n.tCount('popupMentionCount', 0);
    fr.i18n.tCount('popupMentionCount', 1);
    fr.i18n.tCount('popupMentionCount', 2);
    expect(fr.asked).toEqual(['popupMentionCountOne', 'popupMentionCountOne', 'popupMentionCountOther']);
    const en = await i18nIn('en');
    en.i18n.tCount('popupMentionCount', 0);
    expect(en.asked).toEqual(['popupMentionCountOther']);
  });

  it('writes counts the UI language’s way', async () => {
    expect((await i18nIn('de')).i18n.tCount('cardItems', 1500)).toBe('cardItemsOther:1.500');
    expect((await i18nIn('en')).i18n.tCount('cardItems', 1500)).toBe('cardItemsOther:1,500');
    expect((await i18nIn('it')).i18n.formatNumber(400)).toBe('400');
  });

  it('writes an ISO date in the UI language and leaves any other date as the source stated it', async () => {
    expect((await i18nIn('fr')).i18n.formatDate('2019-03-14')).toBe('14 mars 2019');
    expect((await i18nIn('nl')).i18n.formatDate('2019-03-14')).toBe('14 maart 2019');
    expect((await i18nIn('pt-PT')).i18n.formatDate('2019-03-14')).toBe('14 de março de 2019');
    expect((await i18nIn('en')).i18n.formatDate('spring 2019')).toBe('spring 2019');
    expect((await i18nIn('en')).i18n.formatDate('2019-02-30')).toBe('2019-02-30');
  });
});
