/**
 * The labelled claim sentences the evaluation reads (tests/fixtures/eval/claims), as named
 * sets: `sentences.json`, written with the cues and gated by the project, `blind.json`,
 * written before reading any cue, split into the half cues may be tuned on (dev) and the half
 * held out (test), and `blind3.json`, written later by someone who had read neither the cues nor
 * the other sets, held out whole. The unit test (the finder in Node) and `npm run eval` (the built extension)
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
  /** Held to the project's recall gate (the cue-era sentences); every set not `reportedOnly` is held to the precision gate. */
  recallGated: boolean;
  /**
   * Measured and reported, held to no gate at all: a held-out set with a gate would soon be
   * tuned until it passed, and would then no longer say how the finder does on prose nobody
   * tuned it on.
   */
  reportedOnly?: true;
}

const read = (dir: string, file: string): LabelledSentence[] => {
  const path = resolve(dir, file);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { sentences?: LabelledSentence[] };
  if (!Array.isArray(parsed.sentences)) throw new Error(`${path}: no "sentences" list`);
  return parsed.sentences;
};

/** A blind set's sentences, each checked to be in one of `splits`. */
const readBlind = (dir: string, file: string, splits: readonly ('dev' | 'test')[]): LabelledSentence[] => {
  const sentences = read(dir, file);
  for (const [index, sentence] of sentences.entries())
    if (!sentence.split || !splits.includes(sentence.split))
      throw new Error(`${resolve(dir, file)}: sentence ${index} ("${sentence.text.slice(0, 40)}…") has no split ${splits.map((s) => `"${s}"`).join(' or ')}`);
  return sentences;
};

/** The sets in `dir` (tests/fixtures/eval/claims): the cue-era sentences first, then the blind halves, then the third blind set. */
export function readClaimSets(dir: string): ClaimSet[] {
  const blind = readBlind(dir, 'blind.json', ['dev', 'test']);
  return [
    { name: 'written with the cues', slug: 'cues', sentences: read(dir, 'sentences.json'), recallGated: true },
    { name: 'blind dev', slug: 'blind-dev', sentences: blind.filter((s) => s.split === 'dev'), recallGated: false },
    { name: 'blind test', slug: 'blind-test', sentences: blind.filter((s) => s.split === 'test'), recallGated: false },
    { name: 'blind 3 (held out)', slug: 'blind3', sentences: readBlind(dir, 'blind3.json', ['test']), recallGated: false, reportedOnly: true },
  ];
}
