/**
 * A death told as averted: save-lives said with no "save lives" cue, by what would have
 * happened without the room or by the deaths that did not. Three constructions, each from
 * claims.json's word lists of the sentence's language:
 * - an overdose or emergency handled, then a turn of the counterfactual or of an ending that
 *   stops ("otherwise", "would have", "sonst", "ne finit pas", "dejan de convertirse en"), then a
 *   death ("morgue", "funeral", "esquelas") or a place where people die alone with an ending
 *   word ("zu Ende gegangen auf einer Bahnhofstoilette", "ne finit pas, seule, dans les toilettes");
 * - nobody carried out dead: a negator or negative subject just before "in a body bag", "les
 *   pieds devant", "con los pies por delante", with no wish or belief between ("nobody wants
 *   to see…" wishes, it records nothing);
 * - a delay or a closing counted in lives ("every month's delay is paid in lives", "cada mês de
 *   atraso se conta em vidas", "antes de que el invierno se cobre más vidas").
 * The same words of another rescuer (a hospital, an ambulance, a fire brigade) near the
 * construction tell that rescuer's work, not the room's.
 */
import type { Claims } from '../../data/claims-schema';
import type { Lang } from '../../data/lexicon-schema';
import { compileForms as all, isNegatorIn, spansOf, type CompiledCue, type Span } from './cues';
import { COMPLEMENTIZERS, opensBetween, type SentenceWords, spansIn } from './sentence';

/** The reason a finding gives for a part the construction says. */
export const AVERTED_FORM = '(death averted)';

/** One language's words for the constructions (claims.json's keys of the same names). */
export interface AvertedWords {
  readonly emergencies: readonly CompiledCue[];
  readonly averting: readonly CompiledCue[];
  readonly deathEnds: readonly CompiledCue[];
  readonly lonelyPlaces: readonly CompiledCue[];
  readonly endings: readonly CompiledCue[];
  readonly carriedOutDead: readonly CompiledCue[];
  readonly pricedInLives: readonly CompiledCue[];
  readonly delaysCounted: readonly CompiledCue[];
  readonly otherRescuers: readonly CompiledCue[];
  /** The people of another rescue service: before a saving in its clause, they did it. */
  readonly lifesavers: readonly CompiledCue[];
  /** The language's negators and negative subjects ("not", "nobody", "personne"). */
  readonly negatives: readonly CompiledCue[];
  /** Verbs of wish or belief: between a negative and the carrying out, it is not a record. */
  readonly wishesAndBeliefs: readonly CompiledCue[];
}

/** The language's words (compiled-claims.ts compiles them when first asked). */
export function compileAverted(model: Claims, lang: Lang): AvertedWords {
  return {
    emergencies: all(model.emergencies[lang]),
    averting: all(model.averting[lang]),
    deathEnds: all(model.deathEnds[lang]),
    lonelyPlaces: all(model.lonelyPlaces[lang]),
    endings: all(model.endings[lang]),
    carriedOutDead: all(model.carriedOutDead[lang]),
    pricedInLives: all(model.pricedInLives[lang]),
    delaysCounted: all(model.delaysCounted[lang]),
    otherRescuers: all(model.otherRescuers[lang]),
    lifesavers: all(model.lifesavers[lang]),
    negatives: all([...model.negators[lang], ...model.negativeSubjects[lang]]),
    wishesAndBeliefs: all([...model.wishes[lang], ...model.beliefs[lang]]),
  };
}

