/**
 * The labelled claim sentences the evaluation reads (tests/fixtures/eval/claims), as named
 * sets: `sentences.json`, written with the cues and gated by the project; `blind.json`,
 * written before reading any cue, split into the half cues may be tuned on (dev) and the half
 * held out (test); and `blind2.json` to `blind5.json`, each written later by someone who had
 * seen neither the cues nor the finder nor the other sets, to tell whether cues tuned on the
 * first blind set generalise (the third written while the cues were being broadened, the fourth
 * after the rule on denials, the fifth after the third's cue widening). The second was held out
 * until its numbers had been read (recall 0.65: most claims said in other words were missed); it
 * then became a dev set, its misses read and classified to find which word forms, frames and
 * rules were missing, so it is gated on precision like the halves tuned on, and no longer
 * measures generalisation. The third followed the same way once its numbers had been read
 * (recall 0.51): a dev set, gated on precision; and so did the fifth (recall 0.71), gated on
 * precision once its classes were fixed. The fourth, still held out whole, measures
 * generalisation.
 * `blind6.json`, written the same way with half of each language no-claim prose easy to
 * mistake (false alarms), was split: its dev half read to find missing classes, its test half
 * held out until its numbers had been read (precision 0.77: prose written to mislead the
 * finder); then it became dev too, so the whole set is dev and quoted, gated on precision once
 * its false alarms' classes were fixed. Whether a set's sentences are quoted in the logs is its
 * own field (`quoted`), not read from the gate. `blind7.json`, written the same way (each claim at
 * least twice per language, beside no-claim prose sharing the claims' words), was held out whole
 * until its numbers had been read (precision 0.913, recall 0.819); then it became dev, quoted and
 * gated on precision like the sixth. `blind8.json`, written the same way (13 claim sentences and
 * 11 easy to mistake per language) before the seventh's classes were fixed, was held out whole
 * until its numbers had been read (precision 0.914, recall 0.661); then it became dev, quoted and,
 * its false alarms' classes fixed, gated on precision. `blind9.json`, written the same
 * way while the eighth's classes were being fixed, and `blind10.json`, written the same way
 * later, when the ninth's numbers had been reported, are held out whole; so is `blind11.json`,
 * written the same way (30 sentences per language: 18 claims, 8 no-claim sentences in the rooms'
 * stories sharing their words, 4 in other debates) while a learned recall aid was being trained,
 * and `blind12.json`, written the same way (24 per language: 13 claims, 8 no-claim sentences in
 * the rooms' stories, 3 in other debates) while the aid's second training set was being written,
 * and `blind13.json`, written the same way (24 per language: 14 claims, 7 no-claim sentences in the
 * rooms' stories, 3 in other debates) at the start of a round of class fixes, and `blind14.json`,
 * written the same way (24 per language: 14 claims, 7 no-claim sentences in the rooms' stories, 3
 * in other debates) at the start of the round that fixed the call claims' classes from `calls4.json`,
 * and `blind15.json`, written the same way at the start of the round on `claims6.json` and
 * `claims7.json`, and `blind16.json`, written the same way at the start of the round on the
 * classes `claims7.json` still missed. `blind17.json` was written the same way (26 per language:
 * 14 claims, 12 no-claim sentences sharing the claims' words), read fresh once, then made dev;
 * `blind18.json` the same way (24 per language: 14 claims, 10 no-claim), held out whole;
 * `blind19.json` in the registers of headlines, captions, live blogs, minutes and letters (26 per
 * language: 12 claims, 14 traps), read fresh once, relabelled to the label rules, then made dev;
 * `blind20.json` in spoken and informal registers (interviews, debates, readers' comments, posts,
 * press releases, abstracts, testimony; 26 per language: 13 claims, 13 traps), read fresh once,
 * then made dev; `blind21.json` the same way as the eighteenth (24 per language: 14 claims, 7
 * no-claim sentences from the rooms' stories, 3 from other debates), held out whole;
 * `blind22.json` for precision (26 per language: 8 claims, 18 traps of eight kinds), read fresh
 * once, then made dev, reported but not gated; `blind23.json` the same way as the twenty-first (24
 * per language: 13 claims, 8 no-claim sentences from the rooms' stories, 3 from other debates),
 * held out whole; `blind24.json` for precision on everyday news prose (26 per language: 8
 * claims, 18 traps of eight kinds), read fresh once, then made dev, reported but not gated;
 * `blind25.json` in the kinds of prose met in longer pieces (26 per language: 12 claims, 14 traps),
 * read fresh once, then made dev and gated on precision; `blind26.json` the same way as the
 * twenty-third (24 per language: 13 claims, 11 no-claim sentences), held out whole;
 * `blind27.json` in the kinds of prose met in online news (26 per language: 12 claims, 14 traps),
 * read fresh once, then made dev and gated on precision; `blind28.json` the same way as the
 * twenty-sixth (24 per language: 13 claims, 11 no-claim sentences), held out whole;
 * `blind29.json` in the registers of broadcast transcripts, wire copy, NGO releases, parliamentary
 * questions, fact-checks and minutes (26 per language: 12 claims, 14 traps), read fresh once, then
 * made dev and gated on precision; `blind30.json` the same way as the twenty-eighth, in everyday
 * news (24 per language: 13 claims, 11 no-claim sentences), held out whole; `blind31.json` in the
 * registers of opinion columns, letters, question-and-answer explainers, inquest and ombudsman
 * reports, phone-ins and quoted posts (26 per language: 12 claims, 14 traps), read fresh once, then
 * made dev and gated on precision; `blind32.json` the same way as the thirtieth, in regional and
 * agency news (24 per language: 13 claims, 11 no-claim sentences), held out whole; `blind33.json` in
 * the registers of police and court briefings, professional bodies' statements, study summaries,
 * newsletters, radio bulletins and campaign leaflets (26 per language: 12 claims, 14 traps), read
 * fresh once, then made dev and gated on precision; `blind34.json` the same way as the
 * thirty-second, in national news, magazines and health-policy newsletters (24 per language),
 * held out whole (one of its sentences shown once by a diff script); `blind35.json` in the
 * registers of debate transcripts and minutes, charities' reports, interviews with outreach
 * workers and people who use drugs, fact-checks, policy briefs, live blogs and talk shows (26 per
 * language: 12 claims, 14 traps), read fresh once, then made dev and gated on precision;
 * `blind36.json` the same way as the thirty-fourth, in agency wires, city papers, question time
 * and columns (24 per language), held out whole; `blind37.json` in the registers of tabloids,
 * local television, press releases, the medical and pharmacy trade press, student and church
 * papers and committee reports (26 per language: 12 claims, 14 traps), read fresh once, then made
 * dev; its writer labelled a fear that a room will normalise drug use no claim, where the
 * project's sets count it as the opponents' claim, so its six such sentences were relabelled to
 * the project's rule (as was one of the thirty-third's), and it is gated on precision since;
 * `blind38.json` the same way as the thirty-sixth, in regional broadcasters' sites,
 * blogs, agency features, council releases and readers' letters (24 per language), held out
 * whole; `blind39.json` in the registers of court judgments, academic abstracts, obituaries,
 * forum posts, podcasts, budget papers, health services' answers and culture pages (26 per
 * language: 12 claims, 14 traps; its writer told, as the project labels it, that a room said to
 * normalise drug use is the opponents' claim), read fresh once, then made dev and gated on
 * precision; `blind40.json` the same way as the thirty-eighth, in everyday news, interviews,
 * opinion, releases, debates and quoted posts (24 per language), held out whole; `blind41.json`
 * about public order, in minutes, neighbourhood newsletters, police briefings, shopkeepers quoted,
 * phone-ins, fact-checks, written answers and captions (26 per language: 12 claims, at least four
 * of less public harm and three calls to open a room, 10 traps sharing the public-harm claim's
 * words, 4 from other debates), read fresh once, then made dev and gated on precision;
 * `blind42.json` the same way as the fortieth (24 per language), held out whole; `blind43.json`
 * about lives, deaths and the law, in inquests, bill stages and committee reports, legal
 * explainers, ministry notices, charities' and ambulance services' statements, obituaries and
 * radio interviews (26 per language: 12 claims, at least three each of lives saved and the law's
 * change, 10 traps sharing their words, 4 from other debates; its writer told, as the project
 * labels it, that a change of the law so that rooms in general can open is that change's call
 * only), read fresh once, then made dev and gated on precision; `blind44.json` the same way as
 * the forty-second (24 per language), held out whole; `blind45.json` about public order again, in
 * council minutes, newsletters, police briefings, letters, phone-ins, residents' releases and
 * captions (26 per language: 11 claims, at least four of less public harm, 11 traps sharing their
 * words, among them supporters' word on fewer needles set against the council's counts, 4 from
 * other debates), read fresh once, then made dev and gated on precision; `blind46.json` the same
 * way as the forty-fourth (24 per language), held out whole; `blind47.json` about lives and
 * openings, in broadcast transcripts, explainers, quoted posts, leaflets, written questions,
 * hospital newsletters, op-eds and court reports (26 per language: 12 claims, at least three each
 * of lives saved and calls to open a room, 10 traps sharing their words, 4 from other debates),
 * read fresh once, then made dev and gated on precision; `blind48.json` the same way as the
 * forty-sixth (24 per language), held out whole; `blind49.json` about public order and calls to
 * open, in radio transcripts, committee reports, quoted neighbourhood messages, letters, police
 * and traders' statements and captions (26 per language: 12 claims, at least three each of less
 * public harm and calls to open a room and two of preventing use, 10 traps sharing their words,
 * 4 from other debates), read fresh once, then made dev; `blind50.json` the same way as the
 * forty-eighth (24 per language, at least two each of less public harm, calls to open and lives
 * saved), held out whole; `blind51.json` about less public harm and lives saved told through
 * figures, comparisons and testimony, in data journalism, fact-checks, annual reports,
 * transcripts, letters, inquest reports, quoted posts and scrutiny reports (26 per language: 12
 * claims, at least three each of those two, 10 traps sharing their words, among them supporters'
 * word contradicted by figures, 4 from other debates), read fresh once, then made dev;
 * `blind52.json` the same way as the fiftieth, in those registers, held out whole;
 * `blind53.json` about the law's change and calls for a named city's room, apart and together, in
 * parliamentary debates and questions, legal commentary, NGO statements, op-eds, council motions,
 * wire copy and explainers (26 per language: 14 claims, at least five of the law's change alone,
 * three of both and three of a room alone, 8 traps sharing their words, 4 from other debates),
 * read fresh once, then made dev; `blind54.json` the same way as the fiftieth, with at least
 * three each of the two call claims, held out whole; `blind55.json` about less public harm and
 * lives, in local news, council minutes, police statements, residents' letters and group
 * messages, captions, radio transcripts, fact-checks and annual reports (26 per language: 12
 * claims, at least four of less public harm and three of lives saved, 10 traps sharing their
 * words, 4 from other debates), read fresh once, then made dev; `blind56.json` the same way as the fiftieth
 * (24 per language: 13 claims, at least two each of less public harm, lives saved and calls to
 * open, 11 no-claim sentences), in everyday news, interviews, opinion, releases, debates and
 * quoted posts, held out whole.
 * `paraphrase.json` is not blind: written by someone who knew the project, though not the cue
 * lists, to teach the recall aid claims said in other words than the cues' (40 sentences per
 * language: each claim four times, said four different ways, beside 12 no-claim sentences
 * sharing the claims' words), it is dev from the start, quoted, and reported, not gated: the
 * cues' own false alarms on its negatives (precision 0.874 for the cues alone) are for the cues'
 * rounds to fix, and the aid only adds findings. `paraphrase2.json`, a second such set by
 * another hand, who had read neither the cue lists nor any other set, says the claims in the
 * registers the first under-used (headlines, quoted posts, minutes, op-eds, interview answers,
 * court and police prose, reports, claims carried by figures); dev, quoted and reported like it.
 * `paraphrase3.json`, a third, written in two parts by two more hands who had read nothing of the
 * project (36 sentences per language: 26 making claims, 10 making none), was read once fresh
 * before the aid trained on it; dev, quoted and reported like the other two.
 * `calls4.json`, written blind to the project about the two call claims only (30 sentences per
 * language: 12 making a call, 13 no-claim sentences from the rooms' stories sharing the calls'
 * words, 5 from other debates), was read once fresh (precision 0.767, recall 0.469: the calls'
 * classes were the weakest on fresh prose) and is dev: quoted, reported, and its classes fixed.
 * It covers only the calls (`covers`), so the other claims' presence is not asked of it.
 * `claims5.json`, written the same way about the five claims that are not calls (28 sentences per
 * language: 15 making them, 9 no-claim sentences in the rooms' stories, 4 in other debates), was
 * read once fresh (precision 0.934, recall 0.568: every false alarm a claim denied as unproven,
 * the failing approach and health-not-crime said in other words missed) and is dev like it.
 * `claims6.json`, written blind about all seven claims (28 sentences per language: 12 making
 * claims, 12 no-claim sentences in the rooms' stories built to look like claims, 4 from other
 * debates), was read once fresh (precision 0.913, recall 0.824: the false alarms a claim
 * attributed and then refuted, a vote or a grant reported, an absence of proof in other words, a
 * closing feared) and is dev like the two above. `claims7.json`, written blind in feature and
 * opinion style (28 sentences per language: 14 making claims, often in metaphor or understatement,
 * 10 no-claim sentences in the rooms' stories, 4 from other debates), was read once fresh
 * (precision 0.825, recall 0.431: a law's change ruled out, a room's effect called too early to
 * tell, the statute's condition described; the claims said in images missed) and is dev like it.
 * The unit test (the finder in Node) and `npm run eval` (the built extension) read them through
 * here, so both measure the same sets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../src/data/lexicon-schema';

export interface LabelledSentence {
  lang: Lang;
  story: 'rooms' | 'other';
  text: string;
  claims: string[];
  /** Blind sentences only: tune on dev, report test without tuning to it (the second, third, fifth to eighth blind sets and the paraphrase sets are all dev, the fourth and ninth to eleventh all test). */
  split?: 'dev' | 'test';
}

