/**
 * Disputes: a sentence that reports what it says as denied, unproven or refuted makes no claim
 * (`isDisputed`), unless something turns the dispute round. Apart from negation.ts: it reads the
 * frame a whole sentence is told in, not a negator beside a cue.
 */
import { type CompiledCue, isNegatorIn, matchFrom, overlaps, ownSegments, type Span, spanOf, spansOf, wordMatches } from './cues';
import { type ClauseMark, COMPLEMENTIZERS, OPENING_WORDS, opensBetween, type SentenceWords, statementsOf } from './sentence';
import type { CompiledLanguage, RecordWords } from './compiled-claims';
import { ONLY } from './negation';

/** Words on each side of a dispute where a negator makes it none ("no one disputes that", "bestreitet … kaum noch jemand"). */
const DISPUTE_NEGATED_WITHIN = 4;
/**
 * Words from a negator opening the dispute's clause to the dispute where the negator is still its
 * subject and turns it round: "nobody on the health board doubts that…", "nadie en el equipo
 * médico pone en duda que…".
 */
const DISPUTE_NEGATED_SUBJECT_WITHIN = 8;

/**
 * Does the sentence report what it says as denied or unproven ("the minister denies that…",
 * "there is no evidence that…", "…, ist nicht belegt", "does not believe that…")? Then it tells
 * of a dispute and makes no claim, unless a negator beside the dispute or opening its clause
 * turns it round ("nobody disputes that…", "nobody on the board doubts that…"), a word of lack
 * just before it makes it no doubt ("sans doute que…"), or one of the claim's own cues holds its words: "wer glaubt denn noch, dass
 * die Verbotspolitik wirkt" says the approach fails through the disbelief ("glaubt … noch").
 */
export function isDisputed(sentence: SentenceWords, language: CompiledLanguage, cues: readonly CompiledCue[], askerAt: number, placed: boolean): boolean {
  const { disputes, negators, lacking, joiners } = language;
  const { words } = sentence;
  const statementOf = placed && cues.length > 0 ? statementsOf(sentence, joiners) : null;
  const found: Dispute[] = disputes
    .filter((dispute) => sentence.has(dispute))
    .map((dispute) => {
      const { at, end } = spanOf(dispute, words)!;
      return { at, end, own: ownSegments(dispute, at, end), opensClause: COMPLEMENTIZERS.has(dispute.words.at(-1)!) };
    })
    // A negator in a listed dispute's gap turns it round: "ontkent niet dat…", "negó nunca que…".
    .filter(({ own }) => !words.slice(own[0]!.end, own.at(-1)!.at).some((word) => isNegatorIn(negators, word)));
  // Talk of something ruled out disputes the claim only in its own clause: "Von einer Entlastung durch den Konsumraum kann keine
  // Rede sein" does, "…, von einer Verlagerung der Szene kann keine Rede sein" does not take back the fall before it.
  const ruledOut: Dispute[] = language.ruledOut
    .flatMap((cue) => spansOf(cue, words).map(({ at, end }) => ({ at, end, own: ownSegments(cue, at, end), opensClause: false })))
    .filter(({ at }) => cues.length > 0 && cues.every((cue) => sentence.clauseIndexOf(spanOf(cue, words)?.at ?? -1) === sentence.clauseIndexOf(at)));
  // A refutation takes back only what was said before it: "the figures show the opposite: needle litter has halved" says it.
  const refuted = refutations(sentence, language).filter(({ at }) => cues.length > 0 && cues.every((cue) => (spanOf(cue, words)?.end ?? at + 1) <= at));
  if (rebuttedHearsay(sentence, language, cues)) return true;
  return [...found, ...ruledOut, ...denialFrames(sentence, language), ...refuted].some(({ at, end, own: ownWords, opensClause, reachEnd }) => {
    if (reachEnd !== undefined && cues.length > 0 && cues.every((cue) => (spanOf(cue, words)?.at ?? 0) >= reachEnd)) return false;
    // A claim whose every cue stands in a statement after the dispute's, after a semicolon or ", but", is said beside it,
    // not under it: "it is too early to say whether crime fell, but the room has saved forty lives". A dispute after the
    // claim looks back at it ("…, but our figures cannot prove it"); an inferred claim's missing part may stand anywhere.
    if (statementOf && cues.every((cue) => statementOf(spanOf(cue, words)?.at ?? at) > statementOf(at))) return false;
    // Only the dispute's own words, not what its gap holds: "wies die Behauptung, der Raum rette Leben, zurück" disputes the lives.
    if (cues.some((cue) => ownWords.some((own) => overlaps(spanOf(cue, words), own.at, own.end)))) return false;
    // Nor when one of them is what it says there is none of, just before it in its clause: "Einen Konsumraum gibt es bislang
    // nicht, die Stadt will einen" tells of a room not there yet; "Belege dafür, dass…, gibt es bislang nicht" disputes.
    if (cues.some((cue) => isSubjectOf(spanOf(cue, words), at, sentence))) return false;
    // After a dispute that opens the disputed clause ("niega que…"), a negator is that clause's ("…exista ningún estudio").
    const after = opensClause ? [] : words.slice(end, end + DISPUTE_NEGATED_WITHIN);
    const beside = [...words.slice(Math.max(0, at - DISPUTE_NEGATED_WITHIN), at), ...after];
    // The question's asker before the dispute turns it round too: "who can deny that…" says no one can.
    const askedRound = askerAt >= 0 && askerAt < at && at - askerAt <= DISPUTE_NEGATED_WITHIN;
    // A word of lack just before it is no doubt at all: "sans doute que…", "sin duda que…".
    const withoutDoubt = at > 0 && isNegatorIn(lacking, words[at - 1]!);
    // A denial said to be hard or impossible is none: "it is hard to deny that…", "il est impossible de nier que…".
    const scarce = words.slice(Math.max(0, at - DISPUTE_NEGATED_WITHIN), at).some((word) => isNegatorIn(language.scarcely, word));
    return !askedRound && !withoutDoubt && !scarce && !beside.some((word) => isNegatorIn(negators, word)) && !negatedBySubject(sentence, at, negators);
  });
}

