/**
 * The claim finder's learned recall aid: its features, its training (deterministic, from the dev
 * sets only), its thresholds, and how the finder uses it: only for a sentence whose cues made no
 * claim, in a known language, with a part of the claim cued, under every veto the cues are
 * under, its findings saying they were inferred and from which words.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import type { Lang } from '../../../src/data/lexicon-schema';
import { asWritten, compileClaimsModel, infer, recallAid, sentenceFeatures, type ClaimsModelData } from '../../../src/engine/claims-model';
import { compileClaims, findClaims, foldedWords } from '../../../src/engine/find-claims';
import { TRAINING_SETS } from '../../../scripts/claims-model-cv';
import { NEVER, TRAINING, chooseThreshold, foldsOf, trainModel, type HeldOutResult, type TrainingSentence } from '../../../scripts/lib/train-claims-model';

/** A model of our own making: "lifeline" says a sentence saves lives, in English only. */
const LIFELINE: ClaimsModelData = {
  stemLength: 5,
  langs: { en: { 'save-lives': { bias: -2, threshold: 0.6, weights: { lifeline: 4, 'becom~': 0.5, road: -1 } } } },
};

const byCues = compileClaims(dataset.claims);
// Compiled once for each setting: compiling every claim for each sentence made one test of several sentences take seconds.
const aids = new Map<boolean, ReturnType<typeof compileClaims>>();
const withAid = (needsCue: boolean) => {
  if (!aids.has(needsCue)) aids.set(needsCue, compileClaims(dataset.claims, recallAid(compileClaimsModel(LIFELINE), needsCue)));
  return aids.get(needsCue)!;
};

function found(text: string, options: { lang?: Lang | null; needsCue?: boolean; aboutRooms?: boolean } = {}) {
  const { lang = 'en', needsCue = true, aboutRooms = true } = options;
  return findClaims([{ text, owner: 0, lang }], withAid(needsCue), () => aboutRooms);
}
const cuesFind = (text: string): string[] => findClaims([{ text, owner: 0, lang: 'en' }], byCues, () => true).map((f) => f.claimId);

/** The claims an aid of our own making infers in English: `claimId` from one `word`, and nothing else. */
function inferredByOneWord(claimId: string, word: string): (text: string) => string[] {
  const model: ClaimsModelData = { stemLength: 5, langs: { en: { [claimId]: { bias: -2, threshold: 0.6, weights: { [word]: 4 } } } } };
  const aid = compileClaims(dataset.claims, recallAid(compileClaimsModel(model), true));
  return (text) => findClaims([{ text, owner: 0, lang: 'en' }], aid, () => true).map((f) => f.claimId);
}

const INFERRED = 'For people who overdose, the room has become a lifeline.';

describe('sentenceFeatures', () => {
  it('gives each word, the stem of a longer one, and each adjacent pair, once', () => {
    expect(sentenceFeatures(foldedWords('Rooms save lives, rooms save'), 5).sort()).toEqual(
      ['lives', 'rooms', 'rooms_save', 'save', 'save_lives', 'lives_rooms'].sort(),
    );
    expect(sentenceFeatures(['overdoses'], 5)).toEqual(['overdoses', 'overd~']);
  });
});

describe('infer', () => {
  it('gives the probability and the words that weighed most for the claim, a stem as the sentence’s word', () => {
    const model = compileClaimsModel(LIFELINE);
    const inference = infer(model, 'en', 'save-lives', foldedWords('It has become a lifeline'))!;
    expect(inference.probability).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
    expect(inference.words).toEqual(['lifeline', 'become']);
    expect(infer(model, 'de', 'save-lives', ['lifeline'])).toBeNull();
  });

  it('never shows a common feature, nor a common word of a pair, though each still weighs', () => {
    const model = compileClaimsModel({
      stemLength: 5,
      langs: { en: { 'save-lives': { bias: -2, threshold: 0.5, weights: { the: 2, 'becom~': 1, the_lifeline: 0.5 } } } },
      common: { en: ['the', 'becom~'] },
    });
    const inference = infer(model, 'en', 'save-lives', foldedWords('The lifeline will become the norm'))!;
    expect(inference.probability).toBeCloseTo(1 / (1 + Math.exp(-1.5)));
    expect(inference.words).toEqual(['lifeline']);
  });
});

describe('the words a finding shows', () => {
  it('reads an elided article off a word, as the cues do', () => {
    expect(sentenceFeatures(foldedWords('l’overdose'), 5)).toEqual(['overdose', 'overd~']);
  });

  it('shows for a stem only the sentence’s words long enough to have made it', () => {
    const model = compileClaimsModel({ stemLength: 5, langs: { en: { 'save-lives': { bias: 0, threshold: 0.5, weights: { 'death~': 2 } } } } });
    expect(infer(model, 'en', 'save-lives', foldedWords('Each death counted; deaths fell'))!.words).toEqual(['deaths']);
  });
});

