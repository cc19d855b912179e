/**
 * Finds sentences that make one of the dataset's claims, in their own words, in any of the
 * lexicon's languages. A sentence makes a claim when, in one language, every part of the
 * claim's proposition has a cue in it ("overdose" and "prevent" for "they save lives"), the
 * cues' weights reach the claim's minimum, no counter-cue of another debate is in it ("seat
 * belt", "tax"), and its story is about the topic. Pure: the caller says which stories are.
 * A sentence whose cues make no claim may be given one by the learned recall aid
 * (./claims-model.ts): its probability at the claim's threshold, a part of the claim cued, and
 * none of the vetoes above applying; such a finding is inferred, and says from which words.
 */
import type { Claim, Claims } from '../data/claims-schema';
import { LANGS, type Lang } from '../data/lexicon-schema';
import { compileFutileEnforcement, enforcementRemovedNothing, type FutileEnforcementWords } from './claim-rule-enforcement-removed-nothing';

/** One prose context the scanner produced: its text, who owns it, and its language if known. */
export interface ClaimProse<Owner> {
  readonly text: string;
  readonly owner: Owner;
  /** The text's language; null tries every language (each on its own). */
  readonly lang: Lang | null;
}

/** A sentence that makes a claim, and why: the strongest cue of each part, as the data writes it. */
export interface ClaimFinding<Owner> {
  readonly claimId: string;
  readonly owner: Owner;
  /** The sentence's offsets in its prose context's text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly lang: Lang;
  /**
   * What orders a sentence's claims, strongest first: for a cued claim the sum of its cues'
   * weights, for an inferred one the recall aid's probability. Never compared across the two:
   * a sentence's claims are all cued or all inferred.
   */
  readonly score: number;
  readonly cues: readonly string[];
  /** Set when the recall aid inferred the claim: the sentence's words that weighed most for it. */
  readonly inferredFrom?: readonly string[];
}

export interface CompiledCue {
  /** As written in the data, for the reason. */
  readonly form: string;
  /** Folded words; a word ending in `*` matches any word it starts, one opening with `*` any word it ends; `GAP` stands for up to `MAX_GAP` words of any kind. */
  readonly words: readonly string[];
  readonly weight: number;
}

export interface CompiledLanguage {
  readonly parts: readonly (readonly CompiledCue[])[];
  /** The language's negators: for the claim's denied part, negative cues and the disputes. */
  readonly negators: readonly CompiledCue[];
  /** Words that make a negator after them a condition ("as long as … not"), not a denial. */
  readonly conditions: readonly CompiledCue[];
  /** Words naming a lack ("without", "sin"): a cue just after one ends a condition, and a negator after that cue is its consequence's. */
  readonly lacking: readonly CompiledCue[];
  /** What reports a claim as denied or unproven ("denied that", "no evidence that"): a sentence holding one makes no claim. */
  readonly disputes: readonly CompiledCue[];
  /** Words of evidence or proof ("evidence", "Beleg*"): a negator before one in its clause denies the claim its proof, as a dispute. */
  readonly unproven: readonly CompiledCue[];
  /** Words of truth ("true", "klopt"): a negator beside one in its clause denies the claim, as a dispute. */
  readonly untrue: readonly CompiledCue[];
  /** Words naming a record of what happened ("figures", "Zahlen", "chiffres"): with a `contraries` word after, a refutation. */
  readonly records: readonly CompiledCue[];
  /** What says the contrary ("nothing of the kind", "the opposite", "l'inverse"): after a `records` word, it takes back the claim before. */
  readonly contraries: readonly CompiledCue[];
  /** Words of fear or worry ("fear", "befürchten", "craignent"): a frame a few words after one is feared, not a call. */
  readonly fears: readonly CompiledCue[];
  /** Words joining clauses as equals ("and", "und"): a negator before one denies no evidence after it. */
  readonly coordinators: readonly CompiledCue[];
  /** What sets one thing against another ("rather than", "statt"): between the cues of a claim's contrasted parts. */
  readonly contrasts: readonly CompiledCue[];
  /** Words that, opening a sentence, make its first clause a condition ("if", "sollte", "si"). */
  readonly hypotheses: readonly CompiledCue[];
  /** Words that, opening a sentence, make its first clause a purpose ("to", "pour", "para"): a claim's own call cue in it names a goal, not a call. */
  readonly purposes: readonly CompiledCue[];
  /** Words that, opening a clause after a comma, join a second statement ("but", "aber", "mais"): a frame in one calls for nothing of the other. */
  readonly joiners: readonly CompiledCue[];
  /** Words that, opening a clause after a mark, tell what follows if the call before goes unmet or once it is met ("otherwise", "without which", "only then", "sonst"): a call claim's cue in one is a consequence. */
  readonly alternatives: readonly CompiledCue[];
  /** Words that date an event by the year after them ("in 2000", "seit 2000"): with no call's frame, a call claim's sentence tells of it. */
  readonly dated: readonly CompiledCue[];
  /** Calendar periods a figure is counted over ("this year", "im vergangenen Jahr"): with no `links` word, a measured claim's sentence reports the period's figures. */
  readonly periods: readonly CompiledCue[];
  /** What ties a figure to the room ("since", "after", "room", "seit", "depuis"). */
  readonly links: readonly CompiledCue[];
  /** Other services a measured effect may be credited to ("naloxone", "needle exchange", "Housing First"). */
  readonly services: readonly CompiledCue[];
  /** Every claim's frames of a call ("should", "fordert", "il faut"): one keeps a dated sentence a call. */
  readonly callFrames: readonly CompiledCue[];
  /** Every call claim's strong cues of its call (`calledAt`): one in an opening condition makes no call claim. */
  readonly calls: readonly CompiledCue[];
  /** Words opening a clause that make a call's cue just after them generic ("any city that opens", "wer … einrichtet", "chi apre"). */
  readonly generics: readonly CompiledCue[];
  /** What a call's cue, later in its clause, is said to amount to ("opening a room would mean…", "aprire una stanza significherebbe…"). */
  readonly suppositions: readonly CompiledCue[];
  /** Words opening a condition the clause after it needs ("only when", "erst wenn", "pas als"): a call claim's cue in that clause is a consequence. */
  readonly onlyWhen: readonly CompiledCue[];
  /** The inverted modal that ends an `onlyWhen` condition with no comma ("only when the law changes can a room open"). */
  readonly onlyWhenThen: readonly CompiledCue[];
  /** What opens the condition of a restriction ("if", "wenn", "si", "als", "se", "once"): after "only" inside a clause, the condition a law sets. */
  readonly restrictedTo: readonly CompiledCue[];
  /** Words that, opening a clause after a call, tell what follows if it goes unmet once a `consequences` word follows ("…, or every city will…"). */
  readonly orElse: readonly CompiledCue[];
  /** A consequence's future or modal ("will", "wird", "sera", "zal", "será", "sarà"). */
  readonly consequences: readonly CompiledCue[];
  /** A verb of stopping and the activity it stops ("stop pretending", "dejar de", "smettere di"): a weak cue in one is the claim's only when the claim's own harm is what stops. */
  readonly ceasing: readonly CompiledCue[];
  /** Spans of years an approach has lasted ("fifty years of", "seit zwanzig Jahren"): with a harm still rising, it failed. */
  readonly spans: readonly CompiledCue[];
  /** What tells an approach's balance sheet ("have bought us", "achieved only", "ci hanno lasciato"): after years of it, what it left is its failure. */
  readonly balances: readonly CompiledCue[];
  /** What tells a time as past ("früher", "avant", "antes", "prima", "vroeger", "used to"), opening a clause. */
  readonly formerly: readonly CompiledCue[];
  /** What tells the time now ("heute", "maintenant", "agora", "ora", "nu", "now", "ahora"), opening a later clause. */
  readonly nowadays: readonly CompiledCue[];
  /** What says a harm rose ("climbed", "steigen", "augmentent", "voltaram a subir"): near a measured claim's harm, it is no reduction. */
  readonly rising: readonly CompiledCue[];
  /** Things of value whose fall is no harm's ("turnover", "Umsatz", "chiffre d'affaires", "facturación"): a reduction said of one reduces no harm. */
  readonly values: readonly CompiledCue[];
  /** Verbs telling who speaks ("said", "sagt", "raconte", "zegt", "dice", "diz"): a relative clause after one and its speaker describes the speaker. */
  readonly tellers: readonly CompiledCue[];
  /** Relative pronouns ("who", "whose", "dessen", "qui", "dont", "die", "cuyo", "che"): the one opening a speaker's description. */
  readonly relatives: readonly CompiledCue[];
  /** Words of an intention or plan ("intend", "plans", "envisage", "in programma"): negated, one before a call's cue refuses the call. */
  readonly intentions: readonly CompiledCue[];
  /** Words ruling a thing out ("ruled out", "schließt … aus", "exclut", "descarta"): an intention refused by its own word, before a call's cue. */
  readonly rulings: readonly CompiledCue[];
  /** What names a poll or its respondents ("poll", "Umfrage", "sondage"): with a share (`shares` or a figure), a call in the sentence is the poll's finding. */
  readonly polls: readonly CompiledCue[];
  /** What names a share of those asked ("per cent", "Prozent", "majority"). */
  readonly shares: readonly CompiledCue[];
  /** What tells of others' calls as heard or received ("heard", "gehört", "entendu"): before a call's cue, with a `rejections` word after it, the call is rejected. */
  readonly receptions: readonly CompiledCue[];
  /** What rejects a call one has heard ("not persuaded", "nicht überzeugt", "pas convaincu"). */
  readonly rejections: readonly CompiledCue[];
  /** Every other call claim's strong cues of its call: an inferred claim's cues all in a purpose after one name that call's goal, as rooms in general do. */
  readonly otherCalls: readonly CompiledCue[];
  /** The law words of the other call claims that name this claim's room as their goal (change-law's law, for allow-facility): a relative clause of one is the law's content. */
  readonly lawsOfOtherCall: readonly CompiledCue[];
  /** How the language marks a room named in the plural (`ROOMS_IN_GENERAL`). */
  readonly plural: { readonly ending: RegExp; readonly headLast: boolean };
  /** Finite purposes ("so that", "damit", "para que"), word by word (`FINITE_PURPOSES`). */
  readonly finitePurposes: readonly (readonly string[])[];
  /** Relative pronouns opening a clause about a thing (`THING_RELATIVES`). */
  readonly thingRelatives: ReadonlySet<string>;
  /** Modals of capacity or leave (`CAPACITY_MODALS`). */
  readonly capacityModals: ReadonlySet<string>;
  /** Strongly negative judgements ("madness", "Wahnsinn", "une folie"): beside an `undoing` verb, the call said by its opposite. */
  readonly follies: readonly CompiledCue[];
  /** Words correcting a negated word with the next ("but", "sondern", "sino"): a negator before one denies no cue after it. */
  readonly corrections: readonly CompiledCue[];
  /** Verbs of waiting or hesitating ("wait", "zögern", "aarzelen"): a negator just before one refuses the delay, not a frame or cue. */
  readonly delays: readonly CompiledCue[];
  /** Negative pronouns and determiners as a clause's subject ("nobody", "not a single", "kein einziger", "personne", "nadie"): one before a frame in its clause refuses it. */
  readonly negativeSubjects: readonly CompiledCue[];
  /** Verbs of wish or obligation ("want", "should", "soll", "veut"): negated over a verb undoing the room, they call for keeping it. */
  readonly wishes: readonly CompiledCue[];
  /** Verbs of letting ("let", "lasst", "laissez"): a call's frame only in the imperative, opening its clause. */
  readonly permissives: readonly CompiledCue[];
  /** Verbs of belief ("think", "glauben", "croire"): a folly judging one judges the belief, not the closing after it. */
  readonly beliefs: readonly CompiledCue[];
  /** Words making a denial hard or rare ("impossible", "hard", "few", "schwer"): before a dispute they turn it round. */
  readonly scarcely: readonly CompiledCue[];
  /** Words placing something near or away from a place ("away from", "près de"): a counter-cue just after one is the room's siting. */
  readonly placings: readonly CompiledCue[];
  /** Words of a room yet to be ("new", "second", "nueva", "zweiten"): between an article and a weak cue, they make it an object call's room. */
  readonly novelties: readonly CompiledCue[];
  /** Indefinite articles ("a", "einen", "une"): what opens an `objectCalls` verb's object. */
  readonly indefinites: readonly CompiledCue[];
  /** Verbs of staying or being kept ("stay", "bleiben", "rester", "se quede"): the room as their subject, under a wish, they call for keeping it (`keptCall`). */
  readonly stays: readonly CompiledCue[];
  /** What keeps a `stays` verb's room where it is ("where it is", "dov'è"): the verb's clause may go on with one. */
  readonly inPlace: readonly CompiledCue[];
  /** Words opening a sentence as a wish in the subjunctive ("que", "che"): its first clause's call to keep the room is framed. */
  readonly jussives: readonly CompiledCue[];
  /** "Hands off" ("Finger weg", "giù le mani"): just before the room, a call to keep it. */
  readonly handsOff: readonly CompiledCue[];
  /** What carries a slogan ("banner", "chanted", "Transparent"): a quote it frames is a call (`sloganQuotes`). */
  readonly slogans: readonly CompiledCue[];
  /** A slogan's call with no verb of permission: an imperative opening it ("open", "aprite") or "now" after the room ending it ("jetzt"). */
  readonly sloganCalls: readonly CompiledCue[];
  /** The words of enforcement said to have removed nothing, pretended to work, or likened to a futile act (./claim-rule-enforcement-removed-nothing.ts). */
  readonly futileEnforcement: FutileEnforcementWords;
  /** The weight of a strong cue. */
  readonly strong: number;
  readonly questions: CompiledQuestions;
  readonly counter: readonly CompiledCue[];
  readonly ignore: readonly CompiledCue[];
  /** What makes a call of the claim's call ("should", "fordert", "il faut"); empty when the claim needs none. */
  readonly frames: readonly CompiledCue[];
  /** Words of a wider change of drug law ("decriminalise", "possession"): with none of `rooms` in the sentence, the claim is not made. */
  readonly wider: readonly CompiledCue[];
  /** The strong cues of the part that names the room (the claim's `wider` part): one keeps the claim beside a wider word. */
  readonly rooms: readonly CompiledCue[];
  /** Every cue, strong or weak, of the part that names the room ("salas", "rooms"): one in the plural is rooms in general. */
  readonly roomNouns: readonly CompiledCue[];
  /** Verbs that undo the claim's call ("close", "schließen", "fermer"), strong: see `impliedCall`. */
  readonly undoing: readonly CompiledCue[];
  /** Verbs whose indefinite object, a strong cue of another part, is what they call for ("demands", "braucht"), strong: see `impliedCall`. */
  readonly objectCalls: readonly CompiledCue[];
}

/** A language's words for telling an open question from a rhetorical one (claims.json's `askers`, `rhetorical`, `proposals`, `eitherWay`, `openQuestions`, `whether`). */
interface CompiledQuestions {
  readonly askers: readonly CompiledCue[];
  readonly rhetorical: readonly CompiledCue[];
  readonly proposals: readonly CompiledCue[];
  readonly eitherWay: readonly CompiledCue[];
  readonly openQuestions: readonly CompiledCue[];
  readonly whether: readonly CompiledCue[];
  /** What says a place still waits for a thing or may not have it, the thing named after it ("still … wait* for", "encore attendre", "seguir sin", "non puo avere"). */
  readonly awaited: readonly CompiledCue[];
  /** The same, the thing named before it or by a pronoun ("wait for one of its own", "a espera da sua", "onmogelijk zijn"). */
  readonly awaitedOwn: readonly CompiledCue[];
}

export interface CompiledClaim {
  readonly id: string;
  readonly minScore: number;
  /** Index of the part a negator beside its cue denies, or -1. */
  readonly deniedAt: number;
  /** Index of the part a negator just before its cue denies, the denied part's cue after it in its clause, or -1. */
  readonly deniedThrough: number;
  /** Whether it calls for something (it has a `calledAt` part), so that a condition holding a call makes it none. */
  readonly isCall: boolean;
  /** Whether it is a measured effect of the room, so that a period's figures with nothing tying them to the room make none. */
  readonly measured: boolean;
  /** Index of the part a span of years with a harm still rising says (`enduredAt`), or -1. */
  readonly enduredAt: number;
  /** Index of the part that says the call (`calledAt`), or -1. */
  readonly calledAt: number;
  /** The indices of two parts whose cues set against each other stand in for the part at `supplies`, or null. */
  readonly contrast: { readonly parts: readonly [number, number]; readonly supplies: number } | null;
  /** Claims that, made by the same sentence, mean it does not make this one. */
  readonly yieldsTo: readonly string[];
  /** Claims that, made by the same sentence, mean it does not make this one when the part at `at` has a cue weaker than `strong`. */
  readonly weakYield: { readonly at: number; readonly to: readonly string[]; readonly strong: number } | null;
  readonly langs: ReadonlyMap<Lang, CompiledLanguage>;
}

export interface CompiledClaims {
  readonly claims: readonly CompiledClaim[];
  /** The learned recall aid, or null to find by cues alone. */
  readonly aid: RecallAid | null;
  /** Per language, the words that answer a question yes, lower case with their accents (claims.json's `answers`). */
  readonly answers: ReadonlyMap<Lang, ReadonlySet<string>>;
}

