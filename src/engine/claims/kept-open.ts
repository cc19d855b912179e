/**
 * A call to keep something open names the room only when the room stands before it: "the room must stay
 * open", "je veux que la salle reste ouverte", "dat de gebruiksruimte open blijft". With the room named
 * only after it ("Residents want the park to stay open at night, says a neighbour of the consumption
 * room"), what is to stay open is something else, when a determiner (`definites`) shows it a common noun ("the park", "le
 * parc", "der Park"): a name ("Quai 9 reste ouvert", "Insite must stay open") or a pronoun may be the room.
 */
import { type CompiledCue, isNegatorIn, spanOf } from './cues';
import type { CompiledLanguage } from './compiled-claims';
import type { SentenceWords } from './sentence';

/** A verb of staying or going on in the seven languages, as a cue of keeping open holds it ("stay open", "offen bleiben", "siga abierta"). */
const STAYING =
  /^(?:stay|stays|remain|remains|reste|restent|rester|demeure|demeurent|blijft|blijven|bleib\w*|siga|sigan|seguir|continue|continuem|continuar|fique|fiquem|resti|restino|rimanga|rimangano)$/;
/** A word of being open ("open", "ouverte", "offen", "abierta", "aberta", "aperta"). */
const OPEN = /^(?:open|ouvert\w*|offen|abiert\w*|abert\w*|apert\w*)$/;

/** Words before the phrase where its subject's determiner may stand ("the park to", "que le parc", "dass der Park nachts"). */
const SUBJECT_WITHIN = 4;

/** Words from a staying verb to its "open", either way round ("stay open", "reste grande ouverte", "open blijft"). */
const OPEN_WITHIN = 2;

/**
 * Does the call part's `cue` stand in a phrase of keeping open ("stay open", "offen bleiben", "siga abierta")
 * with none of the claim's other parts' cues before the phrase?
 */
export function keptOpenOther(cue: CompiledCue, index: number, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(cue, words);
  if (!span) return false;
  for (let i = Math.max(0, span.at - OPEN_WITHIN); i < Math.min(words.length, span.end + OPEN_WITHIN); i++) {
    if (!STAYING.test(words[i]!)) continue;
    const open = words.slice(Math.max(0, i - OPEN_WITHIN), i + OPEN_WITHIN + 1).findIndex((word) => OPEN.test(word));
    if (open < 0) continue;
    const from = Math.min(i, Math.max(0, i - OPEN_WITHIN) + open);
    const to = Math.max(i, Math.max(0, i - OPEN_WITHIN) + open) + 1;
    if (span.end <= from || span.at >= to) continue;
    const before = words.slice(0, from);
    // The language's determiners (claims.json `definites`: articles, demonstratives, possessives) show a common noun.
    const { definites } = language.illness();
    const common = before.slice(-SUBJECT_WITHIN).some((word) => isNegatorIn(definites, word));
    return common && !language.parts.some((part, other) => other !== index && part.some((room) => spanOf(room, before) !== null));
  }
  return false;
}