describe('asWritten', () => {
  it('leaves out the quote marks around a word and the article elided before it', () => {
    expect(asWritten('Nurses call it a ‘lifeline’ for the users’ families', ['lifeline', 'users'])).toEqual(['lifeline', 'users']);
    expect(asWritten('Selon l’infirmière, la salle évite l‘overdose', ['infirmiere', 'overdose'])).toEqual(['infirmière', 'overdose']);
  });

  it('gives each folded word as the sentence writes it, or as folded when it is not there', () => {
    expect(asWritten('Der Raum verhindert Überdosen, sagt Müller’s Team.', ['uberdosen', 'muller', 'raum', 'leben'])).toEqual([
      'Überdosen',
      'Müller',
      'Raum',
      'leben',
    ]);
  });
});

describe('the finder with a recall aid', () => {
  it('gives a claim the cues miss, as inferred, with the cue it has and the words it was inferred from', () => {
    expect(cuesFind(INFERRED)).toEqual([]);
    const [finding, ...rest] = found(INFERRED);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ claimId: 'save-lives', lang: 'en', inferredFrom: ['lifeline', 'become'] });
    expect(finding!.cues).toEqual(['overdos*']);
    expect(finding!.score).toBeGreaterThan(0.6);
  });

  it('leaves a sentence the cues find as they find it, not inferred', () => {
    const text = 'The room has prevented dozens of fatal overdoses since it opened.';
    expect(cuesFind(text)).toContain('save-lives');
    expect(found(text).every((f) => f.inferredFrom === undefined)).toBe(true);
  });

  it('is under the vetoes: a dispute, a denial, an open question, another debate (saving lives on the roads)', () => {
    for (const text of [
      'The minister denies that the room has become a lifeline for people who overdose.',
      'For people who overdose, the room has not become a lifeline.',
      'Has the room become a lifeline for people who overdose?',
      'For drivers at risk of a fatal crash, the new bypass has become a lifeline.',
    ])
      expect(found(text), text).toEqual([]);
    // The same words with no veto: each sentence above is vetoed, not missed.
    for (const text of [
      'The room has become a lifeline for people who overdose.',
      'For people at risk of a fatal overdose, the new room has become a lifeline.',
    ])
      expect(
        found(text).map((f) => f.claimId),
        text,
      ).toEqual(['save-lives']);
  });

  it('needs a cue of one part of the claim when asked to, a known language, and a story about the rooms', () => {
    const uncued = 'The room has become a lifeline.';
    expect(found(uncued)).toEqual([]);
    expect(found(uncued, { needsCue: false }).map((f) => f.claimId)).toEqual(['save-lives']);
    expect(found(INFERRED, { lang: null })).toEqual([]);
    expect(found(INFERRED, { aboutRooms: false })).toEqual([]);
  });

  it('infers no claim whose cues all stand in the purpose of another claim’s call: the exemption is asked for, not the pilot', () => {
    const inferred = inferredByOneWord('allow-facility', 'pilot');
    expect(inferred('The council wants an exemption to start its pilot.')).toEqual([]);
    // The same pilot with no other call before it is inferred.
    expect(inferred('The council hopes to start its pilot.')).toEqual(['allow-facility']);
  });

  it('infers no call a refused intention the cues ignore governs: “no plans to amend” blanks the cue, not the refusal', () => {
    const inferred = inferredByOneWord('change-law', 'amend');
    expect(inferred('The Home Office said it had no plans to amend the Misuse of Drugs Act and that the legal position was unchanged.')).toEqual([]);
    // The same amendment called for is inferred.
    expect(inferred('The Home Office is under pressure to amend the Misuse of Drugs Act.')).toEqual(['change-law']);
  });

  it('gives nothing below the threshold, and nothing without an aid', () => {
    const below = { ...LIFELINE, langs: { en: { 'save-lives': { ...LIFELINE.langs.en!['save-lives']!, threshold: 0.99 } } } };
    expect(
      findClaims([{ text: INFERRED, owner: 0, lang: 'en' }], compileClaims(dataset.claims, recallAid(compileClaimsModel(below), true)), () => true),
    ).toEqual([]);
    expect(cuesFind(INFERRED)).toEqual([]);
  });
});