/** Words before a rebuttal where a negator turns it round ("is not contradicted", "n'est pas démentie", "non è smentita"). */
const REBUTTAL_NEGATED_BEFORE = 2;

/**
 * Does the sentence name the claim as something said and then reject it: a cue of each part of
 * the claim after a word of hearsay ("the claim that", "l'idée selon laquelle", "die Behauptung") and
 * before a rebuttal ("does not survive scrutiny", "est contredite", "hält die Polizei für
 * unbelegt")? A negator just before the rebuttal turns it round ("is not contradicted by").
 */
function rebuttedHearsay(
  sentence: SentenceWords,
  { hearsay, rebuttals, recordAgainst, negators, parts, rising }: CompiledLanguage,
  cues: readonly CompiledCue[],
): boolean {
  const { words } = sentence;
  // A sentence opening on "that" names what follows as said: "Dat de ruimte de overlast heeft verminderd, wordt … tegengesproken".
  const opensSaid = words.length > 0 && COMPLEMENTIZERS.has(words[0]!);
  if (!cues.length || !(opensSaid || hearsay.some((said) => sentence.has(said)))) return false;
  // Each rebuttal found: where it starts, and the words between its first and last own words (its gaps).
  const found: { at: number; gapFrom: number; gapTo: number }[] = [
    ...rebuttals.flatMap((rebuttal) =>
      spansOf(rebuttal, words).map(({ at, end }) => {
        const own = ownSegments(rebuttal, at, end);
        return { at, gapFrom: own[0]!.end, gapTo: own.at(-1)!.at };
      }),
    ),
    ...recordsSetAgainst(sentence, recordAgainst),
  ];
  if (found.length === 0) return false;
  const saidEnds = [...(opensSaid ? [1] : []), ...hearsay.flatMap((said) => spansOf(said, words).map(({ end }) => end))];
  // A claim said after the last hearsay before the rebuttal is the claim rejected: "der Vorwurf, er locke Dealer an, wurde
  // widerlegt" rejects the accusation, not what a statement before it said. One part's cue before the rebuttal names it; the
  // others may be read in the rebuttal's own evidence after it ("…, noting that antisocial behaviour fell just as fast
  // elsewhere", "…, aunque las cifras también bajaron en barrios sin este servicio"), which is no claim of its own.
  // A hearsay with no cue between it and the rebuttal is the rebutter's own ("…, but the criminologist said the data cannot…").
  const saidBefore = (at: number): boolean => {
    const cuedFrom = (from: number, part: readonly CompiledCue[], to: number): boolean =>
      part.some((cue) => spansOf(cue, words).some((span) => span.at >= from && span.end <= to));
    const saidAt = Math.max(-1, ...saidEnds.filter((end) => end <= at && parts.some((part) => cuedFrom(end, part, at))));
    return saidAt >= 0 && parts.every((part) => cuedFrom(saidAt, part, words.length));
  };
  // A negator just before the rebuttal or within it turns it round: "is not contradicted", "wordt door niemand betwist".
  return found.some(({ at, gapFrom, gapTo }) => {
    if (!saidBefore(at)) return false;
    // Figures showing no rise of a harm ("een toename van criminaliteit is uit de cijfers niet op te maken") back the claim.
    const from = sentence.clauseStarts()[sentence.clauseIndexOf(at)]!;
    if (rising.some((rise) => spansOf(rise, words).some((span) => span.at >= from && span.at < at))) return false;
    // Not the rebuttal's own words, which may be negative ("does not survive", "no se sostiene"): those before it and in its gap.
    const turning = [...words.slice(Math.max(0, at - REBUTTAL_NEGATED_BEFORE), at), ...words.slice(gapFrom, gapTo)];
    return !turning.some((word) => isNegatorIn(negators, word));
  });
}

