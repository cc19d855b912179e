/**
 * Whether an ambiguous candidate counts, by the rule its lexicon entry names, and why. The
 * evidence is the candidate's own: the cues of its sentence and paragraph, and what its story
 * says (a definition of the short form, an unambiguous name of the topic). Nothing from other
 * stories on the page counts.
 */
import type { Lang, Scope, TermRule } from '../data/lexicon-schema';
import type { MentionReason } from '../data/mention-reason';
import type { CompiledCue } from './compile-lexicon';

export type { MentionReason } from '../data/mention-reason';

export const UNAMBIGUOUS: MentionReason = { kind: 'unambiguous' };

/** The distinct cues in a candidate's sentence and in its paragraph (the sentence's included). */
export interface CueEvidence {
  readonly sentence: readonly CompiledCue[];
  readonly paragraph: readonly CompiledCue[];
}

/** What the candidate's surroundings offer beyond its cues; asked only when the rule needs it. */
export interface Surroundings {
  /** An unambiguous mention in the same paragraph, as written (on a second look, a mention accepted beside it or in its story). */
  readonly paragraphMention: string | null;
  /** Does the paragraph itself name the topic unambiguously? */
  readonly namedInParagraph: boolean;
  /** An unambiguous mention in the same story, as written. */
  storyMention(): string | null;
  /** The long form the story defined `shortForm` with, as written. */
  definitionOf(shortForm: string): string | null;
  /** Did the story spell `shortForm` out as something else ("Ottawa Police Service (OPS)")? */
  definedOtherwise(shortForm: string): boolean;
  /** The distinct cues of the candidate's story (its prose up to a limit); asked only by a rule that weighs the story's cues. */
  storyCues(): readonly CompiledCue[];
}

/** Cue names shown as the reason, strongest first. */
const REASON_CUES = 4;

/** A cue's first letters that, shared with a word of the name, make it the name's own word. */
const STEM = 5;

/**
 * Is the cue one word that only restates a word of the name ("spuiten" beside "spuitruimte",
 * "Rauchplätze" beside "Rauchraum")? A paint booth is sprayed in as a drug room is: the word
 * says nothing of which is meant. Cues of several words ("smoking crack") say more, and count.
 */
function restates(cue: CompiledCue, words: readonly string[]): boolean {
  if (cue.form.length < STEM || cue.form.includes(' ')) return false;
  const stem = cue.form.slice(0, STEM).toLowerCase();
  return words.some((word) => word.startsWith(stem));
}

/**
 * The reason `rule` accepts the candidate (a form of the term `name`), or null when it does
 * not. Only cues of the text's language count (`lang`; all of them when it is not known), and
 * none that only restates a word of the name.
 */
export function judgeCandidate(
  rule: TermRule,
  name: string,
  shortForm: string | null,
  evidence: CueEvidence,
  lang: Lang | null,
  around: Surroundings,
): MentionReason | null {
  const words = name.toLowerCase().split(' ');
  const counts = (cue: CompiledCue): boolean => (!lang || cue.langs.includes(lang)) && !restates(cue, words);
  const cuesIn = (scope: Scope): readonly CompiledCue[] => (scope === 'sentence' ? evidence.sentence : evidence.paragraph).filter(counts);
  const ofLang = (cues: readonly CompiledCue[]): readonly CompiledCue[] => cues.filter(counts);
  const vetoed = rule.veto !== undefined && cuesIn(rule.veto).some((cue) => cue.weight === 'counter');
  if (rule.definition && shortForm) {
    const definition = around.definitionOf(shortForm);
    // A definition carries through its story, but not into a paragraph that shows another sense
    // and names the topic nowhere plainly: "the DCR raw format" in a camera item of a news feed
    // whose item above defined DCRs as the rooms.
    if (definition && (!vetoed || around.namedInParagraph)) return { kind: 'defined', as: definition };
    if (!definition && around.definedOtherwise(shortForm)) return null;
  }
  if (vetoed) return null;
  if (rule.clearMention) {
    const mention = around.paragraphMention ?? (rule.clearMention === 'story' ? around.storyMention() : null);
    if (mention) return { kind: 'clear-mention', mention };
  }
  const near = cuesIn(rule.cues === 'sentence' ? 'sentence' : 'paragraph');
  let reason = weigh(rule, near);
  if (!reason || !rule.otherSenseInStory || near.reduce((sum, cue) => sum + Math.max(cue.score, 0), 0) > 1) return reason;
  // Accepted on one weak cue or none ("the council approved the bakery's consumption room", a
  // headline "Nieuwe spuitruimte in gebruik"): its story decides. A story that shows another
  // sense (a counter-cue) and says the topic nowhere strongly turns it down; the words a story
  // shares with any local news (police, council) say nothing against paint, cakes or a stage.
  const story = ofLang(around.storyCues());
  if (story.some((cue) => cue.weight === 'counter') && !story.some((cue) => cue.weight === 'strong')) return null;
  // A paragraph that says nothing either way takes its story's cues as its reason, where the rule weighs them.
  if (reason.kind === 'no-other-sense' && rule.cues === 'story') {
    reason =
      weigh(
        rule,
        story.filter((cue) => cue.weight !== 'counter'),
      ) ?? reason;
  }
  return reason;
}

/** Do `cues` meet the rule's score, and which name the reason? */
function weigh(rule: TermRule, cues: readonly CompiledCue[]): MentionReason | null {
  let score = 0;
  let strong = false;
  for (const cue of cues) {
    score += cue.score;
    strong ||= cue.weight === 'strong';
  }
  if ((!strong && !rule.weakCues) || score < rule.minScore) return null;
  const named = cues.filter((cue) => cue.weight !== 'counter').sort((a, b) => b.score - a.score);
  if (named.length === 0) return { kind: 'no-other-sense' };
  return { kind: 'cues', cues: named.slice(0, REASON_CUES).map((cue) => cue.form) };
}
