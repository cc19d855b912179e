/**
 * Whether an ambiguous candidate counts, by the rule its lexicon entry names, and why. The
 * evidence is the candidate's own: the cues of its sentence and paragraph, and what its story
 * says (a definition of the short form, an unambiguous name of the topic). Nothing from other
 * stories on the page counts.
 */
import type { Scope, TermRule } from '../data/lexicon-schema';
import type { CompiledCue } from './compile-lexicon';

/** Why a mention was accepted: shown on its card for ambiguous forms. */
export type MentionReason =
  | { readonly kind: 'unambiguous' }
  /** The story defined the short form: "drug consumption rooms (DCRs)". */
  | { readonly kind: 'defined'; readonly as: string }
  /** An unambiguous name of the topic in the same story (or paragraph). */
  | { readonly kind: 'clear-mention'; readonly mention: string }
  /** The strongest cues that scored it in. */
  | { readonly kind: 'cues'; readonly cues: readonly string[] };

export const UNAMBIGUOUS: MentionReason = { kind: 'unambiguous' };

/** The distinct cues in a candidate's sentence and in its paragraph (the sentence's included). */
export interface CueEvidence {
  readonly sentence: readonly CompiledCue[];
  readonly paragraph: readonly CompiledCue[];
}

/** What the candidate's surroundings offer beyond its cues; asked only when the rule needs it. */
export interface Surroundings {
  /** An unambiguous mention in the same paragraph, as written. */
  readonly paragraphMention: string | null;
  /** An unambiguous mention in the same story, as written. */
  storyMention(): string | null;
  /** The long form the story defined `shortForm` with, as written. */
  definitionOf(shortForm: string): string | null;
}

/** Cue names shown as the reason, strongest first. */
const REASON_CUES = 4;

const cuesIn = (evidence: CueEvidence, scope: Scope): readonly CompiledCue[] => (scope === 'sentence' ? evidence.sentence : evidence.paragraph);

/** The reason `rule` accepts the candidate, or null when it does not. */
export function judgeCandidate(rule: TermRule, shortForm: string | null, evidence: CueEvidence, around: Surroundings): MentionReason | null {
  if (rule.definition && shortForm) {
    const definition = around.definitionOf(shortForm);
    if (definition) return { kind: 'defined', as: definition };
  }
  if (rule.veto && cuesIn(evidence, rule.veto).some((cue) => cue.weight === 'counter')) return null;
  if (rule.clearMention) {
    const mention = around.paragraphMention ?? (rule.clearMention === 'story' ? around.storyMention() : null);
    if (mention) return { kind: 'clear-mention', mention };
  }
  const cues = cuesIn(evidence, rule.cues);
  let score = 0;
  let strong = false;
  for (const cue of cues) {
    score += cue.score;
    strong ||= cue.weight === 'strong';
  }
  if ((!strong && !rule.weakCues) || score < rule.minScore) return null;
  const named = cues.filter((cue) => cue.weight !== 'counter').sort((a, b) => b.score - a.score);
  return { kind: 'cues', cues: named.slice(0, REASON_CUES).map((cue) => cue.form) };
}