/** Words at most between one step of the record set against a claim and the next (as a cue's "…"). */
const RECORD_STEP_WITHIN = 6;
/** Words at most between a figure and the word comparing it with another ("1,090 call-outs last year against 1,020"). */
const FIGURE_NOUN_WITHIN = 5;

/**
 * The record set against a claim, read in order (claims.json's `recordContrasts`, `recordNouns`,
 * `recordVerbs`, `recordSignals`): "but", within six words a record's noun, optionally within
 * six more a verb of showing, and within six more a word of more, the same or a rise ("…, but
 * the council's own sweeps found more syringes in May than a year before"), a harm found still
 * there ("…; or les relevés montrent qu'on en ramasse toujours 200 par mois") or two figures
 * that do not fall (`figuresNotFalling`). A verb or noun of counting (`recordCounts`) may follow
 * the contrast, its signal then two figures only ("pero la Guardia Urbana contabilizó 640 …
 * frente a 598", "mas as queixas passaram das 90 para as 120");
 * the contrast may stand inside the record's clause after its noun ("die Polizeistatistik
 * verzeichnet allerdings…"). As rebuttals: where each starts, and the words between its
 * contrast and its signal's last word.
 */
function recordsSetAgainst(sentence: SentenceWords, record: RecordWords): { at: number; gapFrom: number; gapTo: number }[] {
  const { contrasts, nouns, verbs, counts } = record;
  const { words } = sentence;
  if (!contrasts.some((contrast) => sentence.has(contrast))) return [];
  const spans = (list: readonly CompiledCue[]): Span[] => list.flatMap((cue) => spansOf(cue, words));
  const listed = [...record.signals, ...record.still]
    .filter((signal) => sentence.has(signal))
    .flatMap((signal) => spansOf(signal, words).map((span) => ({ span, last: ownSegments(signal, span.at, span.end).at(-1)!.at })));
  const figures = figuresNotFalling(words, record).map((span) => ({ span, last: span.end - 1 }));
  if (listed.length + figures.length === 0) return [];
  const after = (from: readonly Span[], to: readonly Span[]): Span[] =>
    to.filter(({ at }) => from.some(({ end }) => at >= end && at - end <= RECORD_STEP_WITHIN));
  const nounSpans = spans(nouns);
  const verbSpans = spans(verbs);
  const countSpans = spans(counts);
  return spans(contrasts).flatMap((contrast) => {
    const named = after([contrast], nounSpans);
    const shown = [...named, ...after(named, [...verbSpans, ...countSpans])];
    // The contrast inside the record's clause, after its noun (commas around it: "council figures, however, show…"): the signal is read from the contrast on.
    const inside = nounSpans.some(
      ({ end }) =>
        end <= contrast.at &&
        contrast.at - end <= RECORD_STEP_WITHIN &&
        !sentence.clauses().some(({ at: mark, mark: kind }) => kind !== ',' && mark >= end && mark <= contrast.at),
    );
    const from = inside ? [...shown, contrast] : shown;
    const set = (signals: readonly { span: Span; last: number }[], reach: readonly Span[]) =>
      signals.flatMap(({ span, last }) => (after(reach, [span]).length ? [{ at: contrast.at, gapFrom: contrast.end, gapTo: last }] : []));
    // A verb or noun of counting after the contrast, before the figures or between them, counts only figures ("pero la Guardia
    // Urbana contabilizó 640 … frente a 598", "but complaints went from 310 to 362", "doch die Polizei zählte 412 Einsätze nach 380").
    const counted = figures.filter(
      ({ span }) =>
        span.at >= contrast.end &&
        span.at - contrast.end <= 2 * RECORD_STEP_WITHIN &&
        countSpans.some(({ at }) => at >= contrast.end && at < span.end && span.at - at <= RECORD_STEP_WITHIN),
    );
    return [...set([...listed, ...figures], from), ...counted.map(({ last }) => ({ at: contrast.at, gapFrom: contrast.end, gapTo: last }))];
  });
}