/** How many words an overdose handled may stand before the turn ("jeder Notfall, den wir hier mit Naloxon abfangen, wäre sonst"). */
const EMERGENCY_TO_TURN = 10;
/** How many words after the turn its death or place stands ("ne finit pas, seule, dans les toilettes"). */
const TURN_TO_END = 8;
/** How far after a place an ending word may come, the verb last ("auf einer Bahnhofstoilette zu Ende gegangen"). */
const ENDING_AFTER_PLACE = 3;
/** How many words a negative may stand before the carrying out ("nobody has yet been carried out of the Thistle in a body bag"). */
const NEGATIVE_TO_CARRIED = 8;
/** How many words a delay may stand before its price ("every month of this delay is paid in lives"). */
const DELAY_TO_PRICE = 8;
/** How many words before the construction another rescuer still claims it ("the hospital's ward, where overdoses…"). */
const RESCUER_BEFORE = 4;

const anyWithin = (spans: readonly Span[], from: number, to: number): boolean => spans.some((span) => span.at >= from && span.end <= to);

/**
 * Does the sentence tell a death averted by one of the three constructions: the room's
 * (`'averted'`), another rescuer's only (`'elsewhere'`: no claim of the room's, not even one
 * the recall aid would infer from the same words), or none (null)?
 */
export function avertedDeath(words: AvertedWords, sentence: SentenceWords): 'averted' | 'elsewhere' | null {
  const rescuers = spansIn(words.otherRescuers, sentence);
  const clear = (from: number, to: number): boolean => !rescuers.some((span) => span.end > from - RESCUER_BEFORE && span.at < to);
  const told = (by: (from: number, to: number) => boolean): boolean =>
    handledOtherwise(words, sentence, by) || carriedOut(words, sentence, by) || pricedDelay(words, sentence, by);
  if (told(clear)) return 'averted';
  return rescuers.length && told(() => true) ? 'elsewhere' : null;
}

/** Words after the saving's last cue where the room is still where the lives are saved ("levens gered in de gebruiksruimte"). */
const ROOM_AS_PLACE_AFTER = 4;
/** How many words a rescuer may stand before the saving it did ("the paramedics who revived him on the bus saved his life"). */
const RESCUER_TO_SAVING = 8;

/**
 * Is the saving the claim's cues tell another rescuer's, its subject: one stands before the
 * first cue in its clause, within a few words, with no word between that makes it a teller
 * ("paramedics say…", "agree that…", "constatent que…") or joins another subject ("…takes
 * pressure off paramedics and saves lives"), and no word naming the room or its people
 * (`roomLinks`) before the saving ends, nor anywhere when the sentence credits someone? "The
 * paramedics who revived him on the bus saved his life" is their record, and so is a life saved
 * of someone who collapsed outside the room. A rescuer after the cues is most often the speaker
 * ("…, said the paramedic").
 */
export function savedByRescuer(
  words: AvertedWords,
  sentence: SentenceWords,
  cues: readonly CompiledCue[],
  {
    roomLinks,
    tellers,
    coordinators,
    credits,
  }: { roomLinks: readonly CompiledCue[]; tellers: readonly CompiledCue[]; coordinators: readonly CompiledCue[]; credits: readonly CompiledCue[] },
): boolean {
  const rescuers = spansIn(words.lifesavers, sentence);
  if (!rescuers.length) return false;
  // A cue's word may start the rescuer's own ("rett*" in "Rettungssanitäter"): only those outside it tell the saving.
  const starts = cues.flatMap((cue) => spansOf(cue, sentence.words).map(({ at }) => at)).filter((at) => !rescuers.some((r) => at >= r.at && at < r.end));
  if (!starts.length) return false;
  const first = Math.min(...starts);
  // The room named before the saving's last word, or just after it, may be whose it is ("paramedics at the room saved…", "levens
  // gered in de gebruiksruimte"); named farther on, it is where the person collapsed ("…saved a man who collapsed outside the
  // closed room"), unless the sentence credits someone.
  const rooms = spansIn(roomLinks, sentence);
  const last = Math.max(...starts);
  const roomOwnsSaving = rooms.some(({ at }) => at < last + ROOM_AS_PLACE_AFTER);
  if (roomOwnsSaving || (rooms.length > 0 && credits.some((credit) => sentence.has(credit)))) return false;
  const clauses = sentence.clauses();
  // Tellers and verbs of belief make the rescuer a witness.
  const witnessing = [...spansIn(tellers, sentence), ...spansIn(words.wishesAndBeliefs, sentence)];
  const between = (from: number): boolean =>
    opensBetween(clauses, from, first) ||
    witnessing.some(({ at }) => at >= from && at < first) ||
    // A complementizer right after the rescuer is its relative pronoun ("los paramédicos que lo reanimaron").
    sentence.words.slice(from, first).some((word, i) => (i > 0 && COMPLEMENTIZERS.has(word)) || isNegatorIn(coordinators, word));
  return rescuers.some((rescuer) => rescuer.end <= first && first - rescuer.end <= RESCUER_TO_SAVING && !between(rescuer.end));
}