const SPELLED_OUT: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l' };
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The apostrophes `foldedWords` reads as one ("'"): typographic, modifier letter, grave and acute. */
export const APOSTROPHES = "'’‘ʼ`´";
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** Words of `text`, folded the way cues are written: lower case, no diacritics, "'s" dropped. */
export function foldedWords(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøł]/g, (c) => SPELLED_OUT[c]!)
    .replace(ANY_APOSTROPHE, "'");
  return (folded.match(WORD) ?? []).map((word) => word.replace(/'s$/, ''));
}

/**
 * A cue's "…" (or "...") between two words: up to `MAX_GAP` words may stand there. German and
 * Dutch split what English says in one place: "werkt … niet", "nam … af", "damit … eröffnen".
 */
const GAP = '…';
const MAX_GAP = 6;

function compileCue(form: string, weight: number): CompiledCue {
  const words = form.split(/\s+/).flatMap((written) => {
    if (written === GAP || written === '...') return [GAP];
    // A leading "*" ends a word ("*ing": "pretending", "treating").
    if (/^\*[^*]/.test(written)) return foldedWords(written.slice(1)).map((word, i) => (i === 0 ? `*${word}` : word));
    const folded = foldedWords(written);
    // A trailing "*" is not a word character: put it back on the word it ends, and the
    // apostrophe of an elision before it ("n'*" is "n'est", "n'a", not every word in n).
    if (written.endsWith('*') && folded.length) folded.push(`${folded.pop()!}${/'\*$/.test(written.replace(/[’‘ʼ`´]/g, "'")) ? "'" : ''}*`);
    return folded;
  });
  if (words[0] === GAP || words.at(-1) === GAP) throw new Error(`cue "${form}": a gap "…" stands between two words`);
  return { form, weight, words };
}

/**
 * A learned model a sentence the cues made no claim of may be given one by (./claims-model.ts
 * makes one), and whether one part of the claim must have a cue.
 */
export interface RecallAid {
  readonly needsCue: boolean;
  /** The model's inference of `claimId` for a sentence `text` of `lang` with folded `words`, or null when it has no model for them. */
  infer(lang: Lang, claimId: string, words: readonly string[], text: string): Inference | null;
}

/** What a recall aid inferred of one sentence: the claim's probability, its threshold, and the sentence's content words that weighed most for it (none, when only common words did). */
export interface Inference {
  readonly probability: number;
  readonly threshold: number;
  readonly words: readonly string[];
}

export function compileClaims(model: Claims, aid: RecallAid | null = null): CompiledClaims {
  const { strong, weak } = model.weights;
  // Every claim reads its language's negators (negative cues, disputes turned round), so they are compiled once.
  const sharedByLanguage = new Map(
    LANGS.map((lang) => {
      const compileAll = (forms: readonly string[]): CompiledCue[] => forms.map((form) => compileCue(form, 0));
      const questions: CompiledQuestions = {
        askers: compileAll(model.askers[lang]),
        rhetorical: compileAll(model.rhetorical[lang]),
        proposals: compileAll(model.proposals[lang]),
        eitherWay: compileAll(model.eitherWay[lang]),
        openQuestions: compileAll(model.openQuestions[lang]),
        whether: compileAll(model.whether[lang]),
        awaited: compileAll(model.awaited[lang]),
        awaitedOwn: compileAll(model.awaitedOwn[lang]),
      };
      const calls = model.claims.flatMap((claim) =>
        claim.calledAt ? claim.cues[lang].parts[claim.calledAt]!.strong.flatMap(expandAlternatives).map((form) => compileCue(form, strong)) : [],
      );
      return [
        lang,
        {
          negators: compileAll(model.negators[lang]),
          conditions: compileAll(model.conditions[lang]),
          lacking: compileAll(model.lacking[lang]),
          disputes: compileAll(model.disputes[lang]),
          unproven: compileAll(model.unproven[lang]),
          untrue: compileAll(model.untrue[lang]),
          records: compileAll(model.records[lang]),
          contraries: compileAll(model.contraries[lang]),
          fears: compileAll(model.fears[lang]),
          coordinators: compileAll(model.coordinators[lang]),
          contrasts: compileAll(model.contrasts[lang]),
          hypotheses: compileAll(model.hypotheses[lang]),
          purposes: compileAll(model.purposes[lang]),
          joiners: compileAll(model.joiners[lang]),
          alternatives: compileAll(model.alternatives[lang]),
          dated: compileAll(model.dated[lang]),
          periods: compileAll(model.periods[lang]),
          links: compileAll(model.links[lang]),
          services: compileAll(model.services[lang]),
          callFrames: compileAll(model.claims.flatMap((claim) => claim.cues[lang].frames)),
          calls,
          generics: compileAll(model.generics[lang]),
          suppositions: compileAll(model.suppositions[lang]),
          onlyWhen: compileAll(model.onlyWhen[lang]),
          onlyWhenThen: compileAll(model.onlyWhenThen[lang]),
          restrictedTo: compileAll(model.restrictedTo[lang]),
          orElse: compileAll(model.orElse[lang]),
          consequences: compileAll(model.consequences[lang]),
          ceasing: compileAll(model.ceasing[lang]),
          rising: compileAll(model.rising[lang]),
          values: compileAll(model.values[lang]),
          tellers: compileAll(model.tellers[lang]),
          relatives: compileAll(model.relatives[lang]),
          spans: compileAll(model.spans[lang]),
          balances: compileAll(model.balances[lang]),
          formerly: compileAll(model.formerly[lang]),
          nowadays: compileAll(model.nowadays[lang]),
          intentions: compileAll(model.intentions[lang]),
          rulings: compileAll(model.rulings[lang]),
          plural: PLURAL[lang],
          finitePurposes: FINITE_PURPOSES[lang],
          thingRelatives: THING_RELATIVES[lang],
          capacityModals: CAPACITY_MODALS[lang],
          polls: compileAll(model.polls[lang]),
          shares: compileAll(model.shares[lang]),
          receptions: compileAll(model.receptions[lang]),
          rejections: compileAll(model.rejections[lang]),
          follies: compileAll(model.follies[lang]),
          corrections: compileAll(model.corrections[lang]),
          indefinites: compileAll(model.indefinites[lang]),
          novelties: compileAll(model.novelties[lang]),
          placings: compileAll(model.placings[lang]),
          delays: compileAll(model.delays[lang]),
          negativeSubjects: compileAll(model.negativeSubjects[lang]),
          wishes: compileAll(model.wishes[lang]),
          stays: compileAll(model.stays[lang]),
          inPlace: compileAll(model.inPlace[lang]),
          jussives: compileAll(model.jussives[lang]),
          handsOff: compileAll(model.handsOff[lang]),
          slogans: compileAll(model.slogans[lang]),
          sloganCalls: compileAll(model.sloganCalls[lang]),
          permissives: compileAll(model.permissives[lang]),
          beliefs: compileAll(model.beliefs[lang]),
          scarcely: compileAll(model.scarcely[lang]),
          futileEnforcement: compileFutileEnforcement(model, lang, compileAll),
          strong,
          questions,
        },
      ];
    }),
  );
  return {
    aid,
    answers: new Map(LANGS.map((lang) => [lang, new Set(model.answers[lang].map((word) => word.normalize('NFC').toLowerCase()))])),
    claims: model.claims.map((claim: Claim) => ({
      id: claim.id,
      minScore: claim.minScore,
      deniedAt: claim.deniedAt === undefined ? -1 : claim.parts.indexOf(claim.deniedAt),
      deniedThrough: claim.deniedThrough === undefined ? -1 : claim.parts.indexOf(claim.deniedThrough),
      isCall: claim.calledAt !== undefined,
      measured: claim.measured,
      calledAt: claim.calledAt === undefined ? -1 : claim.parts.indexOf(claim.calledAt),
      contrast: claim.contrasted
        ? {
            parts: [claim.parts.indexOf(claim.contrasted.parts[0]), claim.parts.indexOf(claim.contrasted.parts[1])],
            supplies: claim.parts.indexOf(claim.contrasted.supplies),
          }
        : null,
      enduredAt: claim.enduredAt === undefined ? -1 : claim.parts.indexOf(claim.enduredAt),
      yieldsTo: claim.yieldsTo,
      weakYield: claim.weakYieldsTo ? { at: claim.parts.indexOf(claim.weakYieldsTo.part), to: claim.weakYieldsTo.claims, strong } : null,
      langs: new Map(
        LANGS.map((lang) => {
          const cues = claim.cues[lang];
          const shared = sharedByLanguage.get(lang)!;
          return [
            lang,
            {
              // A part's cue may cross bracketed alternatives as an ignored form does; each is a cue of its own, and says why as itself.
              parts: claim.parts.map((part) => [
                ...cues.parts[part]!.strong.flatMap(expandAlternatives).map((form) => compileCue(form, strong)),
                ...cues.parts[part]!.weak.flatMap(expandAlternatives).map((form) => compileCue(form, weak)),
              ]),
              ...shared,
              counter: cues.counter.map((form) => compileCue(form, 0)),
              ignore: cues.ignore.flatMap(expandAlternatives).map((form) => compileCue(form, 0)),
              frames: cues.frames.map((form) => compileCue(form, 0)),
              wider: cues.wider.map((form) => compileCue(form, 0)),
              rooms: roomsOf(model, claim, lang),
              roomNouns: roomsOf(model, claim, lang, true),
              lawsOfOtherCall: model.claims.flatMap((other) =>
                other.id !== claim.id && other.calledAt && other.wider?.claim === claim.id
                  ? other.parts
                      .filter((part) => part !== other.calledAt)
                      .flatMap((part) => other.cues[lang].parts[part]!.strong.map((form) => compileCue(form, 0)))
                  : [],
              ),
              otherCalls: model.claims.flatMap((other) =>
                other.id !== claim.id && other.calledAt ? other.cues[lang].parts[other.calledAt]!.strong.map((form) => compileCue(form, 0)) : [],
              ),
              undoing: cues.undoing.map((form) => compileCue(form, strong)),
              objectCalls: cues.objectCalls.map((form) => compileCue(form, strong)),
            },
          ];
        }),
      ),
    })),
  };
}

/** The strong cues (with `weak`, every cue) of the part a claim's `wider` names (allow-facility's facility), in `lang`; none when it names none. */
function roomsOf(model: Claims, claim: Claim, lang: Lang, weak = false): CompiledCue[] {
  const { wider } = claim;
  const of = wider && model.claims.find((other) => other.id === wider.claim);
  const part = of ? of.cues[lang].parts[wider.part]! : null;
  return part ? [...part.strong, ...(weak ? part.weak : [])].flatMap(expandAlternatives).map((form) => compileCue(form, 0)) : [];
}

/**
 * The forms one written form stands for: each "(a|b|c)" in it is one of its alternatives, in
 * order ("law* … to (allow|permit) (rooms|sites)" is four forms), so a list that crosses a few
 * words with a few others is written once, not as every combination.
 */
export function expandAlternatives(form: string): string[] {
  const group = /\(([^()]*)\)/.exec(form);
  if (!group) return [form];
  const [whole, inner] = group;
  const before = form.slice(0, group.index);
  const after = form.slice(group.index + whole.length);
  return inner!.split('|').flatMap((alternative) => expandAlternatives(`${before}${alternative.trim()}${after}`));
}

/** Longest elided article or preposition before an apostrophe: l', d', qu', dell', nell'. */
const MAX_ELISION = 4;

/** Where a folded word's elision ends ("l'overdose" → 2), or -1 when it has none. */
export function elisionEnd(word: string): number {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && apostrophe <= MAX_ELISION ? apostrophe + 1 : -1;
}

function wordMatches(cueWord: string, word: string): boolean {
  if (cueWord.startsWith('*')) return word.length > cueWord.length && word.endsWith(cueWord.slice(1));
  if (cueWord.endsWith('*') ? word.startsWith(cueWord.slice(0, -1)) : word === cueWord) return true;
  // "l'addiction" is "addiction" to a cue that does not spell the elision itself.
  const elided = elisionEnd(word);
  return elided > 0 && !cueWord.includes("'") && wordMatches(cueWord, word.slice(elided));
}

/** Where the cue occurs in `words` (as consecutive words, but for its gaps): its first word and the one after its last, or null. */
function spanOf(cue: CompiledCue, words: readonly string[]): { at: number; end: number } | null {
  if (cue.words.length === 0) return null;
  for (let i = 0; i < words.length; i++) {
    const end = matchFrom(cue.words, 0, words, i);
    if (end >= 0) return { at: i, end };
  }
  return null;
}

/** Every place the cue occurs in `words`: its first word and the one after its last. */
export function spansOf(cue: CompiledCue, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = cue.words.length ? matchFrom(cue.words, 0, words, i) : -1;
    if (end >= 0) spans.push({ at: i, end });
  }
  return spans;
}

/** Does `cueWords` from `j` match `words` from `i`? The index after the match, or -1; a gap takes as few words as it can. */
function matchFrom(cueWords: readonly string[], j: number, words: readonly string[], i: number): number {
  for (; j < cueWords.length; j++, i++) {
    const cueWord = cueWords[j]!;
    if (cueWord === GAP) {
      for (let skip = 0; skip <= MAX_GAP && i + skip < words.length; skip++) {
        const end = matchFrom(cueWords, j + 1, words, i + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (i >= words.length || !wordMatches(cueWord, words[i]!)) return -1;
  }
  return i;
}

/** Where the cue occurs in `words`, or -1. */
const indexOf = (cue: CompiledCue, words: readonly string[]): number => spanOf(cue, words)?.at ?? -1;

/** Does a call's frame stand whole in words [from, to)? */
const framedIn = (words: readonly string[], from: number, to: number, callFrames: readonly CompiledCue[]): boolean => {
  const between = words.slice(from, to);
  return callFrames.some((frame) => indexOf(frame, between) >= 0);
};

/**
 * A sentence's words, indexed so that a one-word cue (most of them) is answered by one set
 * lookup: every word (and its part after an elision) whole, and every start of it.
 */
/** Where a clause opens after a mark: the index of its first word, the mark, and the mark's place in the text. */
interface ClauseMark {
  readonly at: number;
  readonly mark: string;
  readonly index: number;
}

export class SentenceWords {
  readonly #whole = new Set<string>();
  readonly #starts = new Set<string>();
  #clauses: readonly ClauseMark[] | null = null;
  #breaks: ReadonlySet<number> | null = null;
  #quotes: readonly Span[] | null = null;
  /** `text`: the sentence the words are of, for where its clauses open. */
  constructor(
    readonly words: readonly string[],
    readonly text: string,
  ) {
    for (const word of words) {
      this.#add(word);
      const elided = elisionEnd(word);
      if (elided > 0) this.#add(word.slice(elided));
    }
  }

  #add(word: string): void {
    this.#whole.add(word);
    for (let end = 1; end <= word.length; end++) this.#starts.add(word.slice(0, end));
  }

  /** The clauses opened by a comma, semicolon, colon or dash, in order: worked out when first asked, which is seldom. */
  clauses(): readonly ClauseMark[] {
    this.#clauses ??= [...this.text.matchAll(/[,;:–—]/g)].map((mark) => ({
      at: foldedWords(this.text.slice(0, mark.index)).length,
      mark: mark[0],
      index: mark.index,
    }));
    return this.#clauses;
  }

  /**
   * Where the words break: the index of each word a mark of any kind stands before (a clause's,
   * a sentence's end, a closing quote), and the number of words when the sentence ends. Asked
   * only where a verb must end its clause (`keptCall`).
   */
  /**
   * The quotes of the sentence as spans of words: between a pair of quote marks (“…”, „…“, «…»,
   * "…", ‘…’, '…'; an apostrophe inside a word opens or closes none). Asked only where a slogan's
   * word stands (`sloganQuotes`).
   */
  quotes(): readonly Span[] {
    this.#quotes ??= [...this.text.matchAll(/(?<![\p{L}\p{N}])(["“„«‘'‚])(.+?)(["”“»’'‘])(?![\p{L}\p{N}])/gu)].map((quote) => {
      const at = foldedWords(this.text.slice(0, quote.index)).length;
      return { at, end: at + foldedWords(quote[2]!).length };
    });
    return this.#quotes;
  }

  breaks(): ReadonlySet<number> {
    // A quote mark counts only where no letter follows it: the apostrophe of "dov'è" is no break.
    this.#breaks ??= new Set([
      ...[...this.text.matchAll(/[,;:–—.!?()"“”«»„]|['’‘](?![\p{L}\p{N}])/gu)].map((mark) => foldedWords(this.text.slice(0, mark.index)).length),
      this.words.length,
    ]);
    return this.#breaks;
  }

  has(cue: CompiledCue): boolean {
    if (cue.words.length === 0) return false;
    // Every word of the cue somewhere in the sentence before its order is looked for: a cue whose
    // first word is common ("que … se abra", "dass …", "no lo habría contado") mostly stops here.
    return cue.words.every((word) => word === GAP || this.#holds(word)) && (cue.words.length === 1 || indexOf(cue, this.words) >= 0);
  }

  /** Is `word` (a cue's, maybe ending in `*`) one of the sentence's words or a start of one? */
  #holds(word: string): boolean {
    // A word's ending is left to the ordered match: such cues are few and asked rarely.
    if (word.startsWith('*')) return true;
    return word.endsWith('*') ? this.#starts.has(word.slice(0, -1)) : this.#whole.has(word);
  }
}

/** The sentence with every ignored name blanked out, so its words are no cue. */
function withoutIgnored(sentence: SentenceWords, ignore: readonly CompiledCue[]): SentenceWords {
  if (!ignore.some((name) => sentence.has(name))) return sentence;
  let kept = sentence.words;
  for (const name of ignore) {
    for (let span = spanOf(name, kept); span; span = spanOf(name, kept)) {
      kept = [...kept.slice(0, span.at), ...kept.slice(span.at, span.end).map(() => ''), ...kept.slice(span.end)];
    }
  }
  return new SentenceWords(kept, sentence.text);
}

/** Whether a part of a claim has a cue in `sentence`: the test the finder and the recall aid's training share. */
const partCued =
  (sentence: SentenceWords) =>
  (part: readonly CompiledCue[]): boolean =>
    part.some((cue) => sentence.has(cue));

/**
 * The claim's verdict on one sentence in one language: its score and reason, or null. `inferred`:
 * the recall aid proposes the claim, so a part may lack a cue (all may, unless `needsCue`), the
 * cues' minimum does not apply, and every veto does, more strictly where a missing cue leaves it
 * blind (a negator anywhere denies a claim whose denied part has no cue; any open question vetoes).
 */
function judge(
  claim: CompiledClaim,
  language: CompiledLanguage,
  sentence: SentenceWords,
  counters: readonly CompiledCue[],
  question: Question | null,
  inferred: { needsCue: boolean } | null = null,
): { score: number; cues: string[]; weights: number[] } | null {
  // Blanking ignored names only takes cues away, so a part with no cue in the sentence as it stands has none
  // after it either: most sentences stop here, before the ignored names are looked for.
  const cued = partCued(sentence);
  // A call said by a construction rather than a cue of its part ("shutting the site would be madness", "demands a second room"),
  // or, in a rhetorical question, by a place's waiting for a room ("why is Dundee still waiting for one of its own?").
  const implied = impliedCall(claim, language, sentence);
  const awaiting = inferred || !question ? null : awaitedCall(claim, language, sentence, question);
  // Two parts set against each other ("a doctor, not a cell") say the claim of whom the story is about: they stand in for the third.
  // Set against each other, their cues weigh as strong ones: "como utente de saúde e não como suspeito" leaves no doubt of either.
  const contrasted = claim.contrast !== null && !inferred && setAgainst(claim.contrast.parts, language, sentence);
  // A harm told as the past and a now after it ("Früher lagen hier Spritzen, heute …") says the harm is gone: it stands for the reduction.
  const times = claim.measured ? thenAndNow(claim, language, sentence) : null;
  const bygone = !inferred && times === 'gone';
  // Years of the approach with the harm still rising say it failed ("fifty years of arrests, and the deaths keep climbing").
  // Enforcement that removed nothing, pretended to work or likened to a futile act ("prohibition has not taken drugs off the street") says both parts.
  const futile = enforcementRemovedNothing(claim, language, sentence);
  const endured = enduredCue(claim, language, sentence) ?? futile;
  const cuedOrImplied = (part: readonly CompiledCue[], index: number): boolean =>
    cued(part) ||
    (index === claim.calledAt && (implied !== null || awaiting !== null)) ||
    (contrasted && index === claim.contrast.supplies) ||
    (index === claim.enduredAt && endured !== null) ||
    futile !== null ||
    (bygone && index === claim.deniedAt);
  if (inferred ? inferred.needsCue && !language.parts.some(cuedOrImplied) : !language.parts.every(cuedOrImplied)) return null;
  const words = withoutIgnored(sentence, language.ignore);
  let score = 0;
  const cues: string[] = [];
  const weights: number[] = [];
  const found: (CompiledCue | null)[] = [];
  let denied: CompiledCue | null = null;
  // Whether the waiting of a rhetorical question said the call (no cue of the call part did).
  let supplied = false;
  for (const [index, part] of language.parts.entries()) {
    // The part's strongest cue counts: cues are listed strongest first.
    // A claim that can be denied reads a negative cue ("no one died") as negating another part; in
    // a claim that cannot, the negation is the cue's own sense ("not working").
    const listed = part.find(
      (cue) =>
        words.has(cue) &&
        (claim.deniedAt < 0 || !isNegative(cue, language) || negatesAnotherPart(cue, index, words.words, language)) &&
        !ceasesOther(cue, index, words, language),
    );
    if (!listed && !implied && awaiting && index === claim.calledAt) {
      supplied = true;
      // The waiting is the call, and denies nothing: "perché Roma non può avere una sala?" asks for one.
      score += language.strong;
      cues.push(awaiting.form);
      weights.push(language.strong);
      found.push(awaiting);
      continue;
    }
    if (!listed && bygone && index === claim.deniedAt) {
      score += language.strong;
      cues.push(BYGONE_FORM);
      weights.push(language.strong);
      found.push(null);
      continue;
    }
    if (!listed && contrasted && index === claim.contrast.supplies) {
      score += language.strong;
      cues.push(CONTRAST_FORM);
      weights.push(language.strong);
      found.push(null);
      continue;
    }
    // A listed cue of the call is preferred: the construction stands in for it only when there is none, or below (too weak),
    // or when the negator denying it is the construction's own ("pide que la sala no cierre y amplíe su horario": "no" keeps the room).
    const ownNegator =
      listed !== undefined &&
      index === claim.calledAt &&
      index === claim.deniedAt &&
      implied !== null &&
      isNegative(implied.cue, language) &&
      isDenied(listed, words, language, null);
    const best =
      index === claim.enduredAt && endured && (!listed || listed.weight < endured.weight)
        ? endured
        : ownNegator
          ? implied.cue
          : (listed ?? (index === claim.calledAt ? implied?.cue : undefined) ?? futile ?? undefined);
    if (!best) {
      if (!inferred) return null;
      found.push(null);
      weights.push(0);
      continue;
    }
    const weight = contrasted && claim.contrast.parts.includes(index) ? Math.max(best.weight, language.strong) : best.weight;
    score += weight;
    cues.push(best.form);
    weights.push(weight);
    found.push(best);
    if (index === claim.deniedAt) denied = best;
  }
  // A claim that needs its call framed ("should", "fordert", "il faut") is not made by a sentence only telling of the thing.
  // Its frame in a part of the sentence with the claim's words: "the mayor wants a bus station; the room was approved last year" calls for no room.
  // A negated frame calls for nothing, unless asked: "Is het niet hoog tijd dat…?" asserts it.
  const framedBySentence = (): boolean => {
    const present = found.filter((cue): cue is CompiledCue => cue !== null);
    return language.frames.some(
      (frame) =>
        words.has(frame) &&
        !toldPermission(frame, words, language) &&
        (question !== null || !frameNegated(frame, words, language) || correctsInto(present, words, language)) &&
        !frameFeared(frame, words, language) &&
        framesCall(frame, claim, present, words, language.joiners),
    );
  };
  // A weaker listed cue of the call gives way to a construction saying it when the claim would fall short of its minimum
  // ("apoyaremos una nueva sala") or of a frame the construction gives ("we would support a consumption room").
  const listedCall = found[claim.calledAt];
  if (
    !inferred &&
    implied &&
    listedCall &&
    listedCall !== implied.cue &&
    listedCall.weight < implied.cue.weight &&
    (score < claim.minScore || (implied.framed && language.frames.length > 0 && !framedBySentence()))
  ) {
    score += implied.cue.weight - listedCall.weight;
    cues[claim.calledAt] = implied.cue.form;
    weights[claim.calledAt] = implied.cue.weight;
    found[claim.calledAt] = implied.cue;
    if (claim.calledAt === claim.deniedAt) denied = implied.cue;
  }
  if (inferred && inferred.needsCue && found.every((cue) => cue === null)) return null;
  // Counter-cues are read without the ignored names, so a name holding one ("Colegio de Médicos") does not rule the claim out.
  if (
    (!inferred && score < claim.minScore) ||
    counters.some(
      (cue) => words.has(cue) && !withinOwnCue(cue, language.parts, words) && !placedBy(cue, words, language.placings) && !namesSpeaker(cue, words, language),
    )
  )
    return null;
  // Decriminalising possession or legalising cannabis, with no room named, is a wider change than the room's.
  if (language.wider.some((cue) => words.has(cue)) && !language.rooms.some((cue) => words.has(cue))) return null;
  const present = found.filter((cue): cue is CompiledCue => cue !== null);
  // A listed call inside a quote a slogan frames is the call of those who carry it ("'Keep the room open,' read the banner").
  const sloganFramed = (): boolean => {
    const call = found[claim.calledAt];
    const span = call ? spanOf(call, words.words) : null;
    return span !== null && sloganQuotes(words, language).some((quote) => span.at >= quote.at && span.end <= quote.end);
  };
  if (language.frames.length && !supplied && !(implied?.framed && found[claim.calledAt] === implied.cue) && !framedBySentence() && !sloganFramed()) return null;
  if (asksIndirectly(sentence, language.questions)) return null;
  if (
    claim.measured &&
    (creditedElsewhere(words, language, denied) ||
      risesUnreduced(claim, language, words, denied) ||
      times === 'persists' ||
      reductionContrasted(denied, words, language) ||
      valueFalls(denied, words, language) ||
      toldOfSpeaker(
        found.filter((cue): cue is CompiledCue => cue !== null),
        words,
        language,
      ))
  )
    return null;
  if (claim.isCall) {
    if (
      callsInCondition(sentence, language, saysLack(claim, language), present, found[claim.calledAt] ?? null, implied?.cue ?? null) ||
      isPurpose(present, words, language) ||
      purposeOfOtherCall(present, words, language, inferred === null, sentence) ||
      intentionRefused(
        // A call said by a refused undoing holds its intention: "n'a pas l'intention de s'opposer à l'ouverture" refuses no call.
        implied && found[claim.calledAt] === implied.cue
          ? [implied.cue]
          : found[claim.calledAt]
            ? language.parts[claim.calledAt]!.filter((cue) => words.has(cue))
            : present,
        // An ignored refusal ("no plans to amend") blanks the cue it refuses, which the recall aid may read all the same:
        // an inferred claim's refusal is read in the sentence as written.
        inferred ? sentence : words,
        language,
        sentence,
      ) ||
      toldByPoll(found[claim.calledAt] ?? present[0] ?? null, words, language) ||
      heardAndRejected(found[claim.calledAt] ?? present[0] ?? null, words, language) ||
      toldAsDated(words, language, found[claim.calledAt] ?? null) ||
      (saysLack(claim, language) && lawsCondition(found[claim.calledAt] ? [found[claim.calledAt]!] : present, words, language)) ||
      wishedUndone(claim, language, words) ||
      isAlternative(present, words, language) ||
      (saysLack(claim, language) && question === null && callRefused(found[claim.calledAt] ?? null, words, language)) ||
      anyCallSupposed(language.parts[claim.calledAt]!, words, language)
    )
      return null;
  }
  const asked = question ? rhetoricalQuestion(sentence, language, question.clauseStarts) : null;
  // An open question asks what its own clause says: "the room has cut deaths; will the council keep it?" still says the first.
  // An inferred claim's words are not placed, so any open question leaves it unsaid.
  if (question && !asked && (inferred || present.some((cue) => (spanOf(cue, words.words)?.at ?? -1) >= question.asksFrom))) return null;
  const disputed = isDisputed(sentence, language, present, asked?.askerAt ?? -1, !inferred);
  const through = claim.deniedThrough >= 0 ? found[claim.deniedThrough] : null;
  const deniedHere =
    denied !== null
      ? isDenied(denied, words, language, asked?.proposal ?? null, saysLack(claim, language) ? negatedConditionEnd(sentence, language) : 0) ||
        (through != null && isDeniedThrough(through, denied, words, language))
      : // With no cue of the part a negator would deny, an inferred claim cannot tell what one denies: any does.
        inferred !== null && claim.deniedAt >= 0 && words.words.some((word) => isNegatorIn(language.negators, word));
  // A rhetorical question disputing a denial asserts the claim: "wie durft te beweren dat ze geen levens redden?"
  if (asked ? disputed !== deniedHere : disputed || deniedHere) return null;
  return { score, cues, weights };
}

/**
 * The cue a claim's `enduredAt` part takes from a span of years and a harm still growing, or
 * null: a `spans` word ("fifty years of", "seit zwanzig Jahren", "cuatro décadas de"), a cue of
 * the claim's other part (the approach: "crackdowns", "arrest our way out", "guerra contra las
 * drogas"), and after that cue's first words, outside its own, a `rising` word or a weak cue of the part ("the
 * deaths keep climbing", "el consumo no deja de crecer", "topping Europe's drug death tables").
 * It counts as a strong cue. A rise inside the approach's own cue, before it ("deaths rose;
 * a decade of raids followed"), or said of it ("ten years of raids, and arrests rose") is not
 * the approach's outcome.
 */
/** How many words after a cue of the approach a rise is still said of it ("arrests in Dundee have risen"). */
const RISE_OF_APPROACH = 4;

function enduredCue(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): CompiledCue | null {
  if (claim.enduredAt < 0) return null;
  const span = language.spans.find((cue) => sentence.has(cue));
  if (!span) return null;
  const { words } = sentence;
  const part = language.parts[claim.enduredAt]!;
  const approach = language.parts[1 - claim.enduredAt]!.filter((cue) => sentence.has(cue));
  const clauses = sentence.clauses();
  const approachEnds = approach.flatMap((cue) => spansOf(cue, words).map(({ end }) => end));
  // A rise just after a cue of the approach in its clause is the approach's own ("arrests in Dundee have risen"), not a harm's.
  const ofApproach = (rise: CompiledCue, at: number): boolean =>
    language.rising.includes(rise) && approachEnds.some((end) => end <= at && at - end < RISE_OF_APPROACH && !opensBetween(clauses, end, at));
  // A balance sheet of the years ("fifty years of kicking in doors have bought us the highest death rate") tells what they left.
  const growths = [...language.rising, ...part.filter((cue) => cue.weight < language.strong), ...language.balances].filter((cue) => sentence.has(cue));
  for (const cue of approach)
    for (const { at, end } of spansOf(cue, words)) {
      const own = ownSegments(cue, at, end);
      // After the approach's first words, outside its own: in its gap too ("verurteile seit zwanzig Jahren dieselben Leute wegen").
      const growth = growths.find((rise) =>
        spansOf(rise, words).some(
          (found) => found.at >= own[0]!.end && !own.some((segment) => overlaps(found, segment.at, segment.end)) && !ofApproach(rise, found.at),
        ),
      );
      if (growth) return { form: `${span.form} … ${cue.form} … ${growth.form}`, words: [], weight: language.strong };
    }
  return null;
}

/** The articles that may stand between a verb telling who speaks and the speaker's title ("said the economist", "sagt der Ökonom"). */
const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'le',
  'la',
  'les',
  'un',
  'une',
  'het',
  'een',
  'de',
  'el',
  'los',
  'las',
  'una',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'il',
  'lo',
  'gli',
  'i',
  'uno',
]);

/**
 * Does every occurrence of the counter-cue name the speaker, right after a verb telling who
 * speaks or its article, or right before one ("said the economist", "the economist said",
 * "écrit l'économiste dans sa tribune", "osserva l'economista")? A speaker's trade is not another debate: an
 * economist may say the drug war failed.
 */
function namesSpeaker(counter: CompiledCue, sentence: SentenceWords, { tellers }: CompiledLanguage): boolean {
  if (!tellers.some((teller) => sentence.has(teller))) return false;
  const { words } = sentence;
  const told = tellers.flatMap((teller) => spansOf(teller, words));
  const spans = spansOf(counter, words);
  return (
    spans.length > 0 &&
    spans.every(({ at, end }) =>
      told.some(
        (teller) =>
          // Right after the verb, or after its article ("argued about parking" names a topic, not a speaker); or right before it.
          at === teller.end || (at === teller.end + 1 && ARTICLES.has(words[teller.end]!)) || teller.at === end,
      ),
    )
  );
}

/** Words between a placing ("away from", "près de") and the counter-cue it places ("near the primary school"). */
const PLACED_WITHIN = 2;

/**
 * Is every occurrence of the counter-cue a place the room is sited by ("kept well away from
 * schools", "près d'une école", "vicino alla scuola")? Then it says where the room stands, not
 * another debate.
 */
function placedBy(counter: CompiledCue, sentence: SentenceWords, placings: readonly CompiledCue[]): boolean {
  const { words } = sentence;
  const spans = spansOf(counter, words);
  return (
    spans.length > 0 && spans.every(({ at }) => placings.some((placing) => spansOf(placing, words).some(({ end }) => end <= at && at - end <= PLACED_WITHIN)))
  );
}

/**
 * Is the counter-cue one of the words of a cue of the claim's own in the sentence (not of its
 * gap)? Then it is that cue's word, not another debate's: "car" in "car park", a place where
 * people inject.
 */
function withinOwnCue(counter: CompiledCue, parts: readonly (readonly CompiledCue[])[], sentence: SentenceWords): boolean {
  const span = spanOf(counter, sentence.words);
  return (
    span !== null &&
    parts.some((part) =>
      part.some((cue) => {
        const own = sentence.has(cue) ? spanOf(cue, sentence.words) : null;
        // Its own words, not what its gap holds: "ohne den Helm wäre … am Leben" still names a helmet.
        return own !== null && ownSegments(cue, own.at, own.end).some(({ at, end }) => at <= span.at && span.end <= end);
      }),
    )
  );
}

/** Words on each side of a dispute where a negator makes it none ("no one disputes that", "bestreitet … kaum noch jemand"). */
const DISPUTE_NEGATED_WITHIN = 4;
/**
 * Words from a negator opening the dispute's clause to the dispute where the negator is still its
 * subject and turns it round: "nobody on the health board doubts that…", "nadie en el equipo
 * médico pone en duda que…".
 */
const DISPUTE_NEGATED_SUBJECT_WITHIN = 8;
/** The words that open a reported clause in the seven languages ("that", "dass", "que", "dat", "che"). */
const COMPLEMENTIZERS = new Set(['that', 'dass', 'que', 'dat', 'che']);

/**
 * Does the sentence report what it says as denied or unproven ("the minister denies that…",
 * "there is no evidence that…", "…, ist nicht belegt", "does not believe that…")? Then it tells
 * of a dispute and makes no claim, unless a negator beside the dispute or opening its clause
 * turns it round ("nobody disputes that…", "nobody on the board doubts that…"), a word of lack
 * just before it makes it no doubt ("sans doute que…"), or one of the claim's own cues holds its words: "wer glaubt denn noch, dass
 * die Verbotspolitik wirkt" says the approach fails through the disbelief ("glaubt … noch").
 */
function isDisputed(sentence: SentenceWords, language: CompiledLanguage, cues: readonly CompiledCue[], askerAt: number, placed: boolean): boolean {
  const { disputes, negators, lacking, joiners } = language;
  const { words } = sentence;
  const statementOf = placed && cues.length > 0 ? statementsOf(sentence, joiners) : null;
  const found: Dispute[] = disputes
    .filter((dispute) => sentence.has(dispute))
    .map((dispute) => {
      const { at, end } = spanOf(dispute, words)!;
      return { at, end, own: ownSegments(dispute, at, end), opensClause: COMPLEMENTIZERS.has(dispute.words.at(-1)!) };
    });
  // A refutation takes back only what was said before it: "the figures show the opposite: needle litter has halved" says it.
  const refuted = refutations(sentence, language).filter(({ at }) => cues.length > 0 && cues.every((cue) => (spanOf(cue, words)?.end ?? at + 1) <= at));
  return [...found, ...denialFrames(sentence, language), ...refuted].some(({ at, end, own: ownWords, opensClause }) => {
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

/** What a contrast standing in for a part gives as its cue, in the finding's reasons. */
const CONTRAST_FORM = '(contrast)';
/** Words before a contrast where the first of the parts set against each other ends ("a doctor, not", "als patiënten in plaats van"). */
const CONTRAST_BEFORE = 4;
/** Words after a contrast where the second of them starts ("not a cell", "pas d'une garde à vue", "niet als daders"). */
const CONTRAST_AFTER = 3;
/** Words between a negator and the cue it denies, when the denied thing comes first ("no era un delincuente, era un enfermo"). */
const CONTRAST_DENIED_WITHIN = 2;

/**
 * Are cues of the two `parts` set against each other, in either order: the second up to
 * `CONTRAST_AFTER` words after a `contrasts` word or a negator opening a clause ("he needed a
 * doctor, not a cell", "comme des patients plutôt que comme des suspects", "mijn dochter was ziek,
 * geen crimineel"), the first ending up to `CONTRAST_BEFORE` words before it; or the first denied
 * by a negator just before it, ending its clause, and the second in the next ("mein Bruder war nie
 * ein Verbrecher, er war krank")? A negator inside a clause ("the doctor did not call the police")
 * sets nothing against anything; nor does a contrast with only one of them ("a doctor, not a lecture").
 */
function setAgainst(parts: readonly [number, number], language: CompiledLanguage, sentence: SentenceWords): boolean {
  const { words } = sentence;
  const spansOfPart = (index: number): Span[] => language.parts[index]!.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words));
  const [one, other] = [spansOfPart(parts[0]), spansOfPart(parts[1])];
  if (!one.length || !other.length) return false;
  const clauses = sentence.clauses();
  const opensAt = (at: number): boolean => clauses.some((clause) => clause.at === at);
  // The contrasts: a listed one's span, or a negator opening a clause.
  const contrasts: Span[] = [
    ...language.contrasts.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words)),
    ...words.flatMap((word, at) => (opensAt(at) && isNegatorIn(language.negators, word) ? [{ at, end: at + 1 }] : [])),
  ];
  const pairs = (first: Span[], second: Span[]): boolean =>
    first.some((a) =>
      second.some(
        (b) =>
          contrasts.some((c) => a.end <= c.at && c.at - a.end <= CONTRAST_BEFORE && c.end <= b.at && b.at - c.end <= CONTRAST_AFTER) ||
          // The denied one first: a negator just before it, its clause ending with it, the other in the next clause.
          (a.end < b.at &&
            opensAt(a.end) &&
            b.at - a.end <= CONTRAST_BEFORE &&
            words.slice(Math.max(0, a.at - CONTRAST_DENIED_WITHIN - 1), a.at).some((word) => isNegatorIn(language.negators, word))),
      ),
    );
  return pairs(one, other) || pairs(other, one);
}

/** A dispute found in the sentence: its span, its own words (not its gap's), and whether it ends opening the disputed clause. */
type Dispute = { readonly at: number; readonly end: number; readonly own: readonly Span[]; readonly opensClause: boolean };

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
 * `UNPROVEN_BEFORE` words before a word of evidence ("there is no evidence at all it has…",
 * "keinerlei Beleg dafür, dass…", "non c'è alcuna prova che…", "eine Behauptung, die niemand
 * belegt hat") or of truth ("it is simply not true that…"), or up to `UNTRUE_AFTER` words after
 * one of truth ("het klopt gewoon niet dat…"), with no clause opening, reported clause or coordinator between, the negator there closing the judgment.
 * A frame, not a list of phrases: determiners and intensifiers may stand between ("qualquer",
 * "at all", "gewoon"). Words of doubt or denial ("no doubt that", "nobody can deny") are neither,
 * so those still assert; evidence found ("found evidence that") has no negator.
 */
function denialFrames(sentence: SentenceWords, { negators, unproven, untrue, coordinators }: CompiledLanguage): Dispute[] {
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
    if (!truth && !isNegatorIn(unproven, word)) return;
    let before = negatorBetween(at - 1, at - UNPROVEN_BEFORE, -1);
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

/**
 * The sentence's refutations, as disputes: a record of what happened (`records`: "figures",
 * "Zahlen", "chiffres", "cijfers", "datos", "dados", "dati") and, up to `CONTRARY_WITHIN` words
 * after it in its clause with no negator between, what says the contrary (`contraries`: "show
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
          !opensBetween(clauses, at + 1, from) &&
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

export type Span = { readonly at: number; readonly end: number };

/** Words between a claim's cue and a dispute after it where the cue is still the dispute's subject ("Einen Konsumraum gibt es…"). */
const SUBJECT_BEFORE = 1;

/** Does the cue at `span` end just before the dispute at `disputeAt`, with no mark between? */
function isSubjectOf(span: Span | null, disputeAt: number, sentence: SentenceWords): boolean {
  return span !== null && span.end <= disputeAt && disputeAt - span.end <= SUBJECT_BEFORE && !opensBetween(sentence.clauses(), span.end, disputeAt);
}

/** The words a cue matched at `at`…`end` without its gap: its first run of words and, after a gap, its last. */
export function ownSegments(cue: CompiledCue, at: number, end: number): Span[] {
  const gap = cue.words.indexOf(GAP);
  if (gap < 0) return [{ at, end }];
  return [
    { at, end: at + gap },
    { at: end - (cue.words.length - 1 - cue.words.lastIndexOf(GAP)), end },
  ];
}

const overlaps = (span: Span | null, at: number, end: number): boolean => span !== null && span.at < end && at < span.end;

/** Words before a negative cue where another part's cue may stand and still be what it negates ("no ha muerto nadie"). */
const CONCORD_BEFORE = 2;

export const isNegatorIn = (negators: readonly CompiledCue[], word: string): boolean =>
  negators.some((negator) => negator.words.length === 1 && wordMatches(negator.words[0]!, word));

/** A cue that is itself negative ("no one", "niemand", "aucun"): it says the claim of what it negates. */
const isNegative = (cue: CompiledCue, { negators }: CompiledLanguage): boolean => cue.words.some((word) => isNegatorIn(negators, word));

/**
 * Does a negative cue negate another part of the claim: is that part's cue after it in the
 * sentence ("niemand ist gestorben", "without anyone dying"), just before it ("no ha muerto
 * nadie"), or in its own words ("la gente no se muere", "não morrem")? "2.000 Drogentote …
 * könne niemand mehr behaupten" negates the claiming, not the deaths.
 */
function negatesAnotherPart(cue: CompiledCue, partIndex: number, words: readonly string[], { parts }: CompiledLanguage): boolean {
  const span = spanOf(cue, words);
  if (!span) return false;
  const around = [words.slice(Math.max(0, span.at - CONCORD_BEFORE), span.at), words.slice(span.at, span.end), words.slice(span.end)];
  return parts.some((part, index) => index !== partIndex && part.some((other) => around.some((span) => indexOf(other, span) >= 0)));
}

/** Words before and after a cue where a negator denies it: "do not save", "retten keine", "ne sauvent pas". */
const DENIAL_BEFORE = 3;
const DENIAL_AFTER = 1;
/** Words before a negator where a condition makes it one ("solange das Gesetz nicht", "zolang de wet van 1921 niet"). */
const CONDITION_BEFORE = 6;
/** Words before a cue where a word of lack makes it the end of a condition ("sin ese cambio", "without that change"). */
const LACKING_BEFORE = 2;

/**
 * Does a negator stand next to `cue` in the sentence, in the cue's own clause? A cue that is
 * itself negative ("no one", "aucun", "kein einziger") says the claim, so it is never denied;
 * nor is a negator under a condition ("as long as the law is not changed" says it must
 * change), nor one a comma or another mark puts in the next clause ("tant que la loi n'aura pas
 * été modifiée, aucune salle ne pourra ouvrir": "aucune" is the room's), nor one after a cue
 * that ends a condition of lack ("sin ese cambio ningún sitio puede operar": "ningún" is the
 * site's), nor one before `lackUntil`, in an opening condition that says a call is not met.
 */
function isDenied(cue: CompiledCue, sentence: SentenceWords, language: CompiledLanguage, proposal: Span | null, lackUntil = 0): boolean {
  const { words } = sentence;
  const isNegator = (word: string): boolean => isNegatorIn(language.negators, word);
  if (isNegative(cue, language)) return false;
  const { conditions } = language;
  const span = spanOf(cue, words);
  if (!span) return false;
  const { at, end } = span;
  // "Sin ese cambio ningún sitio puede operar": the cue ends a condition of lack, and the negator after it is the consequence's.
  // Asked only of a negator after the cue, which most cues have none of.
  const endsLack = (): boolean => words.slice(Math.max(0, at - LACKING_BEFORE), at).some((word) => isNegatorIn(language.lacking, word));
  for (let i = Math.max(0, at - DENIAL_BEFORE); i < Math.min(words.length, end + DENIAL_AFTER); i++) {
    if (
      (i < at || i >= end) &&
      i >= lackUntil &&
      isNegator(words[i]!) &&
      !isConditional(words, i, conditions) &&
      !(proposal && i >= proposal.at && i < proposal.end) &&
      // One before the cue in a statement a dash, colon or semicolon closed is that statement's: "kein Verbrechen – deshalb braucht
      // Dortmund einen Konsumraum". Not a comma's: "hat nicht vor, eine Verordnung zu erlassen" refuses what follows.
      !(i < at && sentence.clauses().some(({ at: opens, mark }) => mark !== ',' && opens > i && opens <= at)) &&
      !refusesDelay(words, i, language.delays) &&
      // "Nicht abgewickelt, sondern ausgebaut": the negator denies what the correction replaces, not the cue after it.
      !(i < at && words.slice(i + 1, at).some((word) => isNegatorIn(language.corrections, word)))
    )
      if (!(i >= end && (opensBetween(sentence.clauses(), end, i) || endsLack()))) return true;
  }
  return deniedInGap(cue, at, end, sentence, language);
}

/**
 * Does a negator stand in the cue's gap, in the clause of the cue's last words ("dass der
 * Konsumraum nicht eröffnet wird", "que la sala no se abra")? It denies the cue as one beside
 * it would. One a mark puts in another clause ("dass, wo nie jemand half, ein Konsumraum
 * eröffnet wird") is that clause's, and one under a condition denies nothing.
 */
function deniedInGap(cue: CompiledCue, at: number, end: number, sentence: SentenceWords, { negators, conditions }: CompiledLanguage): boolean {
  if (!cue.words.includes(GAP)) return false;
  const { words } = sentence;
  const [first, last] = ownSegments(cue, at, end) as [Span, Span];
  for (let i = first.end; i < last.at; i++)
    if (isNegatorIn(negators, words[i]!) && !opensBetween(sentence.clauses(), i + 1, last.at) && !isConditional(words, i, conditions))
      // A negator that is one of the cue's own words is its sense, not a denial.
      if (!cue.words.some((word) => word !== GAP && wordMatches(word, words[i]!))) return true;
  return false;
}

/**
 * Does a negator stand just before `through`'s cue, with `denied`'s cue after it in the same
 * clause? "No consumption room in Bristol can open" denies the permit through the room.
 */
function isDeniedThrough(through: CompiledCue, denied: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(through, words);
  if (!span || span.at === 0 || !isNegatorIn(language.negators, words[span.at - 1]!)) return false;
  const after = spanOf(denied, words.slice(span.end));
  return after !== null && !opensBetween(sentence.clauses(), span.end, span.end + after.at);
}

/**
 * Whether the claim is said by the lack of its call ("without a change in the law, no room can
 * open" says the law must change): a call claim that needs no frame. One that needs its call
 * framed ("should", "fordert") is not called for by a condition that says it is not met: "if
 * the council does not approve the room, the charity will look elsewhere".
 */
const saysLack = (claim: CompiledClaim, language: CompiledLanguage): boolean => claim.isCall && language.frames.length === 0;

/**
 * Where the sentence's opening condition ends when it holds a negator ("si no se cambia la ley,
 * …", "if the law is not changed, …"), or 0: such a condition says a call is not met, a lack as
 * "without" says it, so its negator denies no call claim's cue ("si no se cambia la ley, no habrá
 * ninguna sala" says the law must change).
 */
function negatedConditionEnd(sentence: SentenceWords, { hypotheses, negators }: CompiledLanguage): number {
  const { words } = sentence;
  if (!hypotheses.some((hypothesis) => matchFrom(hypothesis.words, 0, words, 0) >= 0)) return 0;
  const closes = sentence.clauses()[0]?.at;
  if (closes === undefined || closes >= words.length) return 0;
  return words.slice(0, closes).some((word) => isNegatorIn(negators, word)) ? closes : 0;
}

/**
 * Does the sentence open with a condition ("if", "sollte", "si", "als", "se") whose clause, up
 * to the first comma or other mark, holds a call's cue? Then it tells what would follow from
 * the call ("if the law changes next spring, a room could open in 2027"), and makes neither
 * call; a condition that holds no call ("if we want fewer deaths, the law must change") leaves
 * the call after it, one with no mark after it has no consequence to tell of, and one that says
 * the call is not met is a lack ("if the law is not changed, no room can open" says it must be).
 */
function callsInCondition(
  sentence: SentenceWords,
  language: CompiledLanguage,
  lackSaysCall: boolean,
  present: readonly CompiledCue[],
  call: CompiledCue | null,
  implied: CompiledCue | null = null,
): boolean {
  const { words } = sentence;
  if (!language.hypotheses.some((hypothesis) => matchFrom(hypothesis.words, 0, words, 0) >= 0)) return false;
  const closes = sentence.clauses()[0]?.at;
  if (closes === undefined || closes >= words.length) return false;
  // A call the condition says is not met is a lack, as "without" says it: "si no se cambia la ley, no habrá ninguna sala".
  if (lackSaysCall && negatedConditionEnd(sentence, language) > 0) return false;
  const { calls } = language;
  const condition = words.slice(0, closes);
  // The call's cue in the condition, or the construction that says it ("if closing the room would be madness, …").
  if (calls.some((call) => indexOf(call, condition) >= 0) || (implied !== null && indexOf(implied, condition) >= 0)) return true;
  // The claim's cues all in the condition, whatever its verb ("Sollte die Stadt einen Konsumraum beantragen, müsste…",
  // "Als Antwerpen ooit een gebruiksruimte zou openen, zou…"), or all but its call's with a frame of a call there, the room
  // asked for in the condition and its licence after ("Should Cardiff apply for a room, the Home Office would first have to
  // grant a licence"): the sentence tells what would follow, a procedure, and calls for nothing. A condition that only
  // names rooms ("Si Barcelona lleva años con varias salas, Madrid también debería poder abrir la suya") leaves the call after it.
  const inCondition = (cue: CompiledCue): boolean => (spanOf(cue, words)?.end ?? words.length) <= closes;
  if (present.length > 0 && present.every(inCondition)) return true;
  const others = present.filter((cue) => cue !== call);
  return others.length > 0 && others.every(inCondition) && framedIn(words, 0, closes, language.callFrames);
}

/** How far, in words, the parts of `impliedCall`'s constructions may stand from each other. */
const IMPLIED_WITHIN = {
  /** An `undoing` verb and the cue of the thing it undoes ("shutting OnPoint's Harlem site"). */
  undone: 6,
  /** An `undoing` verb and the folly judging it, either side ("closing it now would be madness"; "it would be madness to close it"). */
  folly: 10,
  /** A negator before a folly, saying it is none ("would not be madness", "non sarebbe affatto un errore", "ne serait pas une folie"). */
  follyNegated: 4,
  /** A negator before an `undoing` verb, keeping the thing ("que la sala no cierre", "not to close"). */
  undoingNegated: 2,
  /** A negated wish, plan or call's frame and the `undoing` verb it governs ("do not want the room to close", "plant nicht, den Konsumraum zu schließen"). */
  undoingWished: 10,
  /** An `objectCalls` verb and its object's article ("braucht Dortmund einen", "necesita ya una", "plaide pour une"). */
  article: 2,
  /** The article and the cue it opens ("einen zweiten Konsumraum", "a supervised room"). */
  object: 1,
  /** A verb-final clause's object and its verb ("die einen zweiten Drogenkonsumraum für Köln-Kalk verlangt"). */
  verbAfter: 3,
} as const;

/** Words from a belief's verb to the `undoing` verb it holds ("think the consumption room will close"). */
const BELIEF_HOLDS = 8;
/** Words that make a belief's verb opening its clause an infinitive subject ("to think…", "zu glauben, …"). */
const INFINITIVE_OPENERS = new Set(['to', 'zu', 'te']);

/**
 * Does the folly judge a belief that the room will close rather than its closing (`beliefs`)?
 * The belief stands between the folly and the closing ("it would be a mistake to think the room
 * will close", "ce serait une erreur de croire que la salle va fermer"), or is the subject the
 * folly judges after it, opening its clause as a gerund or infinitive or after a generic
 * ("Thinking the room will close is a mistake", "To think…", "anyone who expects it to close is
 * making a mistake"). "I think closing the room would be a mistake" keeps the call: the belief
 * has its own subject.
 */
function judgesBelief(folly: Span, undo: Span, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  if (folly.end <= undo.at) return words.slice(folly.end, undo.at).some((word) => isNegatorIn(language.beliefs, word));
  const clauses = sentence.clauses();
  const opens = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  return language.beliefs
    .flatMap((belief) => spansOf(belief, words))
    .some(
      ({ at, end }) =>
        end <= undo.at &&
        undo.at - end <= BELIEF_HOLDS &&
        (opens(at) ||
          (INFINITIVE_OPENERS.has(words[at - 1] ?? '') && opens(at - 1)) ||
          language.generics.some((generic) => spansOf(generic, words).some((span) => span.end === at))),
    );
}

/** The words that make a German or Dutch verb after them an infinitive ("zu fordern", "te eisen"). */
const INFINITIVE_MARKERS = new Set(['zu', 'te']);

/** A call said by a construction: its verb as the call part's cue, and whether that construction frames the call itself. */
interface ImpliedCall {
  readonly cue: CompiledCue;
  readonly framed: boolean;
}

/**
 * A call claim's call said with none of its call part's cues, by one of five constructions (the fifth, `keptCall`, first)
 * around a cue of another part (the room):
 * - its opposite judged a folly: an `undoing` verb near the room and, in the same statement, a
 *   folly not negated ("shutting the site now would be madness", "es wäre Wahnsinn, die
 *   Einrichtung zu schließen"): it frames the call itself; "closing it would be the right
 *   decision" holds no folly, and "not closing it would be madness" is denied as any call is;
 * - its opposite negated: a negator just before an `undoing` verb near the room ("pide que la
 *   sala no cierre"): keeping the room, which still needs a frame of the sentence's, or a
 *   sentence opening as a wish (`jussiveOver`: "«Que no nos cierren la sala»");
 * - a verb of demand, need or support whose object, opened by an indefinite article, is the
 *   room's strong cue ("a petition demanding a second room", "necesita ya una sala", "…, die
 *   einen zweiten Drogenkonsumraum verlangt" with the verb ending its clause): it frames the
 *   call itself; "demand at the room rose" has no such object.
 * - its opposite under a negated wish, plan or frame (`refusedUndoing`: "the residents do not
 *   want the room to close", "plant nicht, den Konsumraum zu schließen"): it frames the call.
 * Word lists cannot say these: the call is in how the words stand, not in any one of them.
 */
function impliedCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  if (claim.calledAt < 0) return null;
  const kept = keptCall(claim, language, sentence) ?? sloganCall(claim, language, sentence);
  if (kept) return kept;
  const undoing = language.undoing.filter((cue) => sentence.has(cue));
  const objectCalls = language.objectCalls.filter((cue) => sentence.has(cue));
  if (!undoing.length && !objectCalls.length) return null;
  const { words } = sentence;
  const others = language.parts.filter((_, index) => index !== claim.calledAt).flat();
  const thingSpans = others.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words).map((span) => ({ ...span, weight: cue.weight })));
  if (!thingSpans.length) return null;
  const isNegator = (word: string): boolean => isNegatorIn(language.negators, word);
  const near = (span: Span, within: number) => (other: Span) => other.at < span.end + within + 1 && span.at < other.end + within + 1;
  const statementOf = statementsOf(sentence, language.joiners);
  for (const cue of undoing)
    for (const span of spansOf(cue, words)) {
      if (!thingSpans.some(near(span, IMPLIED_WITHIN.undone))) continue;
      const judged = language.follies
        .flatMap((folly) => spansOf(folly, words))
        .some(
          (folly) =>
            near(span, IMPLIED_WITHIN.folly)(folly) &&
            statementOf(folly.at) === statementOf(span.at) &&
            !words.slice(Math.max(0, folly.at - IMPLIED_WITHIN.follyNegated), folly.at).some(isNegator) &&
            !judgesBelief(folly, span, sentence, language),
        );
      if (judged) return { cue, framed: true };
      const refused = refusedUndoing(span, sentence, language, statementOf);
      if (refused) return { cue: { form: refused.join(' '), words: refused, weight: cue.weight }, framed: true };
      const negatedAt = words.slice(Math.max(0, span.at - IMPLIED_WITHIN.undoingNegated), span.at).findIndex(isNegator);
      if (negatedAt >= 0) {
        const from = Math.max(0, span.at - IMPLIED_WITHIN.undoingNegated) + negatedAt;
        // The negator and the verb as the cue: a negative cue, so the negator in it denies nothing.
        const kept = words.slice(from, span.end);
        // In a sentence opening as a wish ("Que no nos cierren la sala") the wish frames it; elsewhere it needs a frame of the sentence's.
        return { cue: { form: kept.join(' '), words: kept, weight: cue.weight }, framed: jussiveOver(span.at, sentence, language) };
      }
    }
  const isArticle = (at: number): boolean =>
    at >= 0 && at < words.length && language.indefinites.some((article) => matchFrom(article.words, 0, words, at) >= 0);
  // A weak cue names the room only as a new one, its article right after the verb ("apoyaremos una nueva sala", "calls for a
  // second site"): "needs a room" may be any room, and "needs before a second site can open" has another object.
  const isNew = (at: number): boolean => at >= 1 && isNegatorIn(language.novelties, words[at]!) && isArticle(at - 1);
  const strongThings = thingSpans.filter((thing) => thing.weight >= language.strong);
  const newThings = thingSpans.filter((thing) => thing.weight < language.strong && isNew(thing.at - 1));
  const clauses = sentence.clauses();
  // The room wanted undone ("want the site closed", "will … verhindern", "wil … sluiten") or the demand judged a folly
  // ("demanding a room is pointless"), later in the verb's clause or statement: no call.
  const undoneAfter = (span: Span): boolean =>
    language.undoing.some((undo) => spansOf(undo, words).some(({ at }) => at >= span.end && !opensBetween(clauses, span.end, at))) ||
    language.follies.some((folly) => spansOf(folly, words).some(({ at }) => at >= span.end && statementOf(at) === statementOf(span.at)));
  for (const cue of objectCalls)
    for (const span of spansOf(cue, words)) {
      const after =
        newThings.some((thing) => thing.at === span.end + 2) ||
        strongThings.some((thing) => {
          for (let article = span.end; article <= span.end + IMPLIED_WITHIN.article; article++)
            if (isArticle(article) && thing.at > article && thing.at <= article + 1 + IMPLIED_WITHIN.object) return !opensBetween(clauses, span.end, thing.at);
          return false;
        });
      // A verb ending its clause with its object before it: German and Dutch subordinate clauses ("…, die einen zweiten Konsumraum verlangt").
      // Not an infinitive ("…, einen Konsumraum zu fordern"): whatever governs it says whether it is called for ("hat nicht vor").
      const endsClause = (span.end === words.length || clauses.some(({ at }) => at === span.end)) && !INFINITIVE_MARKERS.has(words[span.at - 1] ?? '');
      const before =
        endsClause &&
        strongThings.some(
          (thing) =>
            thing.end <= span.at &&
            span.at - thing.end <= IMPLIED_WITHIN.verbAfter &&
            (isArticle(thing.at - 1) || isArticle(thing.at - 1 - IMPLIED_WITHIN.object)) &&
            !opensBetween(clauses, thing.end, span.at),
        );
      // "None of the parties backs a supervised site": no one makes the demand.
      if ((after || before) && !undoneAfter(span) && !negatedSubjectOf(span, sentence, language)) return { cue, framed: true };
    }
  return null;
}

/** Words between the room as subject and its `stays` verb (a modal, an auxiliary, a reflexive: "must", "se", "soit"). */
const STAY_SUBJECT = 2;
/** The longest word that may link the room to its `stays` verb without being its governor ("se", "soit", "sia"). */
const SHORT_LINK = 4;
/** Words between the wish, modal or demand governing a `stays` verb and the verb ("piden ahora que el local se quede"). */
const STAY_WISHED = 8;
/** Words between a `stays` verb and an `undoing` word saying the room is kept shut ("must stay closed", "geschlossen bleiben"). */
const STAY_SHUT = 2;
/** Words between "hands off" and the room ("hands off the room", "giù le mani dalla stanza", "touche pas à ma salle"). */
const HANDS_OFF_BEFORE = 3;

/** The spans of the cues of the claim's parts other than its call: what a construction calls for (the room). */
const thingsOf = (claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): Span[] =>
  language.parts
    .filter((_, index) => index !== claim.calledAt)
    .flat()
    .filter((cue) => sentence.has(cue))
    .flatMap((cue) => spansOf(cue, sentence.words));

/**
 * Does a jussive ("que", "che") open the sentence, the word at `at` in its first clause: "Que la
 * salle soit maintenue", "Que no nos cierren la sala" wish what they say.
 */
function jussiveOver(at: number, sentence: SentenceWords, { jussives }: CompiledLanguage): boolean {
  const { words } = sentence;
  return words.length > 0 && isNegatorIn(jussives, words[0]!) && !opensBetween(sentence.clauses(), 1, at);
}

/**
 * The call to keep the room said with the room as the subject of a verb of staying, or by
 * "hands off" before it, with no cue of the call: a fifth construction of `impliedCall`, framing
 * the call itself.
 * - A `stays` verb ("stay", "bleiben", "rester", "blijven", "se quede", "fique", "resti") whose
 *   subject is the room (a cue of another part ending at most two words before it, no mark
 *   between: "the room must stay", "el local se quede", "la salle soit maintenue"), ending its
 *   clause or going on with where it is (`inPlace`: "dov'è"), and governed by a wish, modal or
 *   demand (`wishes` or the claim's frames, the nearest a few words before it, commas allowed:
 *   "Der Raum muss bleiben", "piden que el local se quede", "querem agora que a sala fique") or
 *   by a jussive opening the sentence ("Que la salle soit maintenue"). A negated governor calls
 *   for nothing ("ne veulent pas que la salle reste"), a negated verb is denied as any cue is
 *   ("the room must not stay"), and one kept shut is no call ("muss geschlossen bleiben").
 *   Without a governor the verb reports ("the room stayed"); with the room after it, someone
 *   else stays ("users must stay in the room for 30 minutes"); a clause going on says how the
 *   room stays ("will stay open until 8pm" is the listed cue's, and holds no frame).
 * - "Hands off" (`handsOff`) a few words before the room: "hands off the room!", "Finger weg
 *   vom Konsumraum", "Giù le mani dalla stanza!".
 */
function keptCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  const stays = language.stays.filter((cue) => sentence.has(cue));
  const handsOff = language.handsOff.filter((cue) => sentence.has(cue));
  if (!stays.length && !handsOff.length) return null;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const rooms = thingsOf(claim, language, sentence);
  if (!rooms.length) return null;
  for (const cue of handsOff)
    for (const span of spansOf(cue, words))
      if (rooms.some(({ at }) => at >= span.end && at - span.end <= HANDS_OFF_BEFORE && !opensBetween(clauses, span.end, at)))
        return { cue: { ...cue, weight: language.strong }, framed: true };
  const breaks = sentence.breaks();
  const governors = [...language.wishes, ...language.frames].flatMap((frame) => spansOf(frame, words).map((span) => ({ frame, span })));
  const shut = language.undoing.flatMap((undo) => spansOf(undo, words));
  for (const cue of stays)
    for (const span of spansOf(cue, words)) {
      // Between the room and the verb only its governor or a short word (a reflexive, an auxiliary: "se", "soit", "sia"): a
      // predicate there says how something stays ("de afspraken over de ruimte ongewijzigd blijven").
      const linking = (at: number): boolean => words[at]!.length <= SHORT_LINK || governors.some(({ span: g }) => g.at <= at && at < g.end);
      const subject = rooms.some(
        ({ end }) =>
          end <= span.at &&
          span.at - end <= STAY_SUBJECT &&
          !opensBetween(clauses, end, span.at) &&
          words.slice(end, span.at).every((_, i) => linking(end + i)),
      );
      const ends = breaks.has(span.end) || language.inPlace.some((place) => matchFrom(place.words, 0, words, span.end) >= 0);
      if (!subject || !ends || shut.some(({ at, end }) => at < span.end + STAY_SHUT && span.at < end + STAY_SHUT)) continue;
      const governor = governors
        .filter(
          ({ span: { at, end } }) =>
            end <= span.at && span.at - end <= STAY_WISHED && !clauses.some((clause) => clause.mark !== ',' && clause.at > at && clause.at <= span.at),
        )
        .sort((a, b) => b.span.at - a.span.at)
        .at(0);
      if (governor ? !frameNegated(governor.frame, sentence, language) : jussiveOver(span.at, sentence, language))
        // Listed with no weight, as the shared words are: the call it says is strong.
        return { cue: { ...cue, weight: language.strong }, framed: true };
    }
  return null;
}

/**
 * The quotes a slogan's word (`slogans`: "read the banner", "steht auf dem Transparent",
 * "scandeerden", "rezaba la pancarta", "scandivano") stands outside of: each is the call of
 * those who carry it, as a demand's frame makes one ("'Keep the room open,' read the banner").
 * Quotes are otherwise read as the sentence's own words, whoever is said to speak them.
 */
function sloganQuotes(sentence: SentenceWords, { slogans }: CompiledLanguage): Span[] {
  const present = slogans.filter((slogan) => sentence.has(slogan));
  if (!present.length) return [];
  const carriers = present.flatMap((slogan) => spansOf(slogan, sentence.words));
  return sentence.quotes().filter((quote) => carriers.some((carrier) => !overlaps(carrier, quote.at, quote.end)));
}

/**
 * The call of a slogan with no verb of permission, in a quote a slogan's word frames: an
 * imperative opening it ("'Open the consumption room,' read the banner", "«Aprite la stanza!»,
 * scandivano") or "now" just after the room, ending it ("„Konsumraum jetzt!“", "«Sala de consumo
 * ya»"), the room's cue in it and no negator or undoing word ("'No room now'", "'Close the room
 * now'" call for nothing). A sixth construction of `impliedCall`, framing the call itself.
 */
function sloganCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): ImpliedCall | null {
  const quotes = sloganQuotes(sentence, language);
  if (!quotes.length) return null;
  const { words } = sentence;
  const rooms = thingsOf(claim, language, sentence);
  const calls = (at: number): CompiledCue | undefined =>
    language.sloganCalls.find((call) => call.words.length === 1 && wordMatches(call.words[0]!, words[at] ?? ''));
  const undone = language.undoing.flatMap((undo) => spansOf(undo, words));
  for (const quote of quotes) {
    const inside = rooms.filter(({ at, end }) => at >= quote.at && end <= quote.end);
    if (
      !inside.length ||
      words.slice(quote.at, quote.end).some((word) => isNegatorIn(language.negators, word)) ||
      undone.some((undo) => overlaps(undo, quote.at, quote.end))
    )
      continue;
    const call =
      (inside.some(({ at }) => at > quote.at) ? calls(quote.at) : undefined) ??
      (inside.some(({ end }) => end + 1 === quote.end) ? calls(quote.end - 1) : undefined);
    if (call) return { cue: { ...call, weight: language.strong }, framed: true };
  }
  return null;
}

/**
 * The words saying a negated wish or plan that governs the `undoing` verb at `undo`, from the
 * negator to the verb, or null: a wish or obligation (`wishes`) or an intention at most a few
 * words before the verb in its statement (commas allowed: "plant nicht, den Konsumraum zu
 * schließen"), refused by a negator beside it or a negative subject, and no other frame between.
 * "The residents do not want the room to close", "n'a pas l'intention de s'opposer à l'ouverture
 * de la salle", "Nobody wants the room to close", "should not close it" call for keeping the
 * room; a negated demand or decision ("did not call for it to close", "hat nicht beschlossen,
 * ihn zu schließen") is only none of closing. The words hold the negator, so that no denial
 * reads it again.
 */
function refusedUndoing(undo: Span, sentence: SentenceWords, language: CompiledLanguage, statementOf: (at: number) => number): string[] | null {
  const { words } = sentence;
  const before = ({ at, end }: Span): boolean => end <= undo.at && undo.at - end <= IMPLIED_WITHIN.undoingWished && statementOf(at) === statementOf(undo.at);
  const spansIn = (cues: readonly CompiledCue[]): Span[] => cues.flatMap((cue) => spansOf(cue, words)).filter(before);
  const wished = spansIn([...language.wishes, ...language.intentions]);
  // The nearest frame before the verb governs it: "does not want more deaths and wants the site closed" refuses nothing,
  // nor does "did not call for the room to close" (a demand's frame, no wish's), a wish's word among it or not.
  const nearest = [...wished, ...spansIn([...language.frames, ...language.callFrames])]
    .sort((a, b) => b.at - a.at || Number(wished.includes(b)) - Number(wished.includes(a)))
    .at(0);
  if (!nearest || !wished.includes(nearest) || sentence.clauses().some(({ at, mark }) => mark !== ',' && at > nearest.at && at <= undo.at)) return null;
  const subjectAt = negativeSubjectAt(nearest, sentence, language);
  // A negator of the frame's own words counts: "hat nicht vor, … zu schließen".
  const ownNegator = words.slice(nearest.at, nearest.end).some((word) => isNegatorIn(language.negators, word));
  if (subjectAt < 0 && !ownNegator && !negatedAt(nearest, sentence, language.negators, language.delays)) return null;
  // From the negative subject, or from far enough before the frame to hold a negator beside it.
  const from = subjectAt >= 0 ? subjectAt : Math.max(0, nearest.at - DENIAL_BEFORE);
  return words.slice(from, undo.end);
}

/**
 * Does a frame stand in a part of the sentence that holds one of the claim's cues? A semicolon,
 * or a comma before a joiner ("but", "while", "aber", "mais"), joins two statements, and a frame
 * in one ("the mayor wants a new bus station"; "residents want more patrols") makes no call of
 * the other ("the room was approved last year"); "campaigners want a room, but the council has
 * yet to approve one" keeps it. A claim with no call part needs only the frame somewhere.
 */
function framesCall(
  frame: CompiledCue,
  claim: CompiledClaim,
  found: readonly CompiledCue[],
  sentence: SentenceWords,
  joiners: readonly CompiledCue[],
): boolean {
  if (claim.calledAt < 0) return true;
  const { words } = sentence;
  return sharesStatement(spanOf(frame, words)?.at ?? 0, found, sentence, joiners);
}

/**
 * Does one of `cues` stand in the statement that holds the word at `at`, where a semicolon, or a
 * comma before a joiner ("but", "aber", "mais", "maar", "pero", "mas", "ma"), ends one statement
 * and opens the next? A sentence of one statement shares it with every cue.
 */
function sharesStatement(at: number, cues: readonly CompiledCue[], sentence: SentenceWords, joiners: readonly CompiledCue[]): boolean {
  const statementOf = statementsOf(sentence, joiners);
  const statement = statementOf(at);
  return cues.some((cue) => {
    const span = spanOf(cue, sentence.words);
    return span !== null && statementOf(span.at) === statement;
  });
}

/** The statement (0, 1, …) of the sentence each word stands in, statements ending at a semicolon or a comma before a joiner. */
function statementsOf(sentence: SentenceWords, joiners: readonly CompiledCue[]): (at: number) => number {
  if (!/[;,]/.test(sentence.text)) return () => 0;
  const { words } = sentence;
  const stops = sentence
    .clauses()
    .filter(({ mark, at }) => mark === ';' || (mark === ',' && joiners.some((joiner) => matchFrom(joiner.words, 0, words, at) >= 0)));
  return (at) => stops.filter((stop) => stop.at <= at).length;
}

/** Words before a frame where a negator refuses it ("does not want", "is not calling for", "no quiere", "non chiede"), and after it ("will nicht", "fordert keinen", "veut pas", "veut surtout pas"). */
const FRAME_NEGATED_BEFORE = 2;
const FRAME_NEGATED_AFTER = 2;
/** Negators that may be another word before a verb: Italian "ne" ("ne chiede l'apertura" asks for it); French "ne" is refused by its "pas" after the verb. */
const CLITIC_NEGATORS = /^(?:ne|n'.*)$/;
/** Words after a negator that make it "not only" ("not only wants", "nicht nur", "non solo", "pas seulement"): the demand stands. */
export const ONLY = new Set([
  'only',
  'just',
  'merely',
  'nur',
  'bloss',
  'alleen',
  'enkel',
  'slechts',
  'seulement',
  'uniquement',
  'solo',
  'solamente',
  'unicamente',
  'so',
  'apenas',
  'somente',
  'soltanto',
]);

/** Does the word at `i` negate (a negator not opening "not only")? */
const negatesAt = (words: readonly string[], i: number, negators: readonly CompiledCue[]): boolean =>
  isNegatorIn(negators, words[i]!) && !ONLY.has(words[i + 1] ?? '');

/**
 * Is the frame negated wherever it stands: a negator just before it or just after it, in its
 * clause, and not one of its own words ("why not")? "The residents' association does not want
 * the room to stay open", "Der Bürgerverein will nicht, dass…", "ne veut pas que…", "no pide una
 * sala" call for nothing; "we want the room, not more arrests" keeps its frame (the negator is
 * the next clause's), so do "not only wants a room" and "we don't want more deaths, we want a
 * room" (the frame again, not negated). A negated opposite ("does not want the room to close")
 * is a call to keep the room, said by `impliedCall` (`refusedUndoing`). A negative subject
 * refuses the frame too (`negatedSubjectOf`).
 */
/** Words between a correction and the cue it brings in ("but expanded", "sondern ausgebaut", "bensì potenziata"). */
const CORRECTED_WITHIN = 2;

/**
 * Does a correction bring in one of `cues` ("should not be wound down but expanded", "ne doit
 * pas être réduite mais étendue"): a correction word, a negator before it in its clause, and
 * the cue just after it? Then the frame's negator denies what the correction replaces, and the
 * frame calls for the cue.
 */
function correctsInto(cues: readonly CompiledCue[], sentence: SentenceWords, { corrections, negators }: CompiledLanguage): boolean {
  const { words } = sentence;
  return cues.some((cue) => {
    const span = spanOf(cue, words);
    if (!span) return false;
    for (let c = Math.max(0, span.at - CORRECTED_WITHIN); c < span.at; c++)
      if (isNegatorIn(corrections, words[c]!) && words.slice(0, c).some((word) => isNegatorIn(negators, word))) return true;
    return false;
  });
}

/** Words after a negator where a verb of waiting makes it the delay's ("no longer wait", "nicht länger zögern", "ne doit plus attendre"). */
const DELAY_AFTER = 3;

/** Does a verb of waiting follow the negator at `at` closely: "niet langer aarzelen" refuses the delay, which urges the call. */
const refusesDelay = (words: readonly string[], at: number, delays: readonly CompiledCue[]): boolean =>
  words.slice(at + 1, at + 1 + DELAY_AFTER).some((word) => isNegatorIn(delays, word));

/** Words after a word of fear where a frame is still what is feared ("vrezen dat de ruimte in Luik moet sluiten"). */
const FEARED_WITHIN = 8;

/**
 * Does every place of the frame stand at most `FEARED_WITHIN` words after a word of fear in its
 * statement: "Hulpverleners vrezen dat de ruimte moet sluiten", "fear that the room will have to
 * close", "befürchten, dass der Raum schließen muss", "temono che la stanza debba chiudere"? The
 * frame is then the threat reported, no call; one in the next statement ("…, but they want it kept
 * open") still calls.
 */
function frameFeared(frame: CompiledCue, sentence: SentenceWords, { fears, joiners, coordinators }: CompiledLanguage): boolean {
  const { words } = sentence;
  const feared = fears.filter((fear) => sentence.has(fear)).flatMap((fear) => spansOf(fear, words));
  if (!feared.length) return false;
  const statementOf = statementsOf(sentence, joiners);
  // A comma may open the feared clause ("befürchten, dass…"); a colon, semicolon or dash ends the fear ("we fear nothing: …").
  const ends = sentence.clauses().filter(({ mark }) => mark !== ',');
  return spansOf(frame, words).every(({ at }) =>
    feared.some(
      (fear) =>
        fear.end <= at &&
        at - fear.end <= FEARED_WITHIN &&
        statementOf(fear.at) === statementOf(at) &&
        !opensBetween(ends, fear.end, at) &&
        // A clause joined after the fear's is not feared: "worried about funding, and they want it kept open".
        !words.slice(fear.end, at).some((word) => isNegatorIn(coordinators, word)),
    ),
  );
}

function frameNegated(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { negators, delays } = language;
  const spans = spansOf(frame, sentence.words);
  return spans.length > 0 && spans.every((span) => negatedAt(span, sentence, negators, delays) || negatedSubjectOf(span, sentence, language));
}

/** Words from a negative subject to the frame it refuses ("Nobody in the town hall calls for", "Ninguno de los concejales defiende"). */
const NEGATIVE_SUBJECT_WITHIN = 8;
/** Nouns after which a negative determiner is an adverbial, not a subject ("no doubt", "kein Wunder", "geen twijfel", "nessun dubbio"). */
const NOT_A_SUBJECT = /^(?:doubt|wonder|matter|zweifel|wunder|frage|twijfel|doute|duda|duvida|dubbio|meraviglia)$/;

/**
 * Is the frame at `span` said of a negative subject: a negative pronoun or determiner
 * (`negativeSubjects`) opening the frame's clause (its first word, or the first after "that" or a
 * joiner), the frame a few words after it with no mark, "that" or correction between? "Nobody in
 * the town hall calls for a room", "Not a single councillor has called for one", "Ninguno de los
 * concejales defiende una sala" call for nothing: no one makes the call. "No one can deny that the
 * city needs a room" keeps it (the frame is the reported clause's), so does "nobody but the mayor
 * wants a room" (the correction names who does), and "no city should be without a room" (a lack
 * after the frame turns the negation round). A negator right beside the frame is `negatedAt`'s.
 */
function negatedSubjectOf(span: Span, sentence: SentenceWords, language: CompiledLanguage): boolean {
  return negativeSubjectAt(span, sentence, language) >= 0;
}

/** Where the negative subject refusing the frame at `span` stands (`negatedSubjectOf`), or -1. */
function negativeSubjectAt(span: Span, sentence: SentenceWords, { negativeSubjects, joiners, corrections, lacking }: CompiledLanguage): number {
  if (!negativeSubjects.some((subject) => sentence.has(subject))) return -1;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const opening = (at: number): boolean =>
    at === 0 ||
    clauses.some((clause) => clause.at === at) ||
    COMPLEMENTIZERS.has(words[at - 1]!) ||
    joiners.some((joiner) => joiner.words.length === 1 && wordMatches(joiner.words[0]!, words[at - 1]!));
  const subject = negativeSubjects
    .flatMap((negative) => spansOf(negative, words))
    .find(
      ({ at, end }) =>
        end <= span.at &&
        span.at - end <= NEGATIVE_SUBJECT_WITHIN &&
        opening(at) &&
        !NOT_A_SUBJECT.test(words[end] ?? '') &&
        !opensBetween(clauses, at + 1, span.at) &&
        !words.slice(end, span.at).some((word) => COMPLEMENTIZERS.has(word) || isNegatorIn(corrections, word)),
    );
  if (!subject) return -1;
  // "No city should be without a room": the lack after the frame, in its clause, turns the negation round.
  const next = clauses.find((clause) => clause.at > span.end)?.at ?? words.length;
  return words.slice(span.end, next).some((word) => isNegatorIn(lacking, word)) ? -1 : subject.at;
}

/** Does a negator refuse the frame at `span` (`frameNegated`)? */
function negatedAt({ at, end }: Span, sentence: SentenceWords, negators: readonly CompiledCue[], delays: readonly CompiledCue[] = []): boolean {
  const { words } = sentence;
  const clauses = sentence.clauses();
  const refuses = (i: number): boolean => negatesAt(words, i, negators) && !refusesDelay(words, i, delays);
  for (let i = Math.max(0, at - FRAME_NEGATED_BEFORE); i < at; i++)
    if (refuses(i) && !CLITIC_NEGATORS.test(words[i]!) && !opensBetween(clauses, i + 1, at)) return true;
  for (let i = end; i < Math.min(words.length, end + FRAME_NEGATED_AFTER); i++) if (refuses(i) && !opensBetween(clauses, end, i)) return true;
  return false;
}

/**
 * Does a negated frame of a call (any claim's: "does not want", "will nicht", "no quiere") govern
 * the call's cue at `call`: stand before it in its clause, or in the clause before one opened by
 * "that" ("will nicht, dass das Gesetz geändert wird")? Then the change it would call for is
 * refused, and a claim said without a frame (the law's change) is not made.
 */
function callRefused(call: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { callFrames, negators } = language;
  if (call === null) return false;
  const { words } = sentence;
  const callAt = spanOf(call, words)?.at ?? -1;
  if (callAt < 0) return false;
  const clauses = sentence.clauses();
  const governs = (span: Span): boolean => clauses.every(({ at }) => at < span.end || at > callAt || COMPLEMENTIZERS.has(words[at] ?? ''));
  // The nearest frame before the call is the one that governs it: "we don't want deaths, we want the law changed" calls.
  return callFrames.some((frame) => {
    if (!sentence.has(frame)) return false;
    const before = spansOf(frame, words).filter((span) => span.end <= callAt);
    const nearest = before.at(-1);
    return nearest !== undefined && (negatedAt(nearest, sentence, negators) || negatedSubjectOf(nearest, sentence, language)) && governs(nearest);
  });
}

/**
 * Does the sentence open with a purpose ("to", "um", "pour", "om", "para", "per", not "pour que") whose clause,
 * up to the first comma or other mark, holds one of the claim's cues (the room, its opening)?
 * Then the rest tells a step towards it ("to run a room, an operator must first obtain a
 * licence"), a procedure, not a call; another claim's call after it stands ("to open a room,
 * the law must change"), and so does a call after a purpose of other words ("to save lives, the
 * city must open a room").
 */
function isPurpose(cues: readonly CompiledCue[], sentence: SentenceWords, { purposes }: CompiledLanguage): boolean {
  const { words } = sentence;
  // An infinitive's purpose: "pour que Lille puisse ouvrir sa salle, il faut…" wishes the room, as "so that" would.
  const opens = purposes.some((purpose) => {
    const end = matchFrom(purpose.words, 0, words, 0);
    return end >= 0 && !COMPLEMENTIZERS.has(words[end] ?? '');
  });
  if (!opens) return false;
  const closes = sentence.clauses()[0]?.at;
  if (closes === undefined || closes >= words.length) return false;
  const purpose = words.slice(0, closes);
  return cues.some((cue) => indexOf(cue, purpose) >= 0);
}

/** Words from another claim's call to a purpose word after it ("chiede una deroga nazionale per"). */
const PURPOSE_AFTER_CALL = 8;

/**
 * The ending of a room's name in the plural, and whether its head is its last word (English,
 * German, Dutch: "consumption rooms", "Konsumräume", "gebruiksruimtes") or its first ("salles de
 * consommation", "salas de consumo", "stanze del consumo").
 */
const PLURAL: Readonly<Record<Lang, { ending: RegExp; headLast: boolean }>> = {
  en: { ending: /s$/, headLast: true },
  de: { ending: /(?:raume|raumen|en)$/, headLast: true },
  fr: { ending: /[sx]$/, headLast: false },
  nl: { ending: /(?:s|en)$/, headLast: true },
  es: { ending: /s$/, headLast: false },
  pt: { ending: /s$/, headLast: false },
  it: { ending: /[ei]$/, headLast: false },
};

/**
 * Purposes told by a finite clause ("so that", "damit", "pour que", "zodat", "para que",
 * "affinché"), after another claim's call as the infinitive's "to" is: "create a legal basis so
 * that cities may run rooms". Not in `purposes`, which `isPurpose` also reads: a finite purpose
 * opening the sentence wishes the room.
 */
const FINITE_PURPOSES: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  en: [['so', 'that']],
  de: [['damit']],
  fr: [
    ['pour', 'que'],
    ['afin', 'que'],
  ],
  nl: [['zodat'], ['opdat']],
  es: [['para', 'que']],
  pt: [['para', 'que']],
  it: [['affinche'], ['perche'], ['in', 'modo', 'che']],
};

/**
 * Modals of capacity or leave ("can", "darf", "puisse", "kan", "pueda", "possa"): beside the
 * room's opening or running in a finite purpose ("damit Leipzig seinen Konsumraum betreiben darf",
 * "so that Leeds can open its room"), the capacity the law is to give, not a call for the room.
 * An approval in the passive ("damit der Konsumraum genehmigt werden kann") stands apart from its
 * modal and still calls for the room.
 */
const CAPACITY_MODALS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['can', 'could', 'may', 'might']),
  de: new Set(['darf', 'durfen', 'durfte', 'durften', 'kann', 'konnen', 'konnte', 'konnten']),
  fr: new Set(['puisse', 'puissent', 'pourra', 'pourront']),
  nl: new Set(['kan', 'kunnen', 'mag', 'mogen', 'kon', 'konden']),
  es: new Set(['pueda', 'puedan', 'pudiera', 'pudieran']),
  pt: new Set(['possa', 'possam', 'pudesse', 'pudessem']),
  it: new Set(['possa', 'possano', 'potesse', 'potessero']),
};

/** The relative pronouns that open a clause about a thing ("a law that…", "ein Gesetz, das…", "una ley que…"). */
const THING_RELATIVES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['that', 'which']),
  de: new Set(['das', 'die', 'welches', 'welche']),
  fr: new Set(['qui']),
  nl: new Set(['die', 'dat']),
  es: new Set(['que']),
  pt: new Set(['que']),
  it: new Set(['che']),
};
/** Words from a law's word to the relative pronoun of its clause ("una ley propia que"). */
const LAW_TO_RELATIVE = 2;
/** Words from a call's cue to the law it governs ("aprobar una nueva ley", "pass a law"). */
const CALL_TO_LAW = 3;

/**
 * Do all the claim's cues stand after a purpose ("to", "um", "pour", "om", "para", "per", or a
 * finite "so that", "damit", "para que") that follows another claim's call in its statement, at
 * most a few words on? Then they tell what that call is for. Rooms in general there (`generic`: a
 * room named in the plural) are the law's purpose: "Le associazioni chiedono al Parlamento di
 * modificare il Testo unico per consentire le stanze del consumo", "a lei tem de ser revista para
 * que as câmaras possam abrir salas" call for the law's change only, while "change the law to
 * allow the room planned for Leeds" calls for that room too. A finite purpose with a modal of
 * capacity beside a cue tells what the law is to let a room do, any room: "eine gesetzliche
 * Grundlage schaffen, damit Leipzig seinen Konsumraum betreiben darf". So do rooms in general in a
 * relative clause of the other call's law, the law's content: "debería aprobar una ley propia que
 * dé cobertura a las salas", "ein Gesetz beschließen, das Konsumräume erlaubt"; the call's cue
 * may govern the law ("aprobar una ley"). A claim the recall aid infers, which lacks a cue of its
 * own call, is the other call's goal whatever it names: "Il Comune di Torino chiede una deroga
 * nazionale per avviare la sperimentazione" asks for the exemption. A room with a call of its own
 * ("change the law and open rooms in Leeds") is no purpose.
 */
function purposeOfOtherCall(
  cues: readonly CompiledCue[],
  sentence: SentenceWords,
  language: CompiledLanguage,
  generic: boolean,
  unblanked: SentenceWords = sentence,
): boolean {
  const { purposes, otherCalls, joiners, roomNouns, plural, lawsOfOtherCall, finitePurposes, thingRelatives, capacityModals } = language;
  if (cues.length === 0) return false;
  const { words } = sentence;
  const spans = cues.map((cue) => spanOf(cue, words));
  if (spans.some((span) => span === null)) return false;
  const starts = spans.map((span) => span!.at);
  const first = Math.min(...starts);
  const statementOf = statementsOf(sentence, joiners);
  // The purpose and the call before it are read as written: an ignored form may blank them ("para que … possam abrir").
  const read = unblanked.words.length === words.length ? unblanked.words : words;
  const inPlural = (from: number, to = words.length): boolean =>
    roomNouns.some((room) =>
      spansOf(room, words).some(({ at, end }) => at >= from && end <= to && plural.ending.test(words[plural.headLast ? end - 1 : at] ?? '')),
    );
  const finite = finitePurposes.flatMap((form) => {
    const found: { at: number; end: number }[] = [];
    for (let i = 0; i + form.length <= read.length; i++) if (form.every((word, k) => read[i + k] === word)) found.push({ at: i, end: i + form.length });
    return found;
  });
  // A modal of capacity just before a cue, or in it or just after ("can open", "betreiben darf", "open kan").
  const capacity = spans.some((span) =>
    [span!.at - 1, ...Array.from({ length: span!.end - span!.at + 1 }, (_, k) => span!.at + k)].some((i) => capacityModals.has(read[i] ?? '')),
  );
  const afterCall = [
    ...purposes.flatMap((purpose) => spansOf(purpose, read)).map((span) => ({ ...span, finite: false })),
    ...finite.map((span) => ({ ...span, finite: true })),
  ].some(({ at, end, finite: isFinite }) => {
    if (at === 0 || end > first || statementOf(at) !== statementOf(first)) return false;
    const before = read.slice(Math.max(0, at - PURPOSE_AFTER_CALL), at);
    return otherCalls.some((call) => indexOf(call, before) >= 0) && (!generic || inPlural(end) || (isFinite && capacity));
  });
  if (afterCall) return true;
  // The law's content: every cue in a relative clause of the law, or the call's cue governing the law just before it.
  const clauses = sentence.clauses();
  return lawsOfOtherCall.some((law) =>
    spansOf(law, words).some(({ at, end }) => {
      let relative = -1;
      for (let i = end; i <= end + LAW_TO_RELATIVE && i < words.length; i++)
        if (thingRelatives.has(words[i]!)) {
          relative = i;
          break;
        }
      if (relative < 0) return false;
      const closes = clauses.find((clause) => clause.at > relative)?.at ?? words.length;
      const inClause = (span: { at: number; end: number }): boolean => span.at > relative && span.end <= closes;
      const governs = (span: { at: number; end: number }): boolean =>
        span.end <= at && at - span.end <= CALL_TO_LAW && statementOf(span.at) === statementOf(at);
      return spans.every((span) => inClause(span!) || governs(span!)) && spans.some((span) => inClause(span!)) && (!generic || inPlural(relative + 1, closes));
    }),
  );
}

/** Words from an intention to the call's cue it governs ("n'envisage pas, à ce stade, de modifier"). */
const INTENTION_BEFORE_CALL = 8;
/** Words before an intention where its negator may stand ("não tem planos", "non ha in programma", "does not, for now, intend"). */
const INTENTION_NEGATED_BEFORE = 5;

/**
 * Is the call's cue governed by a negated intention: an intention or plan (`intentions`) at most
 * a few words before it in its statement, with a negator just before the intention or anywhere
 * between it and the cue, and no frame of a call between? "Le gouvernement n'envisage pas, à ce
 * stade, de modifier le cadre législatif", "não tem planos de alterar a lei", "non ha in
 * programma di modificare la legge", "beabsichtigt derzeit nicht, das Gesetz zu ändern" refuse
 * the change, words (an adverbial, a parenthesis) between the negation and the verb or not. A
 * frame between ("does not intend to stay silent and wants the law changed") opens the call anew.
 * A ruling-out (`rulings`) is such an intention negated by its own word: "the Home Office has
 * ruled out any change to the law", "el Ministerio ha descartado cualquier cambio legislativo",
 * "il governo esclude modifiche alla legge".
 */
function intentionRefused(calls: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage, unblanked: SentenceWords = sentence): boolean {
  const { intentions, rulings, negators, callFrames, joiners } = language;
  // A ruling is read in the sentence before its ignored names are blanked: one that names it ("exclui … alteração") still rules it out.
  const ruled = rulings.some((ruling) => unblanked.has(ruling));
  if (!ruled && !intentions.some((intention) => sentence.has(intention))) return false;
  const { words } = sentence;
  // Every place a cue of the call stands: one the refusal does not govern ("niemand is van plan drugs te legaliseren,
  // maar de Opiumwet moet worden aangepast") keeps the call.
  const callsAt = calls.flatMap((call) => spansOf(call, words).map(({ at }) => at));
  if (callsAt.length === 0) return false;
  const statementOf = statementsOf(sentence, joiners);
  const negatorIn = (from: number, to: number): boolean => {
    for (let i = Math.max(0, from); i < to; i++) if (negatesAt(words, i, negators)) return true;
    return false;
  };
  // A ruling-out carries its own negation: "has ruled out, for now, any change to the law", "descarta reformar la ley". It may
  // close round the call ("schließt eine Gesetzesänderung aus") or follow it ("eine Gesetzesänderung sei ausgeschlossen"); a
  // negated one rules nothing out ("n'exclut pas de modifier la loi", "does not rule out").
  const ruledOut = (callAt: number): boolean =>
    ruled &&
    rulings.some((ruling) =>
      spansOf(ruling, unblanked.words).some((span) => {
        const [from, to] = span.at < callAt ? [span.at, callAt] : [callAt, span.at];
        return (
          to - from <= INTENTION_BEFORE_CALL &&
          statementOf(span.at) === statementOf(callAt) &&
          !framedIn(words, from + 1, to, callFrames) &&
          !negatedAt(span, unblanked, negators)
        );
      }),
    );
  const refused = (callAt: number): boolean =>
    ruledOut(callAt) ||
    intentions.some((intention) =>
      spansOf(intention, words).some(({ at, end }) => {
        if (end > callAt || callAt - end > INTENTION_BEFORE_CALL || statementOf(at) !== statementOf(callAt)) return false;
        if (framedIn(words, end, callAt, callFrames)) return false;
        // The negator may be the intention's own word ("n'envisage"), stand just before it or between it and the call.
        return isNegatorIn(negators, words[at]!) || negatorIn(at - INTENTION_NEGATED_BEFORE, at) || negatorIn(end, callAt);
      }),
    );
  return callsAt.every(refused);
}

/** Words from a restriction's "only" to the word opening its condition ("nur betrieben werden, wenn", "que si", "only operate if"). */
const RESTRICTED_WITHIN = 5;

/**
 * Does the sentence state a condition a law sets: the call's cue (the change; every cue when
 * the recall aid found none of it) in a condition opened
 * (`restrictedTo`: "if", "wenn", "si", "als", "se") a few words after an "only" inside its
 * clause, not opening it, with no frame of a call anywhere? "Nach § 10a BtMG dürfen
 * Drogenkonsumräume nur betrieben werden, wenn das Land eine Rechtsverordnung erlassen hat", "la
 * loi n'autorise ces salles que si un décret est pris", "rooms may only operate if the Home
 * Office grants an exemption" tell the law's content, and call for no change. An argument keeps
 * its call: "rooms can only operate once the law is changed, so the law must change" has its
 * frame; a sentence opening "Only when the law changes can a room open" is `onlyWhen`'s.
 */
function lawsCondition(cues: readonly CompiledCue[], sentence: SentenceWords, { restrictedTo, callFrames, negators }: CompiledLanguage): boolean {
  // The law may be named before, as the restriction's source ("Nach § 10a BtMG", "según la ley"): only the change is looked for.
  if (cues.length === 0 || !restrictedTo.some((opener) => sentence.has(opener))) return false;
  const { words } = sentence;
  if (framedIn(words, 0, words.length, callFrames)) return false;
  const clauses = sentence.clauses();
  const opensClause = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  // French restricts by "ne … que": a "que" with a clitic "ne" before it in its clause.
  const restricts = (i: number): boolean =>
    ONLY.has(words[i]!) ||
    (/^(?:que|qu'.*)$/.test(words[i]!) && words.slice(Math.max(0, i - 6), i).some((word) => CLITIC_NEGATORS.test(word) && isNegatorIn(negators, word)));
  const conditionsAt = words.flatMap((_, i) => {
    if (!restricts(i) || opensClause(i)) return [];
    const after = restrictedTo.flatMap((opener) => spansOf(opener, words)).filter(({ at }) => at > i && at - i <= RESTRICTED_WITHIN);
    return after.map(({ at }) => at);
  });
  if (conditionsAt.length === 0) return false;
  const first = Math.min(...conditionsAt);
  return cues.every((cue) => spansOf(cue, words).every(({ at }) => at > first));
}

/**
 * Does the call's cue stand in a clause that reports a poll's shares: a poll or its respondents
 * (`polls`) in the sentence, and a share of them (`shares`, or a figure) in the cue's clause?
 * "Laut einer Umfrage befürworten 48 Prozent der Befragten einen Konsumraum", "according to a
 * poll, 61 per cent of residents back the site": what a share of those asked supports is the
 * poll's finding, no one's call. A call in another clause stands: "polls show 60 per cent back
 * the rooms, so ministers should allow one"; "campaigners, citing a survey of 2,000 residents,
 * called for a room".
 */
function toldByPoll(call: CompiledCue | null, sentence: SentenceWords, { polls, shares }: CompiledLanguage): boolean {
  if (call === null || !polls.some((poll) => sentence.has(poll))) return false;
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  const sameClause = (at: number): boolean => !opensBetween(clauses, Math.min(at, span.at) + 1, Math.max(at, span.at));
  const figures = words.flatMap((word, i) => (/^\d/.test(word) ? [i] : []));
  const shared = shares.flatMap((share) => spansOf(share, words).map(({ at }) => at));
  return [...figures, ...shared].some(sameClause);
}

/** Words before a call's cue where what tells of hearing it may stand ("had heard the calls for"). */
const RECEIVED_BEFORE = 4;

/**
 * Is the call told as heard or received (`receptions`, just before its cue) and then rejected
 * (`rejections`, after it)? "The mayor said he had heard the calls for a supervised site but was
 * not persuaded", "Der Bürgermeister hat die Forderungen nach einem Konsumraum gehört, ist aber
 * nicht überzeugt": the speaker names others' call to turn it down, and makes none.
 */
function heardAndRejected(call: CompiledCue | null, sentence: SentenceWords, { receptions, rejections, callFrames }: CompiledLanguage): boolean {
  if (call === null || !receptions.some((reception) => sentence.has(reception))) return false;
  const { words } = sentence;
  const span = spanOf(call, words);
  if (!span) return false;
  // A frame between the call and its rejection takes the call up: "residents have heard the calls for a room and back
  // them, but the mayor rejects them" still calls for it.
  const takenUp = (to: number): boolean => framedIn(words, span.end, to, callFrames);
  const rejected = rejections.some((rejection) => spansOf(rejection, words).some(({ at }) => at >= span.end && !takenUp(at)));
  if (!rejected) return false;
  // Before the cue, or (verb last: "die Forderungen nach einem Konsumraum gehört") just after it.
  const near = words.slice(Math.max(0, span.at - RECEIVED_BEFORE), Math.min(words.length, span.end + RECEIVED_BEFORE));
  return receptions.some((reception) => indexOf(reception, near) >= 0);
}

/**
 * Does one of the call claim's cues stand in a clause opened, after a mark, by an alternative
 * ("otherwise", "sonst", "sinon", "anders kan", "de lo contrario", "senão", "altrimenti", "without
 * which", "senza la quale", "only then", "dann kann")? Then it tells what follows if the call
 * before goes unmet, or once it is met, and is no call itself: "the law must change, otherwise
 * no city can open a room"; "the council approved a motion asking for the law's change, without
 * which no room can operate" calls for no room. So is the clause right after an "only when"
 * condition (`onlyWhen`: "Erst wenn der Landtag eine Verordnung erlässt, kann ein Konsumraum
 * öffnen"), and what follows an "or" opening a clause after a call, with a future after it
 * (`orElse`, `consequences`). `cues`: the claim's cues in the sentence (those a recall aid's
 * claim has).
 */
function isAlternative(cues: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { alternatives, onlyWhen, orElse } = language;
  const opens = (list: readonly CompiledCue[]): boolean => list.length > 0 && list.some((cue) => sentence.has(cue));
  if (!opens(alternatives) && !opens(onlyWhen) && !opens(orElse)) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const starts = [0, ...clauses.map((clause) => clause.at)];
  return cues.some((cue) => {
    const span = spanOf(cue, words);
    if (!span) return false;
    const { at } = span;
    // The clause the cue stands in, by its index among the sentence's clauses (0: the sentence's first).
    const own = starts.findLastIndex((start) => start <= at);
    if (own > 0 && openingAt(words, alternatives, [starts[own]!]) >= 0) return true;
    // "Erst wenn der Landtag eine Verordnung erlässt, kann ein Konsumraum öffnen": the clause right after an "only when" condition.
    if (own > 0 && openingAt(words, onlyWhen, [starts[own - 1]!]) >= 0) return true;
    // "Only when the law changes can a room open": with no comma, the inverted modal ends the condition.
    if (afterOnlyWhenModal(span, starts[own]!, words, language)) return true;
    return orElseFollows(at, starts.slice(1, own + 1), words, language);
  });
}

/**
 * Does the cue at `span` end after the modal (`onlyWhenThen`: "can", "kann", "peut", "puede",
 * "pode", "può") that ends an "only when" condition opening its own clause at `start`, with at
 * least a word of condition before it: "Only when the law changes can a room open", "Pas als de
 * wet verandert kan er een ruimte open", "Solo si cambia la ley puede abrir una sala"? Then the
 * cue is the condition's consequence, as in a clause after its comma; so is one whose gap holds
 * the modal ("Seulement quand … la loi une salle … pourra ouvrir").
 */
function afterOnlyWhenModal({ end }: Span, start: number, words: readonly string[], { onlyWhen, onlyWhenThen }: CompiledLanguage): boolean {
  const opener = openingAt(words, onlyWhen, [start]);
  if (opener < 0) return false;
  const conditionAt = Math.max(...onlyWhen.map((cue) => matchFrom(cue.words, 0, words, opener)));
  for (let i = conditionAt + 1; i < end - 1; i++) if (onlyWhenThen.some((modal) => matchFrom(modal.words, 0, words, i) >= 0)) return true;
  return false;
}

/**
 * Does the call's cue at `at` stand after an "or" (`orElse`) opening a clause (one of `opened`,
 * where the clauses up to the cue's open) after a call's frame, with a consequence's future or
 * modal after that "or" ("Westminster has to carve an exemption, or every city that wants a
 * room will be left waiting")? Then the cue tells what follows if the call goes unmet. An "or"
 * with no future after it joins alternatives ("open a room, or a mobile van").
 */
function orElseFollows(at: number, opened: readonly number[], words: readonly string[], { orElse, consequences, callFrames }: CompiledLanguage): boolean {
  if (orElse.length === 0) return false;
  return opened.some((start) => {
    if (openingAt(words, orElse, [start]) !== start) return false;
    const before = words.slice(0, start);
    if (!callFrames.some((frame) => spanOf(frame, before) !== null)) return false;
    const after = words.slice(start + 1, at + CONSEQUENCE_AFTER);
    return consequences.some((consequence) => spanOf(consequence, after) !== null);
  });
}

/** How many words after a call's cue the future of an "or else" may stand ("or every city that wants a room will…", "oder jede Stadt, die einen Raum will, wird…"). */
const CONSEQUENCE_AFTER = 8;

/**
 * Is a weak cue the verb of a `ceasing` phrase ("stop pretending", "dejar de tratar", "smettere
 * di") with no cue of another part of the claim after it in its clause, in what it stops? Then
 * what stops is another activity, not the claim's harm: "families who lost sons to overdoses
 * told him to stop hiding behind reviews" saves no life, while "they stopped dying" and
 * "deixaram de encontrar seringas" keep theirs.
 */
function ceasesOther(cue: CompiledCue, index: number, sentence: SentenceWords, language: CompiledLanguage): boolean {
  if (cue.weight >= language.strong || !language.ceasing.some((ceasing) => sentence.has(ceasing))) return false;
  const { words } = sentence;
  const span = spanOf(cue, words);
  if (!span || !language.ceasing.some((ceasing) => matchFrom(ceasing.words, 0, words, span.at) >= 0)) return false;
  const clauses = sentence.clauses();
  const stopped = words.slice(span.at);
  const stopsHarm = language.parts.some(
    (part, other) =>
      other !== index &&
      part.some((harm) => {
        const found = sentence.has(harm) ? spanOf(harm, stopped) : null;
        // A harm's cue opening on the verb itself goes on past it ("stopped breathing").
        return found !== null && found.end > 1 && !opensBetween(clauses, span.at + 1, span.at + found.at);
      }),
  );
  return !stopsHarm;
}

/** How many words before a harm's cue a word of its rise may stand ("the rise in overdose deaths", "steigende Zahl der Drogentoten"), and after it ("deaths in the city have climbed"). */
/** Words between a contrast ("instead of", "statt") and the reduction or rise it sets aside ("statt zu sinken", "instead of rising"). */
const CONTRASTED_WITHIN = 1;

const RISE_BEFORE = 3;
const RISE_AFTER = 6;

/**
 * Does a measured claim's harm (its part other than the reduction) rise in the sentence ("the
 * death toll climbs", "as mortes voltaram a subir", "steigende Drogentote"), a word of `rising`
 * near its cue in its clause, with no strong cue of the reduction? Then the harm grew, which is
 * no life saved; "deaths had been rising, but since the room opened they have halved" says the
 * reduction (strong, or weak in another clause than the rise) and keeps the claim, and so does a
 * rise set aside by a contrast ("bajan en lugar de subir"). `reduced`: the reduction's cue found, if any.
 */
function risesUnreduced(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords, reduced: CompiledCue | null): boolean {
  if (claim.deniedAt < 0 || (reduced !== null && reduced.weight >= language.strong)) return false;
  if (!language.rising.some((rise) => sentence.has(rise))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  // A rise set aside by a contrast just before it is none: "han caído en lugar de aumentar", "sinkt, statt zu steigen".
  const setAside = language.contrasts.flatMap((contrast) => spansOf(contrast, words).map(({ end }) => end));
  const rises = language.rising
    .flatMap((rise) => spansOf(rise, words).map(({ at }) => at))
    .filter((at) => !setAside.some((end) => end <= at && at - end <= CONTRASTED_WITHIN));
  if (rises.length === 0) return false;
  // A weak reduction in another clause than a rise is said too: "die Zahl der Toten war gestiegen, seither ist sie gesunken".
  const reducedAt = reduced ? indexOf(reduced, words) : -1;
  if (reducedAt >= 0 && rises.every((rise) => opensBetween(clauses, Math.min(rise, reducedAt) + 1, Math.max(rise, reducedAt)))) return false;
  const harms = language.parts.filter((_, index) => index !== claim.deniedAt).flat();
  return harms.some((harm) => {
    if (!sentence.has(harm)) return false;
    return spansOf(harm, words).some(({ at, end }) =>
      rises.some((rise) =>
        rise >= end
          ? rise - end < RISE_AFTER && !opensBetween(clauses, end, rise)
          : at - rise <= RISE_BEFORE && rise < at && !opensBetween(clauses, rise + 1, at),
      ),
    );
  });
}

/**
 * Is the reduction's cue set aside by a contrast just before it ("rises instead of falling",
 * "steigt statt sinkt", "augmente au lieu de baisser", "sube en lugar de bajar")? Then the harm
 * did not fall: the sentence says the opposite of the claim. "Deaths fell rather than rose"
 * keeps it (the contrast sets the rise aside).
 */
function reductionContrasted(reduced: CompiledCue | null, sentence: SentenceWords, { contrasts }: CompiledLanguage): boolean {
  if (reduced === null || !contrasts.some((contrast) => sentence.has(contrast))) return false;
  const { words } = sentence;
  const at = indexOf(reduced, words);
  if (at < 0) return false;
  return contrasts.some((contrast) => spansOf(contrast, words).some(({ end }) => end <= at && at - end <= CONTRASTED_WITHIN));
}

/** Words either side of a reduction's cue where the thing of value it is said of stands ("leur chiffre d'affaires baisser"). */
const VALUE_WITHIN = 3;

/**
 * Is the reduction's cue said of a thing of value (`values`: turnover, takings, prices; not
 * sales nor customers, since drug sales fall as a harm does and customers may be spared one),
 * a few words from it in its clause? "Shopkeepers feared their turnover would fall",
 * "certains commerçants s'inquiétaient de voir leur chiffre d'affaires baisser": what falls is
 * no harm, and no harm is reduced.
 */
function valueFalls(reduced: CompiledCue | null, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { values } = language;
  // A negative cue says a harm stopped ("no longer put off"), not that a figure fell.
  if (reduced === null || isNegative(reduced, language) || !values.some((value) => sentence.has(value))) return false;
  const { words } = sentence;
  const span = spanOf(reduced, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  return values.some((value) =>
    spansOf(value, words).some(({ at, end }) =>
      end <= span.at
        ? span.at - end <= VALUE_WITHIN && !opensBetween(clauses, end, span.at)
        : at >= span.end && at - span.end <= VALUE_WITHIN && !opensBetween(clauses, span.end, at),
    ),
  );
}

/** Words between a verb telling who speaks and the relative pronoun describing the speaker ("said a father who", "sagt ein Vater aus Augsburg, dessen"). */
const SPEAKER_WITHIN = 5;
/** Relative pronouns that are also a complementizer ("que", "che"): one opens a description only after a mark. German and Dutch list only the unambiguous ("dessen", "wiens"): "sagte die Leiterin, der Raum habe…" opens reported speech. */
const AMBIGUOUS_RELATIVE = /^(?:que|che)$/;

/**
 * Do all the claim's cues stand in a description of the speaker: a relative clause opened a few
 * words after a verb telling who speaks, and its speaker ("…, said a father who lost his son to an
 * overdose", "sagt ein Vater, dessen Tochter an einer Überdosis starb", "dice una madre, che ha
 * perso il figlio per overdose")? A death told of the speaker's life is not the room's record.
 * A relative that is also "that" or an article counts only after a mark ("dice el médico que la
 * sala salva vidas" reports the claim).
 */
function toldOfSpeaker(cues: readonly CompiledCue[], sentence: SentenceWords, { tellers, relatives }: CompiledLanguage): boolean {
  if (cues.length === 0 || !tellers.some((teller) => sentence.has(teller)) || !relatives.some((relative) => sentence.has(relative))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const tellersEnd = tellers.flatMap((teller) => spansOf(teller, words).map(({ end }) => end));
  const describedFrom = relatives
    .flatMap((relative) => spansOf(relative, words))
    .filter(
      ({ at }) =>
        (!AMBIGUOUS_RELATIVE.test(words[at]!) || clauses.some((clause) => clause.at === at)) &&
        tellersEnd.some((end) => at > end && at - end <= SPEAKER_WITHIN),
    )
    .map(({ at }) => at);
  if (describedFrom.length === 0) return false;
  const from = Math.min(...describedFrom);
  return cues.every((cue) => spansOf(cue, words).every(({ at }) => at > from));
}

/** What `thenAndNow` gives as the reduction's cue, in the finding's reasons. */
const BYGONE_FORM = '(then … now)';
/** Words from a clause's start where its word of time may stand (after a quote mark's empty word, or "hier"). */
const TIME_OPENS_WITHIN = 2;

/**
 * Is the measured claim's harm told as the past and then set against the present (`gone`): a
 * `formerly` word among the first words of a clause holding a cue of the harm ("Früher lagen
 * hier morgens Spritzen im Sandkasten", "Avant, je ramassais les seringues", "Antes fechávamos
 * a esplanada com gente a injetar-se"), and a later clause opened by a `nowadays` word with no
 * cue of the harm nor a rise in it ("heute finden wir höchstens noch Zigarettenkippen",
 * "maintenant, la pince dort au garage")? Then the harm is gone, which is the reduction.
 * "Früher lagen hier Spritzen, heute liegen dort noch mehr" names the harm again now, with no
 * cue of the reduction nor a negator there: it `persists`, and no claim is made, not even the
 * recall aid's. A now holding a call's frame tells a call, and no harm gone. A dated past ("ten years ago", "damals") is a
 * period's story, not the habit the room ended, so `formerly` holds none.
 */
function thenAndNow(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): 'gone' | 'persists' | null {
  const { formerly, nowadays, rising, callFrames, negators } = language;
  if (!formerly.some((cue) => sentence.has(cue)) || !nowadays.some((cue) => sentence.has(cue))) return null;
  const { words } = sentence;
  const starts = [0, ...sentence.clauses().map((clause) => clause.at)];
  const clauseOf = (at: number): number => starts.findLastIndex((start) => start <= at);
  // The clauses a word of time opens: its own, and the next when the word stands alone before a comma ("Avant, on trouvait…").
  const opening = (list: readonly CompiledCue[]): number[][] =>
    list
      .flatMap((cue) => spansOf(cue, words))
      .flatMap(({ at, end }) => {
        const clause = clauseOf(at);
        if (at - starts[clause]! > TIME_OPENS_WITHIN) return [];
        const next = starts[clause + 1];
        return [next !== undefined && next - end <= 1 ? [clause, clause + 1] : [clause]];
      });
  const harms = language.parts.filter((_, index) => index !== claim.deniedAt).flat();
  const harmClauses = harms.flatMap((cue) => spansOf(cue, words).map(({ at }) => clauseOf(at)));
  const risingClauses = rising.flatMap((cue) => spansOf(cue, words).map(({ at }) => clauseOf(at)));
  const then = opening(formerly).filter((clauses) => clauses.some((clause) => harmClauses.includes(clause)));
  const nows = then.flatMap((past) => opening(nowadays).filter((now) => now[0]! > past.at(-1)!));
  const wordsOf = (now: number[]): string[] => words.slice(starts[now[0]!], starts[now.at(-1)! + 1] ?? words.length);
  const gone = nows.some(
    (now) =>
      !now.some((clause) => harmClauses.includes(clause) || risingClauses.includes(clause)) &&
      // A call now is no harm gone: "antes de que abriera la sala morían…; ahora el ayuntamiento quiere cerrarla".
      !framedIn(words, starts[now[0]!]!, starts[now.at(-1)! + 1] ?? words.length, callFrames),
  );
  if (gone) return 'gone';
  // The harm named again now, with no cue of the reduction nor a negator there, is still there: "vroeger lag hier af en toe
  // een spuit, nu liggen er elke ochtend spuiten" (the recall aid reads the two times as a fall).
  const reduced = language.parts[claim.deniedAt] ?? [];
  const persists = nows.some((now) => {
    const here = wordsOf(now);
    return (
      now.some((clause) => harmClauses.includes(clause)) && !reduced.some((cue) => indexOf(cue, here) >= 0) && !here.some((word) => isNegatorIn(negators, word))
    );
  });
  return persists ? 'persists' : null;
}

/** A year of an event told: "in 2000", "seit 2000", "em 2001". */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Does a measured claim's sentence count its figure over a calendar period ("this year", "in
 * 2023", "last summer") or credit another service ("the naloxone programme", "Housing First"),
 * with no word tying it to the room ("since", "after", the room, its staff)? Then it tells what
 * the period's figures or the service did: "overdose deaths in the city fell this year, the
 * coroner says". A period's zero, a negative cue of the denied part, stays the room's record:
 * "nobody died there last year".
 */
function creditedElsewhere(sentence: SentenceWords, language: CompiledLanguage, denied: CompiledCue | null): boolean {
  const { periods, services, links } = language;
  if (denied && isNegative(denied, language)) return false;
  const counted = periods.some((period) => sentence.has(period)) || sentence.words.some((word) => YEAR.test(word));
  return (counted || services.some((service) => sentence.has(service))) && !links.some((link) => sentence.has(link));
}

/**
 * Does the sentence date what it tells by a year ("in 2000", "im Jahr 2000", "en 2016", "em
 * 2001"), or name the call's cue by its year ("the 2017 reform"), and hold no call's frame?
 * Then a change of the law or a room's approval in it was done or will be, and is told of, not
 * called for: "Parliament amended the law in 2000"; "the law must change by 2027" keeps its
 * frame and its call. A frame inside the call's own cue ("let" in "let the room open") is none here.
 * `call` is null for a claim the recall aid inferred without a cue of its call.
 */
function toldAsDated(sentence: SentenceWords, { dated, callFrames }: CompiledLanguage, call: CompiledCue | null): boolean {
  const { words } = sentence;
  const isDate = (word: string, i: number): boolean => i > 0 && YEAR.test(word) && isNegatorIn(dated, words[i - 1]!);
  // Or the call's cue itself named by its year: "the 2017 reform", "die Gesetzesänderung von 2000".
  const span = call && spanOf(call, words);
  const named = !!span && (YEAR.test(words[span.at - 1] ?? '') || YEAR.test(words[span.end + 1] ?? ''));
  // A frame that is a word of the call's own cue frames nothing beyond it: "let" in "the council let the room open in 2019",
  // a past as English spells its imperative.
  const outsideCall = ({ at, end }: Span): boolean => !span || at < span.at || end > span.end;
  return (named || words.some(isDate)) && !callFrames.some((frame) => spansOf(frame, words).some(outsideCall));
}

/**
 * Is the frame a verb of letting (`permissives`: "let", "laiss*", "dej*") told rather than
 * urged: neither opening its clause, after at most one word ("Let the room open", "so let it
 * open", "dus laat de stad…"), nor after a coordinator or "that" ("… and let a room open", "que
 * dejen abrir")? "The council let the room open last spring", "le conseil a laissé la salle
 * ouvrir" tell a permission given, which is no call, as a reported approval is none; "was right
 * to let it open" keeps the call through its own frame.
 */
function toldPermission(frame: CompiledCue, sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { words } = sentence;
  if (!language.permissives.some((verb) => verb.words.length === 1 && wordMatches(verb.words[0]!, frame.words[0]!))) return false;
  const clauses = sentence.clauses();
  const opens = (at: number): boolean => at === 0 || clauses.some((clause) => clause.at === at);
  const imperative = ({ at }: Span): boolean =>
    opens(at) ||
    opens(at - 1) ||
    // "que dejen abrir", "que nos dejen abrirla": a wish's subjunctive, a clitic between.
    COMPLEMENTIZERS.has(words[at - 1] ?? '') ||
    COMPLEMENTIZERS.has(words[at - 2] ?? '') ||
    [...language.coordinators, ...language.joiners].some((word) => matchFrom(word.words, 0, words, at - 1) === at);
  return !spansOf(frame, words).some(imperative);
}

/** Words from a wish to the room it governs, and from the room to the undoing word after it ("veulent voir la salle fermée"). */
const WISHED_UNDONE_WITHIN = 3;

/**
 * Is the room the object of a wish whose complement undoes it (`undoing` after the room in the
 * wish's clause): "the police want a supervised injection site closed", "wollen den Konsumraum
 * geschlossen sehen", "veulent voir la salle fermée", "wil de gebruiksruimte weg", "quieren la
 * sala cerrada"? Then the wish is against the room, and no call for it. A negated wish ("do not
 * want the room closed") is left to the refused undoing, and a call's cue between the room and
 * the undoing ("want the room kept open rather than closed") keeps the call, as does a new room
 * ("une nouvelle salle fermée le dimanche": its hours).
 */
function wishedUndone(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): boolean {
  if (claim.calledAt < 0 || !language.undoing.some((cue) => sentence.has(cue))) return false;
  const { words } = sentence;
  const clauses = sentence.clauses();
  const spansIn = (cues: readonly CompiledCue[]): Span[] => cues.filter((cue) => sentence.has(cue)).flatMap((cue) => spansOf(cue, words));
  const rooms = spansIn(language.parts.filter((_, index) => index !== claim.calledAt).flat());
  const calls = spansIn(language.parts[claim.calledAt]!);
  const undone = spansIn(language.undoing).filter(({ at }) => !words.slice(Math.max(0, at - 2), at).some((word) => isNegatorIn(language.negators, word)));
  return spansIn([...language.wishes, ...language.objectCalls]).some(
    (wish) =>
      !negatedAt(wish, sentence, language.negators) &&
      negativeSubjectAt(wish, sentence, language) < 0 &&
      rooms.some(
        (room) =>
          room.at >= wish.end &&
          room.at - wish.end <= WISHED_UNDONE_WITHIN &&
          // A room yet to be is not one to close: "réclament une nouvelle salle fermée le dimanche" asks for its hours.
          !words.slice(wish.end, room.at).some((word) => isNegatorIn(language.novelties, word)) &&
          undone.some(
            (undo) =>
              undo.at >= room.end &&
              undo.at - room.end <= WISHED_UNDONE_WITHIN &&
              !opensBetween(clauses, wish.end, undo.at) &&
              !calls.some((call) => call.at >= room.end && call.end <= undo.at),
          ),
      ),
  );
}

/** Words between a generic opener and a call's cue that is the verb right after it ("any city that finally opens", "chi apre"). */
const GENERIC_BEFORE = 1;
/** Words after a call's cue to the mark that ends the generic's clause, when its verb comes last ("wer … einen Konsumraum eröffnen will,"). */
const GENERIC_VERB_LAST = 2;
/** Words after a call's cue where what it would amount to may start ("abrir una sala de consumo junto al mercado significaría"). */
const SUPPOSED_AFTER = 8;

/** Is any of the call's cues in the sentence supposed rather than called for (`callSupposed`)? */
function anyCallSupposed(part: readonly CompiledCue[], sentence: SentenceWords, language: CompiledLanguage): boolean {
  const { generics, suppositions } = language;
  if (!generics.some((generic) => sentence.has(generic)) && !suppositions.some((supposition) => sentence.has(supposition))) return false;
  // Any of the call's cues, not only the strongest: "Wer einen Konsumraum eröffnen will, braucht eine Erlaubnis" tells a procedure through "eröffnen".
  return part.some((cue) => sentence.has(cue) && callSupposed(cue, sentence, language));
}

/**
 * Is the call's cue supposed rather than called for: the verb of a generic subject opening its
 * clause ("Until Congress amends the statute, any city that opens a site is exposing its
 * nurses…", "Wer Fixerstuben einrichtet, …", "chi apre una stanza…", but not "chi governa
 * Milano deve aprire una stanza", a call on whoever governs), or said, in its own
 * clause, to amount to something ("opening a room would mean…", "aprire una stanza
 * significherebbe…", or opening the next, "einen Raum zu eröffnen, hieße…")? Then it tells what
 * doing it would be, and makes no call; "…open a room, which would mean fewer deaths" keeps it.
 */
function callSupposed(cue: CompiledCue, sentence: SentenceWords, { generics, suppositions }: CompiledLanguage): boolean {
  const { words } = sentence;
  const span = spanOf(cue, words);
  if (!span) return false;
  const clauses = sentence.clauses();
  const starts = [0, ...clauses.map(({ at }) => at)].filter((start) => start < span.at);
  const generic = starts.some((start) =>
    generics.some((opener) => {
      const end = matchFrom(opener.words, 0, words, start);
      if (end < 0 || end > span.at || opensBetween(clauses, end, span.at)) return false;
      // Its verb: just after it ("any city that opens"), or last in its clause ("Wer in Bayern einen Konsumraum eröffnet, …").
      return span.at - end <= GENERIC_BEFORE || span.end + GENERIC_VERB_LAST >= words.length || opensBetween(clauses, span.end, span.end + GENERIC_VERB_LAST);
    }),
  );
  if (generic) return true;
  const after = words.slice(span.end, span.end + SUPPOSED_AFTER + 1);
  return suppositions.some((supposition) => {
    const found = spanOf(supposition, after);
    if (found === null || found.at > SUPPOSED_AFTER) return false;
    const at = span.end + found.at;
    // In its own clause, or opening the next (no mark before it but the one it follows): the infinitive before the comma is what it speaks of.
    return !opensBetween(clauses, span.end, at - 1);
  });
}

/** Does a clause open at a word from `from` to `to`, so that a mark stands between the words before `from` and the word at `to`? */
export function opensBetween(clauses: readonly ClauseMark[], from: number, to: number): boolean {
  return clauses.some(({ at }) => at >= from && at <= to);
}

/** Does a condition stand within the few words before the negator at `negatorAt`, or end with it ("mientras no")? */
function isConditional(words: readonly string[], negatorAt: number, conditions: readonly CompiledCue[]): boolean {
  const leading = words.slice(Math.max(0, negatorAt - CONDITION_BEFORE), negatorAt + 1);
  return conditions.some((condition) => indexOf(condition, leading) >= 0);
}

/** Words at a clause's opening where an asker or "whether" may stand: the first, or the second after "but", "und", "mais", "pero"… */
const OPENING_WORDS = 2;

/** The index of the first cue of `cues` that starts among the opening words of a clause starting at one of `starts`, or -1. */
function openingAt(words: readonly string[], cues: readonly CompiledCue[], starts: readonly number[] = [0]): number {
  for (const start of starts)
    for (let i = start; i < Math.min(start + OPENING_WORDS, words.length); i++) if (cues.some((cue) => matchFrom(cue.words, 0, words, i) >= 0)) return i;
  return -1;
}

/** A sentence holding a question mark, as word indices: where its clauses open, and where the question itself does. */
interface Question {
  /** Its start and after each comma, semicolon, colon or dash: an asker may open any ("…, warum also…?"). */
  readonly clauseStarts: readonly number[];
  /** After the last semicolon, colon or dash before the question mark: what comes before is said, not asked. */
  readonly asksFrom: number;
}

function questionOf(sentence: SentenceWords): Question {
  const clauses = sentence.clauses();
  const asked = sentence.text.lastIndexOf('?');
  let asksFrom = 0;
  for (const { at, mark, index } of clauses) if (mark !== ',' && index < asked) asksFrom = at;
  return { clauseStarts: [0, ...clauses.map(({ at }) => at)], asksFrom };
}

/**
 * Does the sentence report an open question ("soll eine Studie klären, ob…", "reste à savoir si…",
 * "Ob der Raum Leben rettet, …")? What it asks about is not claimed, whatever else it says.
 */
function asksIndirectly(sentence: SentenceWords, { openQuestions, whether }: CompiledQuestions): boolean {
  return openQuestions.some((frame) => sentence.has(frame)) || openingAt(sentence.words, whether) >= 0;
}

/**
 * A question asks whether the claim holds ("Will the room reduce deaths?", "La salle
 * réduira-t-elle les décès ?") and so makes none, unless it is rhetorical: an asker opening it
 * or one of its clauses (who, why, how many: "wer will bestreiten, dass…", "¿cuántas muertes
 * más…?", "…, so why are we still locking them up?"), held in a
 * rhetorical frame ("is it any wonder that…"), or negated ("isn't it time…", "why not…"). The
 * rhetorical one's asker and proposal, or null for an open question.
 */
function rhetoricalQuestion(
  sentence: SentenceWords,
  { negators, questions }: CompiledLanguage,
  clauseStarts: readonly number[],
): { askerAt: number; proposal: Span | null } | null {
  const { words } = sentence;
  // "… or not?" asks either way: its negator makes no rhetorical question.
  if (questions.eitherWay.some((frame) => sentence.has(frame))) return null;
  const askerAt = openingAt(words, questions.askers, clauseStarts);
  const proposalCue = questions.proposals.find((proposal) => sentence.has(proposal));
  const proposal = proposalCue ? spanOf(proposalCue, words) : null;
  const rhetorical =
    askerAt >= 0 || proposal !== null || questions.rhetorical.some((frame) => sentence.has(frame)) || words.some((word) => isNegatorIn(negators, word));
  return rhetorical ? { askerAt, proposal } : null;
}

/** How many words may stand between a question's waiting and the thing waited for after it ("encore attendre sa halte"). */
const AWAITED_WITHIN = 2;

/**
 * A rhetorical question that a place still waits for what a call claim calls for, or may not have
 * it, calls for it: "If Glasgow can run a room, why is Dundee still being told to wait for one?",
 * "Combien de temps Lille devra-t-elle encore attendre sa halte ?", "¿De verdad alguien cree que
 * Sevilla puede seguir sin una sala?". The waiting is the call's cue and its frame; an open
 * question ("Will Leeds open a room?") or one with no waiting ("How long do users wait?", no
 * rhetorical mark) calls for nothing. The waiting cue, or null.
 */
function awaitedCall(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords, question: Question): CompiledCue | null {
  if (!claim.isCall || language.frames.length === 0) return null;
  const { awaited, awaitedOwn } = language.questions;
  const { words } = sentence;
  // What is waited for names the claim's thing: a cue of another part just after the waiting ("seguir sin una sala", "noch
  // auf einen Konsumraum warten"), not the users' waiting at the room ("why are users still waiting outside the room?"),
  // a room without a director, or what may not be done in it ("warum darf im Konsumraum kein Alkohol…").
  const others = language.parts.filter((_, index) => index !== claim.calledAt).flat();
  const namesAfter = ({ end }: Span): boolean => others.some((cue) => spansOf(cue, words).some(({ at }) => at >= end && at - end <= AWAITED_WITHIN));
  const waiting = awaitedOwn.find((cue) => sentence.has(cue)) ?? awaited.find((cue) => sentence.has(cue) && spansOf(cue, words).some(namesAfter));
  return waiting && rhetoricalQuestion(sentence, language, question.clauseStarts) ? { ...waiting, weight: language.strong } : null;
}

/** Does `sentence` answer the question before it yes: is its first or last word a yes of the language (of any, the language unknown)? */
function answersYes(sentence: string, lang: Lang | null, answers: CompiledClaims['answers']): boolean {
  const words = sentence
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}+/gu);
  if (!words) return false;
  const yes = (word: string): boolean => (lang ? [lang] : LANGS).some((l) => answers.get(l)!.has(word));
  return yes(words[0]) || yes(words.at(-1)!);
}

/**
 * Titles and abbreviations of the seven languages whose full stop ends no sentence ("Dr. Meier",
 * "M. Dupont", "z. B.", "Sra. Gómez"), folded to lower case; a single letter is an initial.
 */
const ABBREVIATIONS = new Set('mr mrs ms dr prof st nr vs hr fr mme mlle sr sra srta dra dott dssa sig ing avv dhr mevr mw ca bzw bzgl vgl z e g'.split(' '));

/** Does the full stop at `at` end a title, an abbreviation or an initial rather than a sentence? */
function endsAbbreviation(text: string, at: number): boolean {
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
  return word !== undefined && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word === word.toUpperCase()));
}

/**
 * Sentences of `text` with their offsets: ends at . ! ? … (and closing quotes), or a line break; not at a title's or initial's full stop.
 * A French closing quote set off by a space ("! »") closes with the mark, and one its speaker follows ("« Ouvrez la salle ! »,
 * scandaient-ils") ends nothing.
 */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  const END = /[.!?…]+[ \u00a0\u202f][»”](?=\s|$)|[.!?…]+["”»’'")\]]*(?=\s|$)(?![ \u00a0\u202f][»”])|\n+/g;
  let start = 0;
  for (const found of text.matchAll(END)) {
    if (found[0] === '.' && endsAbbreviation(text, found.index)) continue;
    const end = found.index + found[0].length;
    pushTrimmed(text, start, end, sentences);
    start = end;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

/**
 * Every sentence of `prose` that makes a claim, best first within a sentence, in page order.
 * `storyIsAboutTopic` is asked once per owner, and only for prose that has a candidate: a
 * sentence the cues made a claim of, or, with a recall aid, one in a known language they made none of.
 */
export function findClaims<Owner>(
  prose: readonly ClaimProse<Owner>[],
  compiled: CompiledClaims,
  storyIsAboutTopic: (owner: Owner) => boolean,
): ClaimFinding<Owner>[] {
  const about = new Map<Owner, boolean>();
  const isAbout = (owner: Owner): boolean => {
    let answer = about.get(owner);
    if (answer === undefined) {
      answer = storyIsAboutTopic(owner);
      about.set(owner, answer);
    }
    return answer;
  };
  const findings: ClaimFinding<Owner>[] = [];
  for (const { text, owner, lang } of prose) {
    const sentences = sentencesOf(text);
    for (const [index, { start, end }] of sentences.entries()) {
      const sentence = text.slice(start, end);
      const words = new SentenceWords(foldedWords(sentence), sentence);
      // A question mark anywhere: a question quoted before its speaker ("…?», pergunta a vereadora") still asks,
      // unless the next sentence answers it yes ("…? The residents say yes.").
      const next = sentences[index + 1];
      const question = sentence.includes('?') && !(next && answersYes(text.slice(next.start, next.end), lang, compiled.answers)) ? questionOf(words) : null;
      const inSentence: { claim: CompiledClaim; finding: ClaimFinding<Owner>; weights: readonly number[] }[] = [];
      for (const claim of compiled.claims) {
        const langs = lang ? [lang] : LANGS;
        // With the language unknown, another debate's words in any language rule it out.
        const allCounters = lang ? null : [...claim.langs.values()].flatMap((l) => l.counter);
        let best: { finding: ClaimFinding<Owner>; weights: readonly number[] } | null = null;
        for (const l of langs) {
          const language = claim.langs.get(l)!;
          const verdict = judge(claim, language, words, allCounters ?? language.counter, question);
          if (verdict && (!best || verdict.score > best.finding.score))
            best = { finding: { claimId: claim.id, owner, start, end, sentence, lang: l, score: verdict.score, cues: verdict.cues }, weights: verdict.weights };
        }
        if (best) inSentence.push({ claim, ...best });
      }
      // A claim whose words another claim made here shares, and which argues the other way, is not made;
      // nor one whose weak part ("in the neighbourhood") only places what another claim made here says ("fewer overdose deaths").
      const made = new Set(inSentence.map(({ claim }) => claim.id));
      const yields = ({ claim, weights }: (typeof inSentence)[number]): boolean =>
        claim.yieldsTo.some((id) => made.has(id)) ||
        (claim.weakYield !== null && weights[claim.weakYield.at]! < claim.weakYield.strong && claim.weakYield.to.some((id) => made.has(id)));
      const kept = inSentence.filter((found) => !yields(found)).map(({ finding }) => finding);
      if (!kept.length && compiled.aid && lang && isAbout(owner))
        kept.push(...inferClaims(compiled.claims, compiled.aid, { owner, start, end, sentence, lang }, words, question));
      if (kept.length && isAbout(owner)) findings.push(...kept.sort((a, b) => b.score - a.score));
    }
  }
  return findings;
}

/** Does `text` hold a cue of some part of the claim `claimId` in `lang`: is it a sentence the recall aid, needing one, may judge? */
export function cuesAPart(compiled: CompiledClaims, claimId: string, lang: Lang, text: string): boolean {
  const sentence = new SentenceWords(foldedWords(text), text);
  const language = compiled.claims.find((claim) => claim.id === claimId)?.langs.get(lang);
  return language !== undefined && language.parts.some(partCued(sentence));
}

/**
 * The claims the recall aid gives a sentence whose cues made none, in its known language: each
 * whose probability reaches its threshold and which the finder's vetoes leave standing, scored
 * by its probability, with the cues it has and the words it was inferred from.
 */
function inferClaims<Owner>(
  claims: readonly CompiledClaim[],
  aid: RecallAid,
  at: { owner: Owner; start: number; end: number; sentence: string; lang: Lang },
  words: SentenceWords,
  question: Question | null,
): ClaimFinding<Owner>[] {
  return claims.flatMap((claim) => {
    const inference = aid.infer(at.lang, claim.id, words.words, at.sentence);
    if (!inference || inference.probability < inference.threshold) return [];
    const language = claim.langs.get(at.lang)!;
    const verdict = judge(claim, language, words, language.counter, question, { needsCue: aid.needsCue });
    if (!verdict) return [];
    return [{ claimId: claim.id, ...at, score: inference.probability, cues: verdict.cues, inferredFrom: inference.words }];
  });
}