/** The figure whose first digits are the word at `at`, and where it ends; null where that is no count (a year, a time, a span of time). */
function figureAt(words: readonly string[], at: number, { timeUnits, millions }: RecordWords): { value: number; end: number } | null {
  const first = words[at] ?? '';
  if (!/^\d+$/.test(first)) return null;
  let digits = first;
  let end = at + 1;
  // Groups of three are thousands ("1 090", as "1.090" and "1,090" are read); one or two digits after are a fraction ("4 8", as "4.8" and "3,8").
  while (/^\d{3}$/.test(words[end] ?? '')) digits += words[end++]!;
  let value = Number(digits);
  if (end === at + 1 && /^\d{1,2}$/.test(words[end] ?? '')) value = Number(`${digits}.${words[end++]!}`);
  // A year ("from 2019 to 2023") counts nothing.
  if (end === at + 1 && first.length === 4 && value >= 1900 && value <= 2100) return null;
  const next = words[end] ?? '';
  if (timeUnits.some((unit) => unit.words.length === 1 && wordMatches(unit.words[0]!, next))) return null;
  if (millions.some((scale) => scale.words.length === 1 && wordMatches(scale.words[0]!, next))) return { value: value * 1e6, end: end + 1 };
  return { value, end };
}

/**
 * Two figures compared that do not fall, as spans: from the earlier to the later (`recordFrom`
 * and `recordTo`: "from 410 to 455", "de 410 à 455", "von 40 auf 52", "dalle 140 alle 190")
 * with the later no smaller, or the later against the earlier (`recordVersus`: "1,090 call-outs
 * against 1,020", "640 intervenciones … frente a 598", "1.090 Einsätze nach 1.020") with the
 * later no smaller. A few words may stand between a figure and the comparing word (what is
 * counted, its period). Years, times and spans of time are no counts (`recordTimeUnits`); a
 * scale after a figure multiplies it (`recordMillions`: "1.2 million").
 */
function figuresNotFalling(words: readonly string[], record: RecordWords): Span[] {
  const { from, to, versus } = record;
  const found: Span[] = [];
  const endOf = (list: readonly CompiledCue[], at: number): number => {
    for (const cue of list) {
      const end = matchFrom(cue.words, 0, words, at);
      if (end >= 0) return end;
    }
    return -1;
  };
  for (let at = 0; at < words.length; at++) {
    const first = figureAt(words, at, record);
    if (!first) continue;
    // The earlier figure just after a word of "from", the later just after a word of "to".
    const afterFrom = from.some((cue) => at >= cue.words.length && matchFrom(cue.words, 0, words, at - cue.words.length) === at);
    for (let gap = first.end; gap <= first.end + FIGURE_NOUN_WITHIN && gap < words.length; gap++) {
      const toEnd = afterFrom ? endOf(to, gap) : -1;
      const next = toEnd >= 0 ? toEnd : endOf(versus, gap);
      if (next < 0) continue;
      const second = figureAt(words, next, record);
      if (!second) continue;
      const [earlier, later] = toEnd >= 0 ? [first.value, second.value] : [second.value, first.value];
      if (later >= earlier) found.push({ at, end: second.end });
      break;
    }
    at = first.end - 1;
  }
  return found;
}

/** A dispute found in the sentence: its span, its own words (not its gap's), and whether it ends opening the disputed clause. */
type Dispute = {
  readonly at: number;
  readonly end: number;
  readonly own: readonly Span[];
  readonly opensClause: boolean;
  /** Where what it disputes ends, when a colon, semicolon, dash or ", and" closes it: a denied finding reaches no further. */
  readonly reachEnd?: number;
};

