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

/** `$1`…`$9` in a message, sorted: a translation must keep every one the English has. */
const placeholders = (text: string): string[] => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();

/**
 * What is wrong with one locale against English, as lines a translator can act on: keys it
 * lacks (listed by name, so keys added to English alone are quick to find), keys English no
 * longer has, placeholders lost or added, empty messages.
 */
function problemsOf(lang: string, other: Messages): string[] {
  const problems: string[] = [];
  const missing = Object.keys(en).filter((key) => !(key in other));
  const extra = Object.keys(other).filter((key) => !(key in en));
  if (missing.length) problems.push(`${lang} lacks ${missing.length} key(s): ${missing.join(', ')}`);
  if (extra.length) problems.push(`${lang} has key(s) English does not: ${extra.join(', ')}`);
  for (const [key, { message }] of Object.entries(other)) {
    if (typeof message !== 'string' || !message.trim()) problems.push(`${lang}: ${key} is empty`);
    else if (key in en && placeholders(message).join() !== placeholders(en[key]!.message).join()) {
      problems.push(`${lang}: ${key} has placeholders [${placeholders(message).join(' ')}], English [${placeholders(en[key]!.message).join(' ')}]`);
    }
  }
  return problems;
}

describe('locales', () => {
  it('ship the seven languages the lexicon covers, and nothing else', () => {
    expect([...locales].sort()).toEqual([...LANGS].sort());
  });

  it('define every key the code and the manifest use', () => {
    const missing = keysUsed().filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('name the topic in English exactly as the dataset does, since the card shows the localised name', () => {
    const { topic } = JSON.parse(readFileSync(resolve(root, 'src/data/dataset.generated.json'), 'utf8')) as { topic: { name: string; description: string } };
    expect([en.cardTopicName?.message, en.cardTopicDescription?.message]).toEqual([topic.name, topic.description]);
  });

  it('describe every English message for translators', () => {
    const undescribed = Object.entries(en).filter(([, entry]) => typeof entry.description !== 'string' || !entry.description.trim());
    expect(undescribed.map(([key]) => key)).toEqual([]);
  });

  it('give every counted message both plural forms the code picks from', () => {
    const keys = Object.keys(en);
    const lonely = keys.filter((key) => /One$/.test(key) && !keys.includes(key.replace(/One$/, 'Other')));
    expect(lonely).toEqual([]);
  });

  it('every locale has exactly the English keys, the same placeholders and no empty message', () => {
    const problems = locales.filter((lang) => lang !== 'en').flatMap((lang) => problemsOf(lang, locale(lang)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('lists the keys a locale lacks by name, so a key added to English alone is quick to fix', () => {
    // A locale with one key dropped and one placeholder lost reports both, by key.
    const lang = locales.find((l) => l !== 'en')!;
    const original = locale(lang);
    const broken: Messages = { ...original, citeText: { message: 'x $1' } };
    delete broken.cardClose;
    const problems = problemsOf(lang, broken);
    expect(problems).toContain(`${lang} lacks 1 key(s): cardClose`);
    expect(problems.some((p) => p.startsWith(`${lang}: citeText has placeholders [$1]`))).toBe(true);
  });
});
