import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, MIGRATIONS, normaliseSite, parseSettings, SETTINGS_VERSION, validatePatch } from '../../../src/platform/settings-schema';

describe('parseSettings', () => {
  it('gives the defaults for an empty store', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings(undefined).settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([null, 42, 'settings', [1, 2]])('falls back to defaults when the store holds %j', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ key: '(all)', reason: expect.any(String) as string }]);
  });

  it('keeps valid fields and replaces each corrupt one with its default, saying which', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      paused: 'yes',
      highlightStyle: 'neon',
      cardTrigger: 'click',
      dwellMs: 99999,
      disabledSites: ['Example.com', 7, 'WWW.news.example.org/path', 'not a host!'],
      languages: ['de', 'xx', 'en'],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      cardTrigger: 'click',
      disabledSites: ['example.com', 'news.example.org'],
      languages: ['en', 'de'],
    });
    expect(problems.map((p) => p.key).sort()).toEqual(['dwellMs', 'highlightStyle', 'paused']);
  });

  it('ignores keys it does not know', () => {
    expect(parseSettings({ version: 1, somethingElse: { deep: true } }).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migration', () => {
  it('reads unversioned (version 0) storage through the migration chain to the current version', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([...Array(SETTINGS_VERSION).keys()]);
    const { settings, newerVersion } = parseSettings({ paused: true, dwellMs: 800 });
    expect(settings).toMatchObject({ paused: true, dwellMs: 800 });
    expect(newerVersion).toBeUndefined();
  });

  it('reads what it understands from a newer version and flags it so nothing is written back over it', () => {
    const { settings, newerVersion } = parseSettings({ version: SETTINGS_VERSION + 1, highlightStyle: 'tint', futureOption: 3 });
    expect(settings.highlightStyle).toBe('tint');
    expect(newerVersion).toBe(SETTINGS_VERSION + 1);
  });
});

describe('validatePatch', () => {
  it('accepts valid fields and normalises sites', () => {
    expect(validatePatch({ disabledSites: ['https://www.Example.com/a'], dwellMs: 300 })).toEqual({ disabledSites: ['example.com'], dwellMs: 300 });
  });

  it('rejects unknown and invalid fields with a reason', () => {
    expect(() => validatePatch({ colour: 'red' } as never)).toThrow('unknown setting "colour"');
    expect(() => validatePatch({ dwellMs: 10 })).toThrow(/invalid dwellMs/);
  });
});

describe('sites', () => {
  it('normalises what people type', () => {
    expect(normaliseSite(' https://WWW.Example.com:8080/path?q ')).toBe('example.com');
    expect(normaliseSite('127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseSite('')).toBeNull();
    expect(normaliseSite('exa mple')).toBeNull();
  });

  it('turns Claimlens off on a disabled site and its subdomains, and everywhere when paused', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(settings, ['example.com'])).toBe(false);
    expect(isActiveOn(settings, ['news.example.com'])).toBe(false);
    expect(isActiveOn(settings, ['badexample.com'])).toBe(true);
    expect(isActiveOn(settings, ['other.org', 'example.com'])).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, ['other.org'])).toBe(false);
  });
});