/** Words before a word of evidence or truth where a negator denies it ("no evidence", "não há qualquer prova", "nobody has ever proven"). */
const UNPROVEN_BEFORE = 3;
/**
 * Words before a denial's negator where an earlier one in its clause still agrees with it
 * (negative concord): "il n’existe à ce jour aucune preuve", "no existe a día de hoy ninguna
 * prueba" deny once, the time adverb between notwithstanding.
 */
const AGREEING_BEFORE = 6;
/** Words after a word of truth where a negator denies it ("het klopt gewoon niet", "das stimmt so nicht"). */
const UNTRUE_AFTER = 2;

/**
 * The sentence's denials of a claim's evidence or truth, as disputes: a negator up to
 * `UNPROVEN_BEFORE` words before a word of evidence ("there is no evidence at all it has…", or a
 * verb of finding opening a "that" clause: "the study did not find that…", "no encontró que…",
 * "keinerlei Beleg dafür, dass…", "non c'è alcuna prova che…", "eine Behauptung, die niemand
 * belegt hat") or of truth ("it is simply not true that…"), or up to `UNTRUE_AFTER` words after
 * one of truth ("het klopt gewoon niet dat…"), with no clause opening, reported clause or coordinator between, the negator there closing the judgment.
 * A frame, not a list of phrases: determiners and intensifiers may stand between ("qualquer",
 * "at all", "gewoon"). Words of doubt or denial ("no doubt that", "nobody can deny") are neither,
 * so those still assert; evidence found ("found evidence that") has no negator.
 */
function denialFrames(sentence: SentenceWords, { negators, unproven, findings, untrue, coordinators }: CompiledLanguage): Dispute[] {
  const { words } = sentence;
  const clauses = sentence.clauses();
  const frames: Dispute[] = [];
  const negatorBetween = (from: number, to: number, step: number): number => {
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
      if (i < 0 || i >= words.length || COMPLEMENTIZERS.has(words[i]!) || isNegatorIn(coordinators, words[i]!)) return -1;
      if (isNegatorIn(negators, words[i]!)) return i;
    }
    return -1;
  };
  words.forEach((word, at) => {
    const truth = isNegatorIn(untrue, word);
    // A verb of finding is one only before the "that" it opens: "did not find that the room…", not "could not find a building".
    const finding = isNegatorIn(findings, word) && COMPLEMENTIZERS.has(words[at + 1] ?? '');
    if (!truth && !finding && !isNegatorIn(unproven, word)) return;
    let before = negatorBetween(at - 1, at - UNPROVEN_BEFORE, -1);
    // "Not only found that…" grants the finding and adds to it.
    if (finding && before >= 0 && ONLY.has(words[before + 1] ?? '')) return;
    if (before >= 0 && !opensBetween(clauses, before + 1, at)) {
      // Negators agreeing with it belong to the frame, not turn it round: "non c'è alcuna prova", "no hay ninguna prueba".
      for (let earlier = negatorBetween(before - 1, before - AGREEING_BEFORE, -1); earlier >= 0 && !opensBetween(clauses, earlier + 1, before);) {
        before = earlier;
        earlier = negatorBetween(before - 1, before - AGREEING_BEFORE, -1);
      }
      frames.push({
        at: before,
        end: at + 1,
        own: [
          { at: before, end: before + 1 },
          { at, end: at + 1 },
        ],
        opensClause: COMPLEMENTIZERS.has(words[at + 1] ?? ''),
        // "The figures do not show that crime rose: they show that it has saved lives" (or "…, and they show…") denies only what
        // the finding opens.
        ...(finding
          ? {
              reachEnd:
                clauses.find(({ at: opens, mark }) => opens > at && (mark !== ',' || isNegatorIn(coordinators, words[opens] ?? '')))?.at ?? words.length,
            }
          : {}),
      });
      return;
    }
    // After it, the negator must close the judgment (a reported clause, a clause mark or the end follows): "het klopt gewoon
    // niet dat…", "…, stimmt nicht", but not "it's true nobody has died" nor "il vero problema non è".
    const after = truth ? negatorBetween(at + 1, at + UNTRUE_AFTER, 1) : -1;
    const closes = after >= 0 && (after + 1 === words.length || COMPLEMENTIZERS.has(words[after + 1]!) || opensBetween(clauses, after + 1, after + 1));
    if (closes && !opensBetween(clauses, at + 1, after)) {
      frames.push({
        at,
        end: after + 1,
        own: [
          { at, end: at + 1 },
          { at: after, end: after + 1 },
        ],
        opensClause: COMPLEMENTIZERS.has(words[after + 1] ?? ''),
      });
    }
  });
  return frames;
}

