/**
 * Why a mention was marked: the engine says it for every accepted mention, the card shows it
 * for ambiguous forms ("Marked because: …"), so a reader can judge a doubtful mark.
 */
export type MentionReason =
  | { readonly kind: 'unambiguous' }
  /** The story defined the short form: "drug consumption rooms (DCRs)". */
  | { readonly kind: 'defined'; readonly as: string }
  /** A clear name of the topic in the same story (or paragraph). */
  | { readonly kind: 'clear-mention'; readonly mention: string }
  /** The strongest cues that scored it in. */
  | { readonly kind: 'cues'; readonly cues: readonly string[] }
  /** A claim sentence the learned recall aid, not the cues, found: the sentence's words it inferred the claim from (none when only common words weighed). */
  | { readonly kind: 'inferred'; readonly words: readonly string[] }
  /** A name of the topic in its own language, with no sign of its other sense nearby. */
  | { readonly kind: 'no-other-sense' };

const MAX_TEXT = 200;
/** Most cues, or inferred-from words, a reason lists. */
export const MAX_REASON_WORDS = 8;

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? value : null);

/** A reason as it arrives in a message, checked field by field; null when it is not one. */
export function readReason(input: unknown): MentionReason | null {
  if (typeof input !== 'object' || input === null) return null;
  const reason = input as Record<string, unknown>;
  switch (reason.kind) {
    case 'unambiguous':
    case 'no-other-sense':
      return { kind: reason.kind };
    case 'defined': {
      const as = text(reason.as);
      return as ? { kind: 'defined', as } : null;
    }
    case 'clear-mention': {
      const mention = text(reason.mention);
      return mention ? { kind: 'clear-mention', mention } : null;
    }
    case 'cues': {
      if (!Array.isArray(reason.cues)) return null;
      const cues = reason.cues.slice(0, MAX_REASON_WORDS).map(text);
      return cues.length > 0 && cues.every((cue) => cue !== null) ? { kind: 'cues', cues } : null;
    }
    case 'inferred': {
      if (!Array.isArray(reason.words)) return null;
      const words = reason.words.slice(0, MAX_REASON_WORDS).map(text);
      return words.every((word) => word !== null) ? { kind: 'inferred', words } : null;
    }
    default:
      return null;
  }
}