function handledOtherwise(words: AvertedWords, sentence: SentenceWords, clear: (from: number, to: number) => boolean): boolean {
  const emergencies = spansIn(words.emergencies, sentence);
  if (!emergencies.length) return false;
  const turns = spansIn(words.averting, sentence);
  if (!turns.length) return false;
  const deaths = spansIn(words.deathEnds, sentence);
  const places = spansIn(words.lonelyPlaces, sentence);
  const endings = spansIn(words.endings, sentence);
  const negatives = spansIn(words.negatives, sentence);
  // A semicolon or colon after the emergency opens another statement: "figures are published; otherwise nobody would know".
  const clauses = sentence.clauses();
  const stops = clauses.filter(({ mark }) => mark === ';' || mark === ':').map(({ at }) => at);
  return emergencies.some((emergency) =>
    turns.some((turn) => {
      if (turn.at < emergency.end || turn.at - emergency.end > EMERGENCY_TO_TURN) return false;
      // A turn opening a clause after a mark may begin a statement of its own ("…, otherwise the public would hear only of the
      // deaths"); beside the counterfactual verb it is the turn still ("que, de lo contrario, habría acabado").
      const beside = turns.some((other) => other.end === turn.at || other.at === turn.end);
      if (clauses.some(({ at }) => at === turn.at) && !beside) return false;
      const after = (end: Span): boolean => end.at >= turn.end && end.at - turn.end <= TURN_TO_END;
      // A death says it alone; a place says it with an ending word from the turn on ("ne finit pas … dans les toilettes").
      const ended = deaths.filter(after).concat(places.filter((place) => after(place) && anyWithin(endings, turn.at, place.end + ENDING_AFTER_PLACE)));
      // A negative between the turn and the death turns it round ("otherwise nobody would know how many died").
      return ended.some(
        (end) => clear(emergency.at, end.end) && !anyWithin(negatives, turn.end, end.at) && !stops.some((at) => at > emergency.at && at <= end.at),
      );
    }),
  );
}

function carriedOut(words: AvertedWords, sentence: SentenceWords, clear: (from: number, to: number) => boolean): boolean {
  const carried = spansIn(words.carriedOutDead, sentence);
  if (!carried.length) return false;
  const negatives = spansIn(words.negatives, sentence);
  const wished = spansIn(words.wishesAndBeliefs, sentence);
  return carried.some((out) =>
    negatives.some(
      (negative) =>
        negative.end <= out.at && out.at - negative.end <= NEGATIVE_TO_CARRIED && !anyWithin(wished, negative.end, out.at) && clear(negative.at, out.end),
    ),
  );
}

function pricedDelay(words: AvertedWords, sentence: SentenceWords, clear: (from: number, to: number) => boolean): boolean {
  const prices = spansIn(words.pricedInLives, sentence);
  if (!prices.length) return false;
  const delays = spansIn(words.delaysCounted, sentence);
  return prices.some((price) => delays.some((delay) => delay.end <= price.at && price.at - delay.end <= DELAY_TO_PRICE && clear(delay.at, price.end)));
}