describe('training', () => {
  const sentences: TrainingSentence[] = [
    ...['lifeline', 'a real lifeline', 'the lifeline of the street', 'one more lifeline'].map((text) => ({ text, claims: ['save-lives'] })),
    ...['the street', 'a real street', 'one more bench', 'the bench of the street'].map((text) => ({ text, claims: [] })),
  ].map((s) => ({ ...s, lang: 'en' as const, story: 'rooms' as const, set: 'sentences' }));

  it('is deterministic, learns a word said only in the claim, and keeps at most `keep` features', () => {
    // In eight sentences every word is in more than one in twelve: only words in nearly all count as the debate's own.
    const options = { ...TRAINING, minCount: 1, keep: 5, commonShare: 0.9 };
    const first = trainModel(sentences, dataset.claims, options, { 'save-lives': 0.7 });
    expect(JSON.stringify(trainModel(sentences, dataset.claims, options, { 'save-lives': 0.7 }))).toBe(JSON.stringify(first));
    const model = first.langs.en!['save-lives']!;
    expect(model.threshold).toBe(0.7);
    expect(model.weights.lifeline).toBeGreaterThan(0);
    expect(Object.keys(model.weights).length).toBeLessThanOrEqual(5);
    expect(first.langs.en!['change-law']!.threshold).toBe(NEVER);
  });

  it('learns nothing from a word that says nothing of a claim: a function word, a number, the debate’s own words, a stem of function words', () => {
    // Each of these is said only in the claim's sentences, so without the rule each would weigh for it.
    const told = [
      'we would see it in 2019, dieses lifeline',
      'we would, in 2019, see dieser street',
      'we would see 2019 dieses bench',
      'we would in 2019 see dieser lifeline',
    ];
    const other = ['a street', 'one bench', 'the bench', 'a street bench'];
    const training: TrainingSentence[] = [
      ...told.map((text) => ({ text: `room ${text}`, claims: ['save-lives'] })),
      ...other.map((text) => ({ text: `room ${text}`, claims: [] })),
    ].map((s) => ({ ...s, lang: 'en' as const, story: 'rooms' as const, set: 'sentences' }));
    const options = {
      ...TRAINING,
      minCount: 1,
      commonShare: 0.9,
      functionWords: { ...TRAINING.functionWords, en: ['would', 'see', 'we', 'in', 'dieser', 'dieses'] },
    };
    const weights = trainModel(training, dataset.claims, options, { 'save-lives': 0.5 }).langs.en!['save-lives']!.weights;
    for (const feature of ['would', 'we', 'in', '2019', 'room', 'would_see', 'we_would', 'diese~', 'in_2019'])
      expect(weights, feature).not.toHaveProperty(feature);
    expect(weights.lifeline).toBeGreaterThan(0);
  });

  it('makes no model for a language without training sentences: the aid proposes nothing there', () => {
    const model = compileClaimsModel(trainModel(sentences, dataset.claims, { ...TRAINING, minCount: 1 }, { 'save-lives': 0.5 }));
    expect(infer(model, 'de', 'save-lives', ['lebensretter'])).toBeNull();
  });

  it('folds each language by place, and reads only the dev sets', () => {
    expect(foldsOf(sentences, 3)).toEqual([0, 1, 2, 0, 1, 2, 0, 1]);
    expect([...TRAINING_SETS]).toEqual([
      'sentences',
      'blind',
      'blind2',
      'blind3',
      'blind5',
      'blind6',
      'blind7',
      'blind8',
      'paraphrase',
      'paraphrase2',
      'paraphrase3',
    ]);
  });
});

describe('chooseThreshold', () => {
  const result = (claims: string[], cued: string[], p: number | null): HeldOutResult => ({
    sentence: { lang: 'en', story: 'rooms', text: '', claims, set: 'sentences' },
    cued,
    proposed: new Map(p === null ? [] : [['save-lives', p]]),
    reasons: new Map(),
    alone: new Map(),
  });
  const results = [
    ...Array.from({ length: 20 }, () => result(['save-lives'], ['save-lives'], null)),
    result(['save-lives'], [], 0.95),
    result(['save-lives'], [], 0.9),
    result([], [], 0.8),
    result(['save-lives'], [], 0.7),
  ];

  it('takes the lowest threshold that keeps the combined precision', () => {
    expect(chooseThreshold(results, 'save-lives', { minPrecision: 0.95, minAddedPrecision: 0, minAdded: 1 })).toBe(0.7);
    expect(chooseThreshold(results, 'save-lives', { minPrecision: 0.97, minAddedPrecision: 0, minAdded: 1 })).toBe(0.9);
  });

  it('and what the aid adds itself, at least `minAdded` of it; never when nothing does', () => {
    expect(chooseThreshold(results, 'save-lives', { minPrecision: 0.9, minAddedPrecision: 0.8, minAdded: 2 })).toBe(0.9);
    expect(chooseThreshold(results, 'save-lives', { minPrecision: 0.9, minAddedPrecision: 0.8, minAdded: 4 })).toBe(NEVER);
  });
});
