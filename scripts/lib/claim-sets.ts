/**
 * The labelled claim sentences the evaluation reads (tests/fixtures/eval/claims), as named
 * sets: `sentences.json`, written with the cues and gated by the project, and `blind.json`,
 * written before reading any cue, split into the half cues may be tuned on (dev) and the half
 * held out (test). The unit test (the finder in Node) and `npm run eval` (the built extension)
 * read them through here, so both measure the same sets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../src/data/lexicon-schema';

export interface LabelledSentence {
  lang: Lang;
  story: 'rooms' | 'other';
  text: string;
  claims: string[];
  /** Blind sentences only: tune on dev, report test without tuning to it. */
  split?: 'dev' | 'test';
}

export interface ClaimSet {
  /** "written with the cues", "blind dev", "blind test". */
  name: string;
  /** A short name for pages and file names. */
  slug: string;
  sentences: LabelledSentence[];
  /** Held to the project's recall gate (the cue-era sentences); every set is held to the precision gate. */
  recallGated: boolean;
}

const read = (dir: string, file: string): LabelledSentence[] => {
  const path = resolve(dir, file);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { sentences?: LabelledSentence[] };
  if (!Array.isArray(parsed.sentences)) throw new Error(`${path}: no "sentences" list`);
  return parsed.sentences;
};

/** The sets in `dir` (tests/fixtures/eval/claims): the cue-era sentences first, then the blind halves. */
export function readClaimSets(dir: string): ClaimSet[] {
  const blind = read(dir, 'blind.json');
  for (const [index, sentence] of blind.entries())
    if (sentence.split !== 'dev' && sentence.split !== 'test')
      throw new Error(`${resolve(dir, 'blind.json')}: sentence ${index} ("${sentence.text.slice(0, 40)}…") has no split "dev" or "test"`);
  return [
    { name: 'written with the cues', slug: 'cues', sentences: read(dir, 'sentences.json'), recallGated: true },
    { name: 'blind dev', slug: 'blind-dev', sentences: blind.filter((s) => s.split === 'dev'), recallGated: false },
    { name: 'blind test', slug: 'blind-test', sentences: blind.filter((s) => s.split === 'test'), recallGated: false },
  ];
}