export interface ClaimSet {
  /** "written with the cues", "blind dev", "blind test", "blind 2 (dev)", "blind 3 (dev)", "blind 4 (held out)", "blind 5 (dev)", "blind 6 (dev)", "blind 7 (dev)", "blind 8 (dev)", "blind 9 (held out)", "blind 10 (held out)", "blind 11 (held out)", "blind 12 (held out)", "blind 13 (held out)", "blind 14 (held out)", "blind 15 (held out)", "blind 16 (held out)", "blind 17 (dev)", "blind 18 (held out)", "blind 19 (dev)", "paraphrase (dev)", "paraphrase 2 (dev)", "paraphrase 3 (dev)", "calls 4 (dev)", "claims 5 (dev)", "claims 6 (dev)", "claims 7 (dev)". */
  name: string;
  /** A short name for pages and file names. */
  slug: string;
  sentences: LabelledSentence[];
  /**
   * What the set is held to: 'all', the project's precision and recall gates (the cue-era
   * sentences); 'precision', the precision gate (the sets cues were tuned on); 'none', reported
   * only — a held-out set measures how the cues generalise, and a gate on it would invite tuning
   * the cues to it, after which it would measure nothing.
   */
  gate: 'all' | 'precision' | 'none';
  /**
   * Whether its false alarms and misses are listed in the logs: not for a held-out set, whose
   * sentences should not reach whoever reads the log while tuning cues. Apart from the gate, as
   * a set may be read without being gated (a dev half whose classes are not fixed yet).
   */
  quoted: boolean;
  /** The claims it was written about, when not all: a set about some claims need not hold every claim in every language. */
  covers?: readonly string[];
}

