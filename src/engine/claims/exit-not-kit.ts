/**
 * A way out set against the room's kit: the construction that says prevent-not-facilitate when
 * no listed cue of "prevent rather than facilitate" does. Opponents of a room say it by naming
 * what they would give instead — treatment, detox, a therapy place, a way out — and refusing what
 * the room gives: "a way out, not a clean needle", "statt weiterer Konsumplätze mehr
 * Entzugsbetten", "on ne le sauve pas en lui tenant la seringue ; on le sauve en l'aidant à
 * arrêter". Or by calling the room's help surrender: "ein sauberes Besteck … ich nenne es
 * Kapitulation".
 *
 * The kit must be the refused side: a negator a few words before it in its clause (not "not
 * only", not across a "but"), or a contrast word just before it ("instead of", "statt"). The same
 * words said for the room keep the kit unrefused ("a clean needle today, treatment tomorrow",
 * "not a cell but a clean needle"). After a bare negator the exit must stand on the other side of
 * a clause: before the negator opening its clause ("X, not Y", "X and not Y"), or just after a
 * mark or a correction following the kit ("not Y; X", "not Y but X"). An exit negated itself says
 * nothing. With the room named just before both, in their clause, the contrast defends the room
 * ("the room is a way into treatment, not a place to keep using", "la salle n'est pas un lieu où
 * continuer à se piquer, c'est une porte vers le sevrage"): no cue of the claim then makes it.
 */
import type { CompiledLanguage } from './compiled-claims';
import { isNegatorIn, spansOf, type CompiledCue, type Span } from './cues';
import { negatesAt } from './negation';
import type { SentenceWords } from './sentence';

/** Words a negator may stand before the kit it refuses ("ne sauve pas quelqu'un en lui tenant la seringue"). */
const NEGATED_WITHIN = 4;
/** Words a contrast may stand before the kit it sets aside ("plutôt que d'installer des salles"). */
const CONTRASTED_WITHIN = 3;
/** Words after the mark or correction following a refused kit within which the exit must begin ("; on le sauve en l'aidant"). */
const EXIT_AFTER_TURN = 6;
/** Words before an exit or a surrender where a negator denies it ("no treatment", "keine Kapitulation"). */
const DENIED_WITHIN = 3;
/** Words after the room's name within which the contrast it is the subject of begins ("La salle n'est pas un lieu où"). */
const ROOM_SUBJECT_WITHIN = 8;

const overlaps = (a: Span, b: Span): boolean => a.at < b.end && b.at < a.end;

/** How the kit at `kit` is refused: the negator's index or the contrast's span, or null. */
function refusal(kit: Span, sentence: SentenceWords, language: CompiledLanguage): { readonly at: number; readonly end: number; readonly bare: boolean } | null {
  const { words } = sentence;
  const marks = sentence.clauses();
  const corrected = (from: number, to: number): boolean => words.slice(from, to).some((word) => isNegatorIn(language.corrections, word));
  for (const contrast of language.contrasts)
    for (const span of spansOf(contrast, words))
      if (span.end <= kit.at && kit.at - span.end <= CONTRASTED_WITHIN && !corrected(span.end, kit.at)) return { ...span, bare: false };
  for (let i = kit.at - 1; i >= Math.max(0, kit.at - NEGATED_WITHIN); i--) {
    if (marks.some((mark) => mark.at > i && mark.at <= kit.at) || corrected(i + 1, kit.at)) return null;
    if (negatesAt(words, i, language.negators)) return { at: i, end: i + 1, bare: true };
  }
  return null;
}

/** Is the span denied by a negator just before it in its clause? */
function deniedAt(span: Span, sentence: SentenceWords, negators: readonly CompiledCue[]): boolean {
  const marks = sentence.clauses();
  for (let i = span.at - 1; i >= Math.max(0, span.at - DENIED_WITHIN); i--) {
    if (marks.some((mark) => mark.at > i && mark.at <= span.at)) return false;
    if (negatesAt(sentence.words, i, negators)) return true;
  }
  return false;
}

/**
 * The cue a way out set against the room's kit gives every part of the claim, strong; 'defended'
 * when the room is the contrast's subject; or null. Read on the sentence as written: the room's
 * names a claim ignores are kit here ("plutôt que d'installer des salles de shoot").
 */
export function exitAgainstKit(language: CompiledLanguage, sentence: SentenceWords): CompiledCue | 'defended' | null {
  if (!language.kits.some((cue) => sentence.has(cue))) return null;
  const { words } = sentence;
  const all = (cues: readonly CompiledCue[]): { cue: CompiledCue; span: Span }[] =>
    cues.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words).map((span) => ({ cue, span })));
  const kits = all(language.kits);
  const made = (form: string): CompiledCue => ({ form, words: [], weight: language.strong });
  // The room's help named as surrender: "…und nennen das Hilfe – ich nenne es Kapitulation".
  const surrender = all(language.surrenders).find(({ span }) => !deniedAt(span, sentence, language.negators));
  if (surrender && kits.some(({ span }) => span.end <= surrender.span.at)) return made(`${kits[0]!.cue.form} … ${surrender.cue.form}`);
  const exits = all(language.exits).filter(({ span }) => !deniedAt(span, sentence, language.negators) && !kits.some((kit) => overlaps(kit.span, span)));
  if (!exits.length) return null;
  const rooms = all(language.facilities);
  const marks = sentence.clauses();
  // The room named just before the contrast, in its clause and outside the refused kit, is its subject: the room defended as a way out.
  const roomSubject = (from: number, kit: Span): boolean =>
    rooms.some(
      ({ span }) =>
        !overlaps(span, kit) && span.end <= from && from - span.end < ROOM_SUBJECT_WITHIN && !marks.some((mark) => mark.at > span.at && mark.at <= from),
    );
  for (const kit of kits) {
    const refused = refusal(kit.span, sentence, language);
    if (!refused) continue;
    const exit = exits.find(({ span }) => {
      if (overlaps(span, refused)) return false;
      if (!refused.bare) return true;
      // "X, not Y" / "X and not Y": the negator opens its clause after the exit.
      const opensClause = marks.some((mark) => mark.at === refused.at) || isNegatorIn(language.coordinators, words[refused.at - 1] ?? '');
      if (span.end <= refused.at) return opensClause;
      // "not Y; X" / "not Y but X": a mark or correction after the kit, the exit just after it.
      if (span.at < kit.span.end) return false;
      const turns = [
        ...marks.map((mark) => mark.at),
        ...words.flatMap((word, i) => (i >= kit.span.end && isNegatorIn(language.corrections, word) ? [i + 1] : [])),
      ];
      return turns.some((turn) => turn >= kit.span.end && turn <= span.at && span.at - turn <= EXIT_AFTER_TURN);
    });
    if (exit) return roomSubject(Math.min(exit.span.at, refused.at), kit.span) ? 'defended' : made(`${exit.cue.form} … (not) ${kit.cue.form}`);
  }
  return null;
}