/** Words after a record ("the figures", "les chiffres") where what says the contrary is still its predicate ("les chiffres de la préfecture disent pourtant l’inverse"). */
const CONTRARY_WITHIN = 10;

/** Words at most between the two commas of an insertion ("the data, this fact-check finds, do not support it"). */
const INSERTION_WORDS = 5;

/** Are the clauses opening from `from` to `to` only a short insertion between two commas, the record's clause running on after it? */
function insertedOnly(clauses: readonly ClauseMark[], from: number, to: number): boolean {
  const opening = clauses.filter(({ at }) => at >= from && at <= to);
  return opening.length === 2 && opening.every(({ mark }) => mark === ',') && opening[1]!.at - opening[0]!.at <= INSERTION_WORDS;
}

/**
 * The sentence's refutations, as disputes: a record of what happened (`records`: "figures",
 * "Zahlen", "chiffres", "cijfers", "datos", "dados", "dati") and, up to `CONTRARY_WITHIN` words
 * after it in its clause (a short insertion between commas aside) with no negator between, what says the contrary (`contraries`: "show
 * nothing of the kind", "sprechen eine andere Sprache", "disent l'inverse", "zeggen iets anders",
 * "dicen lo contrario", "desmentem", "dicono il contrario"). "Campaigners claim the room has
 * cleared the lanes of needles; the figures show nothing of the kind" takes the claim back;
 * "…, and the figures bear this out" keeps it. `isDisputed` counts one only after every cue of the claim.
 */
function refutations(sentence: SentenceWords, { records, contraries, negators }: CompiledLanguage): Dispute[] {
  const contrary = contraries.filter((cue) => sentence.has(cue));
  if (!contrary.length || !records.some((cue) => sentence.has(cue))) return [];
  const { words } = sentence;
  const clauses = sentence.clauses();
  const frames: Dispute[] = [];
  words.forEach((word, at) => {
    if (!isNegatorIn(records, word)) return;
    for (const cue of contrary) {
      const span = spansOf(cue, words).find(
        ({ at: from }) =>
          from > at &&
          from - at <= CONTRARY_WITHIN &&
          (!opensBetween(clauses, at + 1, from) || insertedOnly(clauses, at + 1, from)) &&
          !words.slice(at + 1, from).some((between) => isNegatorIn(negators, between)),
      );
      if (span) {
        // It opens no clause of its own: a negator after it is another statement's.
        frames.push({ at, end: span.end, own: [{ at, end: at + 1 }, ...ownSegments(cue, span.at, span.end)], opensClause: true });
        return;
      }
    }
  });
  return frames;
}

/**
 * Does a negator among the opening words of the clause that holds the dispute at `at`, and
 * within `DISPUTE_NEGATED_SUBJECT_WITHIN` words of it, stand as its subject ("Nobody on the
 * health board doubts that…", "Hardly anyone at the clinic still doubts that…", "Nessuno in
 * consiglio comunale mette in dubbio che…")? Then no one holds the doubt or the denial.
 */
function negatedBySubject(sentence: SentenceWords, at: number, negators: readonly CompiledCue[]): boolean {
  const start = Math.max(
    0,
    ...sentence
      .clauses()
      .map((clause) => clause.at)
      .filter((clauseAt) => clauseAt <= at),
  );
  if (at - start > DISPUTE_NEGATED_SUBJECT_WITHIN) return false;
  return sentence.words.slice(start, Math.min(at, start + OPENING_WORDS)).some((word) => isNegatorIn(negators, word));
}

/** Words between a claim's cue and a dispute after it where the cue is still the dispute's subject ("Einen Konsumraum gibt es…"). */
const SUBJECT_BEFORE = 1;

/** Does the cue at `span` end just before the dispute at `disputeAt`, with no mark between? */
function isSubjectOf(span: Span | null, disputeAt: number, sentence: SentenceWords): boolean {
  return span !== null && span.end <= disputeAt && disputeAt - span.end <= SUBJECT_BEFORE && !opensBetween(sentence.clauses(), span.end, disputeAt);
}