const read = (dir: string, file: string): LabelledSentence[] => {
  const path = resolve(dir, file);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { sentences?: LabelledSentence[] };
  if (!Array.isArray(parsed.sentences)) throw new Error(`${path}: no "sentences" list`);
  return parsed.sentences;
};

/** A blind set's sentences, each of a split in `splits`. */
const readBlind = (dir: string, file: string, splits: readonly NonNullable<LabelledSentence['split']>[]): LabelledSentence[] => {
  const sentences = read(dir, file);
  for (const [index, sentence] of sentences.entries())
    if (!sentence.split || !splits.includes(sentence.split))
      throw new Error(
        `${resolve(dir, file)}: sentence ${index} ("${sentence.text.slice(0, 40)}…") has no split ${splits.map((split) => `"${split}"`).join(' or ')}`,
      );
  return sentences;
};

/** The sets in `dir` (tests/fixtures/eval/claims): the cue-era sentences first, then the sets tuned on, then the held-out fourth, the sixth to eighth (tuned on), the held-out ninth to eleventh, the three paraphrase sets, the calls' set and the other claims' set. */
export function readClaimSets(dir: string): ClaimSet[] {
  const blind = readBlind(dir, 'blind.json', ['dev', 'test']);
  return [
    { name: 'written with the cues', slug: 'cues', sentences: read(dir, 'sentences.json'), gate: 'all', quoted: true },
    { name: 'blind dev', slug: 'blind-dev', sentences: blind.filter((s) => s.split === 'dev'), gate: 'precision', quoted: true },
    { name: 'blind test', slug: 'blind-test', sentences: blind.filter((s) => s.split === 'test'), gate: 'precision', quoted: true },
    // Tuned on once their held-out numbers had been read, so held to the precision gate like the blind halves.
    { name: 'blind 2 (dev)', slug: 'blind2', sentences: readBlind(dir, 'blind2.json', ['dev']), gate: 'precision', quoted: true },
    { name: 'blind 3 (dev)', slug: 'blind3', sentences: readBlind(dir, 'blind3.json', ['dev']), gate: 'precision', quoted: true },
    { name: 'blind 5 (dev)', slug: 'blind5', sentences: readBlind(dir, 'blind5.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole: no cue may be tuned on it, so its split must say so, and it is reported, not gated.
    { name: 'blind 4 (held out)', slug: 'blind4', sentences: readBlind(dir, 'blind4.json', ['test']), gate: 'none', quoted: false },
    // Written for false alarms; its held-out half became dev once its numbers had been read, so the whole set is read (quoted) and, its false alarms' classes fixed, gated on precision.
    { name: 'blind 6 (dev)', slug: 'blind6', sentences: readBlind(dir, 'blind6.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole until its numbers had been read; then dev like the sixth, read (quoted) and, its false alarms' classes fixed, gated on precision.
    { name: 'blind 7 (dev)', slug: 'blind7', sentences: readBlind(dir, 'blind7.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole until its numbers had been read; then dev like the seventh, read (quoted) and, its false alarms' classes fixed, gated on precision.
    { name: 'blind 8 (dev)', slug: 'blind8', sentences: readBlind(dir, 'blind8.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the fourth: never read, reported, not gated. Written before the eighth's classes were fixed, to tell whether they generalise.
    { name: 'blind 9 (held out)', slug: 'blind9', sentences: readBlind(dir, 'blind9.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the ninth, and written later: a second set no cue was tuned on, so that a round's gain on fresh prose rests on more than one set.
    { name: 'blind 10 (held out)', slug: 'blind10', sentences: readBlind(dir, 'blind10.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the tenth: written while a learned recall aid was being trained on the sets above, so that its gain is read on prose neither it nor any cue has seen.
    { name: 'blind 11 (held out)', slug: 'blind11', sentences: readBlind(dir, 'blind11.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the eleventh: written later, blind, to read the sets' gains once more on prose no round has seen.
    { name: 'blind 12 (held out)', slug: 'blind12', sentences: readBlind(dir, 'blind12.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the twelfth: written blind at the start of a round of class fixes, to read that round's gain on prose it never saw.
    { name: 'blind 13 (held out)', slug: 'blind13', sentences: readBlind(dir, 'blind13.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the thirteenth: written blind at the start of the round on the call claims, to read its gain on prose it never saw.
    { name: 'blind 14 (held out)', slug: 'blind14', sentences: readBlind(dir, 'blind14.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the fourteenth: written blind at the start of the round on the sixth and seventh dev sets, to read its gain on prose it never saw.
    { name: 'blind 15 (held out)', slug: 'blind15', sentences: readBlind(dir, 'blind15.json', ['test']), gate: 'none', quoted: false },
    // Held out whole, like the fifteenth: written blind at the start of the round on what the seventh dev set still missed.
    { name: 'blind 16 (held out)', slug: 'blind16', sentences: readBlind(dir, 'blind16.json', ['test']), gate: 'none', quoted: false },
    // Written blind, read fresh once, then dev: its false alarms' classes fixed, gated on precision like the eighth.
    { name: 'blind 17 (dev)', slug: 'blind17', sentences: readBlind(dir, 'blind17.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the sixteenth: written blind while the seventeenth's classes were fixed, to read that round's gain on prose it never saw.
    { name: 'blind 18 (held out)', slug: 'blind18', sentences: readBlind(dir, 'blind18.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of headlines, captions, live blogs and minutes, read fresh once, then dev like the seventeenth.
    { name: 'blind 19 (dev)', slug: 'blind19', sentences: readBlind(dir, 'blind19.json', ['dev']), gate: 'precision', quoted: true },
    // Written blind in spoken and informal registers, read fresh once, then dev like the nineteenth.
    { name: 'blind 20 (dev)', slug: 'blind20', sentences: readBlind(dir, 'blind20.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the eighteenth: written blind while the twentieth's classes were fixed, to read that round's gain on prose it never saw.
    { name: 'blind 21 (held out)', slug: 'blind21', sentences: readBlind(dir, 'blind21.json', ['test']), gate: 'none', quoted: false },
    // Written blind for precision (18 traps per language), read fresh once, then dev: read (quoted) and reported, not gated,
    // since what it still marks falsely (a condition, irony, a law's precondition told as fact) is left to later rounds.
    { name: 'blind 22 (dev)', slug: 'blind22', sentences: readBlind(dir, 'blind22.json', ['dev']), gate: 'none', quoted: true },
    // Held out whole, like the twenty-first: written blind at the end of the round on the twentieth and twenty-second, to read it on prose it never saw.
    { name: 'blind 23 (held out)', slug: 'blind23', sentences: readBlind(dir, 'blind23.json', ['test']), gate: 'none', quoted: false },
    // Written blind for precision on everyday news prose, read fresh once, then dev like the twenty-second.
    { name: 'blind 24 (dev)', slug: 'blind24', sentences: readBlind(dir, 'blind24.json', ['dev']), gate: 'none', quoted: true },
    // Written blind in the kinds of prose met in longer pieces, read fresh once, then dev and gated on precision like the twentieth.
    { name: 'blind 25 (dev)', slug: 'blind25', sentences: readBlind(dir, 'blind25.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the twenty-third: written blind at the start of the round on the twenty-fifth, to read it on prose it never saw.
    { name: 'blind 26 (held out)', slug: 'blind26', sentences: readBlind(dir, 'blind26.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the kinds of prose met in online news, read fresh once, then dev and gated on precision like the twenty-fifth.
    { name: 'blind 27 (dev)', slug: 'blind27', sentences: readBlind(dir, 'blind27.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the twenty-sixth: written blind at the start of the round on the twenty-seventh, to read it on prose it never saw.
    { name: 'blind 28 (held out)', slug: 'blind28', sentences: readBlind(dir, 'blind28.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of broadcast, wire, NGO, parliamentary and fact-check prose, read fresh once, then dev and gated on precision.
    { name: 'blind 29 (dev)', slug: 'blind29', sentences: readBlind(dir, 'blind29.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the twenty-eighth: written blind at the start of the round on the twenty-ninth, to read it on prose it never saw.
    { name: 'blind 30 (held out)', slug: 'blind30', sentences: readBlind(dir, 'blind30.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of opinion, letters, explainers, reports, phone-ins and posts, read fresh once, then dev and gated on precision.
    { name: 'blind 31 (dev)', slug: 'blind31', sentences: readBlind(dir, 'blind31.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the thirtieth: written blind at the start of the round on the thirty-first, to read it on prose it never saw.
    { name: 'blind 32 (held out)', slug: 'blind32', sentences: readBlind(dir, 'blind32.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of briefings, statements, studies, newsletters, bulletins and leaflets, read fresh once, then dev and gated on precision.
    { name: 'blind 33 (dev)', slug: 'blind33', sentences: readBlind(dir, 'blind33.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the thirty-second: written blind at the start of the round on the thirty-third, to read it on prose it never saw.
    { name: 'blind 34 (held out)', slug: 'blind34', sentences: readBlind(dir, 'blind34.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of debates, charities' reports, interviews, fact-checks, briefs, live blogs and talk shows, read fresh once, then dev and gated on precision.
    { name: 'blind 35 (dev)', slug: 'blind35', sentences: readBlind(dir, 'blind35.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the thirty-fourth: written blind at the start of the round on the thirty-fifth, to read it on prose it never saw.
    { name: 'blind 36 (held out)', slug: 'blind36', sentences: readBlind(dir, 'blind36.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of tabloids, local television, releases, trade press, student and church papers and committee reports, read
    // fresh once, then dev; its fears of normalisation relabelled to the project's rule (module comment), then gated on precision.
    { name: 'blind 37 (dev)', slug: 'blind37', sentences: readBlind(dir, 'blind37.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the thirty-sixth: written blind at the start of the round on the thirty-seventh, to read it on prose it never saw.
    { name: 'blind 38 (held out)', slug: 'blind38', sentences: readBlind(dir, 'blind38.json', ['test']), gate: 'none', quoted: false },
    // Written blind in the registers of judgments, abstracts, obituaries, forums, podcasts, budgets and culture pages, read fresh once, then dev and gated on precision.
    { name: 'blind 39 (dev)', slug: 'blind39', sentences: readBlind(dir, 'blind39.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the thirty-eighth: written blind at the start of the round on the thirty-ninth, to read it on prose it never saw.
    { name: 'blind 40 (held out)', slug: 'blind40', sentences: readBlind(dir, 'blind40.json', ['test']), gate: 'none', quoted: false },
    // Written blind about public order (12 claims, 10 traps in the rooms' stories sharing the public-harm claim's words, 4 from other
    // debates per language), in minutes, newsletters, police briefings, phone-ins and captions; read fresh once, then dev and gated on precision.
    { name: 'blind 41 (dev)', slug: 'blind41', sentences: readBlind(dir, 'blind41.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the fortieth: written blind at the start of the round on the forty-first, to read it on prose it never saw.
    { name: 'blind 42 (held out)', slug: 'blind42', sentences: readBlind(dir, 'blind42.json', ['test']), gate: 'none', quoted: false },
    // Written blind about lives, deaths and the law (12 claims, at least three each of lives saved and the law's change, 10 traps in the rooms'
    // stories sharing their words, 4 from other debates per language), in inquests, bill stages, legal explainers and notices; read fresh
    // once, then dev and gated on precision.
    { name: 'blind 43 (dev)', slug: 'blind43', sentences: readBlind(dir, 'blind43.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the forty-second: written blind at the start of the round on the forty-third, to read it on prose it never saw.
    { name: 'blind 44 (held out)', slug: 'blind44', sentences: readBlind(dir, 'blind44.json', ['test']), gate: 'none', quoted: false },
    // Written blind about public order (11 claims, at least four of less public harm, 11 traps in the rooms' stories sharing their words,
    // 4 from other debates per language), in minutes, newsletters, briefings, letters and captions; read fresh once, then dev and gated
    // on precision. Its third claim sentence per language was left to the writer, so the failing approach and health, not crime, are
    // not in every language: it covers the other five.
    {
      name: 'blind 45 (dev)',
      slug: 'blind45',
      sentences: readBlind(dir, 'blind45.json', ['dev']),
      gate: 'precision',
      quoted: true,
      covers: ['reduce-public-harm', 'allow-facility', 'change-law', 'save-lives', 'prevent-not-facilitate'],
    },
    // Held out whole, like the forty-fourth: written blind at the start of the round on the forty-fifth, to read it on prose it never saw.
    { name: 'blind 46 (held out)', slug: 'blind46', sentences: readBlind(dir, 'blind46.json', ['test']), gate: 'none', quoted: false },
    // Written blind about lives saved and calls to open a room (12 claims, at least three of each, 10 traps in the rooms' stories sharing
    // their words, 4 from other debates per language), in transcripts, explainers, leaflets and newsletters; read fresh once, then dev and
    // gated on precision.
    { name: 'blind 47 (dev)', slug: 'blind47', sentences: readBlind(dir, 'blind47.json', ['dev']), gate: 'precision', quoted: true },
    // Held out whole, like the forty-sixth: written blind at the start of the round on the forty-seventh, to read it on prose it never saw.
    { name: 'blind 48 (held out)', slug: 'blind48', sentences: readBlind(dir, 'blind48.json', ['test']), gate: 'none', quoted: false },
    // Written blind about public order and calls to open a room (12 claims, at least three of each, 10 traps in the rooms' stories
    // sharing their words, 4 from other debates per language), in transcripts, committee reports, quoted messages, letters and
    // statements; read fresh once, then dev.
    { name: 'blind 49 (dev)', slug: 'blind49', sentences: readBlind(dir, 'blind49.json', ['dev']), gate: 'none', quoted: true },
    // Held out whole, like the forty-eighth: written blind at the start of the round on the forty-ninth, to read it on prose it never saw.
    { name: 'blind 50 (held out)', slug: 'blind50', sentences: readBlind(dir, 'blind50.json', ['test']), gate: 'none', quoted: false },
    // Written blind about less public harm and lives saved told through figures and testimony (12 claims, at least three of each,
    // 10 traps in the rooms' stories sharing their words, 4 from other debates per language); read fresh once, then dev.
    { name: 'blind 51 (dev)', slug: 'blind51', sentences: readBlind(dir, 'blind51.json', ['dev']), gate: 'none', quoted: true },
    // Held out whole, like the fiftieth: written blind at the start of the round on the fifty-first, to read it on prose it never saw.
    { name: 'blind 52 (held out)', slug: 'blind52', sentences: readBlind(dir, 'blind52.json', ['test']), gate: 'none', quoted: false },
    // Written blind about the law's change and a named city's room, apart and together (14 claims, 8 traps in the rooms' stories
    // sharing their words, 4 from other debates per language), in debates, legal commentary and motions; read fresh once, then dev.
    // Its three other claim sentences per language were spread over the five other claims: it covers the two calls.
    {
      name: 'blind 53 (dev)',
      slug: 'blind53',
      sentences: readBlind(dir, 'blind53.json', ['dev']),
      gate: 'none',
      quoted: true,
      covers: ['allow-facility', 'change-law'],
    },
    // Held out whole, like the fiftieth: written blind at the start of the round on the fifty-third, to read it on prose it never saw.
    { name: 'blind 54 (held out)', slug: 'blind54', sentences: readBlind(dir, 'blind54.json', ['test']), gate: 'none', quoted: false },
    // Written blind about less public harm and lives (12 claims, at least four of less public harm and three of lives saved, 10 traps in
    // the rooms' stories sharing their words, 4 from other debates per language), in local news, minutes, police statements, residents'
    // messages, captions and fact-checks; read fresh once, then dev.
    { name: 'blind 55 (dev)', slug: 'blind55', sentences: readBlind(dir, 'blind55.json', ['dev']), gate: 'none', quoted: true },
    // Held out whole, like the fifty-fourth: written blind at the start of the round on public harm and lives in the fifty-fifth.
    { name: 'blind 56 (held out)', slug: 'blind56', sentences: readBlind(dir, 'blind56.json', ['test']), gate: 'none', quoted: false },
    // Written blind about less public harm and lives again (10 claims, at least three of each, 12 traps in the rooms' stories sharing
    // their words, among them trends told with another cause, 4 from other debates per language), in op-eds, television scripts,
    // quoted posts, court reports, summaries and interviews; read fresh once, then dev.
    { name: 'blind 57 (dev)', slug: 'blind57', sentences: readBlind(dir, 'blind57.json', ['dev']), gate: 'none', quoted: true },
    // Written blind about the law's change and calls to open a room, apart and together (11 claims, at least three of each alone and
    // two of both, 11 traps in the rooms' stories sharing their words, 4 from other debates per language), in parliamentary reports,
    // legal columns, wire copy, minutes and party statements; read fresh once, then dev. Its other claims are not in every language:
    // it covers the two calls.
    {
      name: 'blind 58 (dev)',
      slug: 'blind58',
      sentences: readBlind(dir, 'blind58.json', ['dev']),
      gate: 'none',
      quoted: true,
      covers: ['allow-facility', 'change-law'],
    },
    // Written to train the recall aid on claims said in other words than the cues'; dev from the start, read (quoted), but not
    // gated: the cues' own false alarms on its negatives (precision 0.874) are left to the cues' rounds, and the aid cannot remove them.
    { name: 'paraphrase (dev)', slug: 'paraphrase', sentences: readBlind(dir, 'paraphrase.json', ['dev']), gate: 'none', quoted: true },
    // A second paraphrase set by another hand, in the registers the first under-used; dev, read (quoted) and reported like the first.
    { name: 'paraphrase 2 (dev)', slug: 'paraphrase2', sentences: readBlind(dir, 'paraphrase2.json', ['dev']), gate: 'none', quoted: true },
    // A third, by two more hands blind to the project, read fresh once before the aid trained on it; dev, read (quoted) and reported like the others.
    { name: 'paraphrase 3 (dev)', slug: 'paraphrase3', sentences: readBlind(dir, 'paraphrase3.json', ['dev']), gate: 'none', quoted: true },
    // Written blind about the call claims only, read fresh once; dev, read (quoted) and reported while its classes are fixed.
    {
      name: 'calls 4 (dev)',
      slug: 'calls4',
      sentences: readBlind(dir, 'calls4.json', ['dev']),
      gate: 'none',
      quoted: true,
      covers: ['allow-facility', 'change-law'],
    },
    // Written blind about the five claims that are not calls, read fresh once; dev, read (quoted) and reported while its classes are fixed.
    {
      name: 'claims 5 (dev)',
      slug: 'claims5',
      sentences: readBlind(dir, 'claims5.json', ['dev']),
      gate: 'none',
      quoted: true,
      covers: ['save-lives', 'reduce-public-harm', 'health-not-crime', 'current-approach-failing', 'prevent-not-facilitate'],
    },
    // Written blind about all seven claims, half its rooms' sentences built to look like claims and make none; read fresh once; dev like the two above.
    { name: 'claims 6 (dev)', slug: 'claims6', sentences: readBlind(dir, 'claims6.json', ['dev']), gate: 'none', quoted: true },
    // Written blind in feature and opinion style (quotes, reported speech, claims in unusual words); read fresh once; dev like the sixth.
    { name: 'claims 7 (dev)', slug: 'claims7', sentences: readBlind(dir, 'claims7.json', ['dev']), gate: 'none', quoted: true },
  ];
}
