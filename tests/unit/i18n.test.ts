/** Every user-visible string goes through _locales, and every locale is complete. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../../src/data/lexicon-schema';
import { EVIDENCE_KINDS, MEDIA, STANCES } from '../../src/data/dataset-schema';
import { CARD_TRIGGERS, HIGHLIGHT_STYLES } from '../../src/platform/settings-schema';
import { PAGE_ITEM_KINDS } from '../../src/platform/messages';

const root = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; description?: string }>;
const locale = (lang: string): Messages => JSON.parse(readFileSync(resolve(root, 'src/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const locales = readdirSync(resolve(root, 'src/_locales'));
const en = locale('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Keys named literally in t('…') / tCount('…') calls, plus the families built from data. */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(resolve(root, 'src'))) {
    const code = readFileSync(file, 'utf8');
    for (const [, fn, key] of code.matchAll(/\b(t|tCount)\('([A-Za-z0-9_]+)'/g)) {
      if (fn === 'tCount') ['One', 'Other'].forEach((form) => keys.add(`${key!}${form}`));
      else keys.add(key!);
    }
  }
  for (const style of HIGHLIGHT_STYLES) keys.add(`optionsStyle_${style}`);
  for (const trigger of CARD_TRIGGERS) keys.add(`optionsTrigger_${trigger.replace('-', '_')}`);
  for (const lang of LANGS) keys.add(`language_${lang}`);
  for (const stance of STANCES.map((s) => s.replace(/-/g, '_'))) {
    keys.add(`cardStance_${stance}`);
    keys.add(`cardStance_${stance}_plural`);
    keys.add(`cardVoices_${stance}One`);
    keys.add(`cardVoices_${stance}Other`);
  }
  for (const kind of EVIDENCE_KINDS) keys.add(`cardKind_${kind.replace('-', '_')}`);
  for (const kind of PAGE_ITEM_KINDS) keys.add(`panelKind_${kind}`);
  for (const medium of MEDIA) keys.add(`cardMedium_${medium}`);
  const manifest = readFileSync(resolve(root, 'manifest.json'), 'utf8');
  for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) keys.add(key!);
  return [...keys].sort();
}

describe('locales', () => {
  it('ship English and at least one other complete locale', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it('define every key the code and the manifest use', () => {
    const missing = keysUsed().filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys, with the same placeholders', (lang) => {
    const other = locale(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(placeholders(other[key]!.message), `${lang}: ${key}`).toEqual(placeholders(message));
      expect(other[key]!.message.trim(), `${lang}: ${key} is empty`).not.toBe('');
    }
  });
});
