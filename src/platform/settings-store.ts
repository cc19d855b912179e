/**
 * Settings in `storage.sync` (one key per setting, so no item nears the per-item quota),
 * read through `parseSettings` so a corrupt store can never crash a reader.
 */
import { browser } from './browser';
import { onAbortUnregister } from './extension-context';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTING_KEYS,
  SETTINGS_VERSION,
  validatePatch,
  type ParsedSettings,
  type SettingKey,
  type Settings,
} from './settings-schema';

const STORED_KEYS = ['version', ...SETTING_KEYS];

async function readStored(): Promise<ParsedSettings> {
  try {
    return parseSettings(await browser.storage.sync.get(STORED_KEYS));
  } catch (error) {
    // Storage itself failing (quota, a disabled sync backend) still leaves a working extension.
    return { settings: { ...DEFAULT_SETTINGS }, problems: [{ key: '(storage)', reason: String(error) }] };
  }
}

export async function readSettings(): Promise<Settings> {
  const { settings, problems } = await readStored();
  if (problems.length) console.debug('[claimlens] settings fell back to defaults:', problems);
  return settings;
}

/**
 * Writes validated fields; a field set back to its default is removed rather than stored, so
 * only what the reader chose is kept. Never lowers the stored version written by a newer install.
 */
export async function writeSettings(patch: Partial<Record<SettingKey, unknown>>): Promise<void> {
  const valid = validatePatch(patch);
  const { newerVersion } = await readStored();
  const isDefault = (key: SettingKey): boolean => JSON.stringify(valid[key]) === JSON.stringify(DEFAULT_SETTINGS[key]);
  const keys = Object.keys(valid) as SettingKey[];
  const toStore = Object.fromEntries(keys.filter((key) => !isDefault(key)).map((key) => [key, valid[key]]));
  const toRemove = keys.filter(isDefault);
  if (toRemove.length) await browser.storage.sync.remove(toRemove);
  await browser.storage.sync.set(newerVersion === undefined ? { ...toStore, version: SETTINGS_VERSION } : toStore);
}

/**
 * Restores every default (and forgets corrupt values) by removing the stored fields rather
 * than writing the defaults: an unset field reads as its default, so a default that changes in
 * a later version (a language added) reaches those who pressed Reset too.
 */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.remove(SETTING_KEYS);
  const { newerVersion } = await readStored();
  if (newerVersion === undefined) await browser.storage.sync.set({ version: SETTINGS_VERSION });
}

/** Calls `listener` with fresh settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' || !STORED_KEYS.some((key) => key in changes)) return;
    void readSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  onAbortUnregister(signal, () => browser.storage.onChanged.removeListener(onChanged));
}
