/**
 * The user's settings: their shape, their defaults, and how any stored value — corrupt, from
 * an older version, or from a newer one synced from another device — becomes a valid
 * `Settings`. Pure (no storage access), so every rule here is unit-tested.
 */
import { LANGS, type Lang } from '../data/lexicon-schema';

export const SETTINGS_VERSION = 1;

export const HIGHLIGHT_STYLES = ['marker', 'tint', 'underline', 'contrast'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** hover: dwell opens the card; hover-modifier: only while Shift is held; click: click, tap or keyboard only. */
export const CARD_TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
export type CardTrigger = (typeof CARD_TRIGGERS)[number];

export const DWELL_MS = { min: 150, max: 1500, default: 400 } as const;

/** A host name as typed by a person or read from a URL, reduced to its canonical form. */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`);
    const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
    return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

/** A field's check: the value to use, or why the stored value cannot be used. */
type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T) => ({ ok: true, value }) as const;
const fail = (reason: string) => ({ ok: false, reason }) as const;

function oneOf<const T extends readonly string[]>(choices: T): Check<T[number]> {
  return (value) => (choices.includes(value as string) ? ok(value as T[number]) : fail(`expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`));
}

/**
 * Each field has its own check, so one bad field falls back alone and keeps the others.
 * Hand-written rather than a schema library: the content script reads settings on every
 * page, and every kilobyte of it is paid on every page.
 */
const FIELDS = {
  paused: ((value) => (typeof value === 'boolean' ? ok(value) : fail(`expected a boolean, got ${JSON.stringify(value)}`))) as Check<boolean>,
  // Lists keep their valid entries: one bad site does not cost the others.
  disabledSites: ((value) =>
    Array.isArray(value)
      ? ok(
          [
            ...new Set(
              value.flatMap((item) => {
                const site = typeof item === 'string' ? normaliseSite(item) : null;
                return site ? [site] : [];
              }),
            ),
          ].sort(),
        )
      : fail('expected a list of sites')) as Check<string[]>,
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  cardTrigger: oneOf(CARD_TRIGGERS),
  dwellMs: ((value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= DWELL_MS.min && value <= DWELL_MS.max
      ? ok(value)
      : fail(`expected a whole number of milliseconds from ${DWELL_MS.min} to ${DWELL_MS.max}`)) as Check<number>,
  languages: ((value) => (Array.isArray(value) ? ok(LANGS.filter((lang) => value.includes(lang))) : fail('expected a list of languages'))) as Check<Lang[]>,
} as const;

export type Settings = { [K in keyof typeof FIELDS]: (typeof FIELDS)[K] extends Check<infer T> ? T : never };
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(FIELDS) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  highlightStyle: 'marker',
  cardTrigger: 'hover',
  dwellMs: DWELL_MS.default,
  languages: [...LANGS] as Lang[],
});

/** What was wrong with stored settings, for logs and the options page. */
export interface SettingsProblem {
  key: string;
  reason: string;
}

/**
 * Migrations from each stored version to the next. Version 0 is storage written before
 * settings were versioned (or by hand): its fields are read as they are.
 * Add `n: (stored) => stored'` to move from version n to n + 1.
 */
export const MIGRATIONS: Readonly<Record<number, (stored: Record<string, unknown>) => Record<string, unknown>>> = {
  0: (stored) => ({ ...stored, version: 1 }),
};

export interface ParsedSettings {
  settings: Settings;
  problems: SettingsProblem[];
  /** The stored version, when it is newer than this build understands (synced from a newer install). */
  newerVersion?: number;
}

/** Turns whatever storage holds into valid settings; never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: SettingsProblem[] = [];
  const isRecord = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  if (raw !== undefined && !isRecord) problems.push({ key: '(all)', reason: 'stored settings are not an object' });
  let stored: Record<string, unknown> = isRecord ? { ...(raw as Record<string, unknown>) } : {};
  let version = typeof stored.version === 'number' && Number.isInteger(stored.version) && stored.version >= 0 ? stored.version : 0;
  let newerVersion: number | undefined;
  if (version > SETTINGS_VERSION) {
    // Read what we understand; never write back over a newer version's data.
    newerVersion = version;
  } else {
    while (version < SETTINGS_VERSION) {
      const migrate = MIGRATIONS[version];
      if (!migrate) break;
      stored = migrate(stored);
      version++;
    }
  }
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const result = FIELDS[key](stored[key]);
    if (result.ok) settings[key] = result.value;
    else problems.push({ key, reason: result.reason });
  }
  return { settings: settings as Settings, problems, ...(newerVersion === undefined ? {} : { newerVersion }) };
}

/** Validates a partial update from the UI; invalid fields are an error, not a silent default. */
export function validatePatch(patch: Partial<Record<SettingKey, unknown>>): Partial<Settings> {
  const valid: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
    if (!SETTING_KEYS.includes(key)) throw new Error(`unknown setting "${key}"`);
    const result = FIELDS[key](value);
    if (!result.ok) throw new Error(`invalid ${key}: ${result.reason}`);
    valid[key] = result.value;
  }
  return valid as Partial<Settings>;
}

/** The disabled-site entries that cover `host`: the host itself or a parent domain of it. */
export function sitesCovering(settings: Settings, host: string): string[] {
  // Most readers disable no site: then no host is parsed (every frame asks).
  if (settings.disabledSites.length === 0) return [];
  const site = normaliseSite(host);
  if (site === null) return [];
  // Disabling example.com also covers news.example.com.
  return settings.disabledSites.filter((d) => site === d || site.endsWith(`.${d}`));
}

/** Is Claimlens on for a page whose frames are on `hosts` (off if any is disabled, or paused)? */
export function isActiveOn(settings: Settings, hosts: readonly string[]): boolean {
  return !settings.paused && hosts.every((host) => sitesCovering(settings, host).length === 0);
}
