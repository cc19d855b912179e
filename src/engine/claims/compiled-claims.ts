/**
 * The claims model as the finder reads it, and the step that compiles claims.json into it: per
 * claim and language, each part's cues and the words every rule shares (negators, frames,
 * conditions…), compiled once. Apart so that the rules read one typed shape, never the data's.
 */
import type { Claim, Claims } from '../../data/claims-schema';
import { LANGS, type Lang } from '../../data/lexicon-schema';
import { compileCue, compileForms, type CompiledCue, whenAsked } from './cues';
import { type AvertedWords, compileAverted } from './averted-death';
import { compileIllnessWords, type IllnessWords } from './illness-analogy';
import { compileFutileEnforcement, type FutileEnforcementWords } from './enforcement-removed-nothing';

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
  /** Talk of something ruled out ("kann keine Rede sein"): a dispute of the claim only in its own clause. */
  readonly ruledOut: readonly CompiledCue[];
  /** What names a claim as something said ("the claim that", "l'idée selon laquelle"): with a rebuttal after its cues, the claim is reported rejected. */
  readonly hearsay: readonly CompiledCue[];
  /** What rejects a claim named before it ("is contradicted", "no se sostiene", "è smentita"). */
  readonly rebuttals: readonly CompiledCue[];
  /** The record set against a claim named before it, read in order: a contrast, a record's noun, a verb of showing (optional), a word of more, the same or a rise. */
  readonly recordAgainst: RecordWords;
  /** Words of evidence or proof ("evidence", "Beleg*"): a negator before one in its clause denies the claim its proof, as a dispute. */
  readonly unproven: readonly CompiledCue[];
  /** Verbs of finding ("found", "zeigte", "encontró"): denied just before a "that" they open, what they report is disputed. */
  readonly findings: readonly CompiledCue[];
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
  /** Words after the room denying it a part in an effect ("playing no part", "keine Rolle"). */
  readonly noPart: readonly CompiledCue[];
  /** The first word of a correlative denial ("neither", "weder", Dutch "noch"): a cue after it in its clause is denied. */
  readonly correlatives: readonly CompiledCue[];
  /** Ways out of drug use, the room's kit, names of surrender, and the room's names (`exitAgainstKit`). */
  readonly exits: readonly CompiledCue[];
  readonly kits: readonly CompiledCue[];
  readonly surrenders: readonly CompiledCue[];
  readonly facilities: readonly CompiledCue[];
  /** Words that, opening a sentence, make its first clause a condition ("if", "sollte", "si"). */
  readonly hypotheses: readonly CompiledCue[];
  /** Words that, opening a sentence, make its first clause a purpose ("to", "pour", "para"): a claim's own call cue in it names a goal, not a call. */
  readonly purposes: readonly CompiledCue[];
  /** Words of necessity ("il faut", "é preciso"): where a main clause opens after an opening purpose. */
  readonly necessities: readonly CompiledCue[];
  /** Times a thing is due ("im Herbst", "next year"): a frame in a relative clause holding one tells a schedule, not a call. */
  readonly schedules: readonly CompiledCue[];
  /** Modals that may tell what is due ("should", "soll", "devrait"): only these frames can tell a schedule. */
  readonly dueModals: readonly CompiledCue[];
  /** Modals that tell a plan in any clause ("soll", "solle"). */
  readonly plannedModals: readonly CompiledCue[];
  /** Verbs asking someone to do something ("asking Parliament to"): the "to" after one is their complement, not a purpose. */
  readonly requests: readonly CompiledCue[];
  /** Words that, opening a clause after a comma, join a second statement ("but", "aber", "mais"): a frame in one calls for nothing of the other. */
  readonly joiners: readonly CompiledCue[];
  /** Words that, opening a clause after a mark, tell what follows if the call before goes unmet or once it is met ("otherwise", "without which", "only then", "sonst"): a call claim's cue in one is a consequence. */
  readonly alternatives: readonly CompiledCue[];
  /** Words that date an event by the year after them ("in 2000", "seit 2000"): with no call's frame, a call claim's sentence tells of it. */
  readonly dated: readonly CompiledCue[];
  /** A change of the law told as done ("had amended", "geändert hatte", "a modifié"): told of, not called for. */
  readonly completedChanges: readonly CompiledCue[];
  /** A bill told at a stage of its passage ("passed its second reading", "verabschiedet", "foi aprovado"): reported, not called for. */
  readonly billStages: readonly CompiledCue[];
  /** A bill and the relative word opening its description ("the bill that"): a call's frame there is the bill's content. */
  readonly describedBills: readonly CompiledCue[];
  /** The same where the relative word is also an article (German "der Gesetzentwurf, der"): only with the comma before it. */
  readonly describedBillsMarked: readonly CompiledCue[];
  /** Calendar periods a figure is counted over ("this year", "im vergangenen Jahr"): with no `links` word, a measured claim's sentence reports the period's figures. */
  readonly periods: readonly CompiledCue[];
  /** The seasons and months ("winter", "Frühjahr"): after "since", a time, not the room's opening. */
  readonly timesOfYear: readonly CompiledCue[];
  /** What ties a figure to the room ("since", "after", "room", "seit", "depuis"). */
  readonly links: readonly CompiledCue[];
  /** Other services a measured effect may be credited to ("naloxone", "needle exchange", "Housing First", "CCTV"). */
  readonly services: readonly CompiledCue[];
  /** The `links` that name the room or its people ("room", "staff", "we"), not merely an event ("since", "after"): beside a service, only one of them keeps the effect the room's. */
  readonly roomLinks: readonly CompiledCue[];
  /** The rest of the `links` ("since", "after", "thanks"): they tie a figure to whatever follows them. */
  readonly connectives: readonly CompiledCue[];
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
  /** Complaints ("complain*", "beklag*", "se plaignent"): a harm complained of, with no cue of the reduction, is no measured claim of the recall aid. */
  readonly complaints: readonly CompiledCue[];
  /** A harm found still there ("still find", "weiterhin", "trouvent encore"): as a complaint, no measured claim of the recall aid. */
  readonly stillThere: readonly CompiledCue[];
  /** A count still to be made ("will count", "va compter"): a harm just after it, with no cue of the reduction, is no measured claim of the recall aid. */
  readonly countingPlans: readonly CompiledCue[];
  /** A course whose subject follows ("training in", "formation sur"): as a count still to be made, no measured claim of the recall aid. */
  readonly trainings: readonly CompiledCue[];
  /** Openings naming a law as a requirement's source ("under the current law", "nach § 10a BtMG"): a sentence opening so calls for nothing. */
  readonly underLaw: readonly CompiledCue[];
  /** Words of the same measure ("the same proportion", "ähnlich stark"): after a contrast, a fall said alike elsewhere. */
  readonly alike: readonly CompiledCue[];
  /** Words placing that fall elsewhere ("without", "elsewhere", "ohne", "ailleurs"): one must stand near it. */
  readonly alikeWhere: readonly CompiledCue[];
  /** Words adding another effect after the contrast ("also", "auch", "aussi"): then the fall alike is the room's too. */
  readonly alikeAlso: readonly CompiledCue[];
  /** Modals of ability ("can", "kann", "peut", "kan", "puede", "pode", "può"): a call's cue denied to all stands under one. */
  readonly abilities: readonly CompiledCue[];
  /** Words of certainty that hold a negator ("no doubt", "sans aucun doute", "sin ninguna duda"): the negator denies the doubt, not a cue. */
  readonly certainties: readonly CompiledCue[];
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
  /** Finite preconditions ("before", "bevor", "avant que"), word by word (`FINITE_PRECONDITIONS`): a purpose only with a modal of capacity. */
  readonly finitePreconditions: readonly (readonly string[])[];
  /** Relative pronouns opening a clause about a thing (`THING_RELATIVES`). */
  readonly thingRelatives: ReadonlySet<string>;
  /** Modals of capacity or leave (`CAPACITY_MODALS`). */
  readonly capacityModals: ReadonlySet<string>;
  /** Strongly negative judgements ("madness", "Wahnsinn", "une folie"): beside an `undoing` verb, the call said by its opposite. */
  readonly follies: readonly CompiledCue[];
  /** Object pronouns ("it", "ihn", "la"): by an `undoing` verb, or joined to it ("cerrarla"), they name the room said before. */
  readonly objectPronouns: readonly CompiledCue[];
  /** Words that may follow a pronoun call ("in", "now", "ya"): places and times, not the verb's own object. */
  readonly pronounCallFollowers: readonly CompiledCue[];
  /** Words correcting a negated word with the next ("but", "sondern", "sino"): a negator before one denies no cue after it. */
  readonly corrections: readonly CompiledCue[];
  /** Verbs of waiting or hesitating ("wait", "zögern", "aarzelen"): a negator just before one refuses the delay, not a frame or cue. */
  readonly delays: readonly CompiledCue[];
  /** Words that say an effort achieved nothing ("did nothing to", "rien fait pour"): the denied part's cue after one is denied. */
  readonly inVain: readonly CompiledCue[];
  /** Words that say a harm moved or turned up elsewhere ("moved to", "verlagert", "déplacé"): with no room named after one, a fall is displacement. */
  readonly displacements: readonly CompiledCue[];
  /** Words of inside ("indoors", "nach drinnen", "al chiuso"): after a displacement, the harm taken in, not moved on. */
  readonly indoors: readonly CompiledCue[];
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
  /** Words placing a service at the room ("around", "outside", "autour de"): a call for the service there is no call for the room. */
  readonly servicePlacings: readonly CompiledCue[];
  /** Words sending the room away in a slogan ("out of", "raus aus", "fuera de"): no call for it. */
  readonly sloganAway: readonly CompiledCue[];
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
  /** Imperatives of a call's verbs: opening their clause, they frame the call they open ("Keep the room open"). */
  readonly imperatives: readonly CompiledCue[];
  /** Words an imperative may follow and still open its clause ("please", "alors"). */
  readonly imperativeOpeners: readonly CompiledCue[];
  /** "And": after an imperative, it joins a consequence ("Open a room, and the dealers will come"). */
  readonly imperativeConsequences: readonly CompiledCue[];
  /** Words making a harm few ("the odd", "einzelne"): a measured effect conceded in small. */
  readonly minimizers: readonly CompiledCue[];
  /** Words turning against a concession ("but", "nur", "reste que"). */
  readonly concessionTurns: readonly CompiledCue[];
  /** Words opening a condition at a clause's start ("if", "wenn", "si"): a measured effect told only there is supposed. */
  readonly supposing: readonly CompiledCue[];
  /** Words opening a condition only first in the sentence ("Mocht de ruimte…"). */
  readonly supposingFirst: readonly CompiledCue[];
  /** Verbs first in the sentence opening a condition in an unreal past ("Had there been…", "Hätte es…"). */
  readonly unrealFirst: readonly CompiledCue[];
  /** Forms telling an unreal past in a condition ("had", "gegeben hätte", "hubiera"): the effect that follows is a regret. */
  readonly unrealPast: readonly CompiledCue[];
  /** Hedges and wishes making an unreal past a regret ("might", "vielleicht", "if only"). */
  readonly unrealHedges: readonly CompiledCue[];
  /** Openers that begin like a condition but open none ("si bien", "wenn man bedenkt"). */
  readonly notSupposing: readonly CompiledCue[];
  /** Words crediting an effect to a cause ("thanks to", "grâce à"): after a condition, the effect is taken as real. */
  readonly credits: readonly CompiledCue[];
  /** Words granting a condition in its consequence ("è anche vero che"): the effect supposed is taken as real. */
  readonly grants: readonly CompiledCue[];
  /** Words telling a sentence as said in mockery ("sarcastically", "con sorna"): it makes no claim. */
  readonly ironies: readonly CompiledCue[];
  /** An effect inflated into a straw man ("will save every life", "magic bullet"): a measured effect in its clause is mocked. */
  readonly hyperboles: readonly CompiledCue[];
  /** Words of preference right after a frame ("should rather", "plutôt"): it calls for what follows, not for a room before it. */
  readonly preferences: readonly CompiledCue[];
  /** Words of study ("study", "prüfen", "étude"): after a call and just before the room, the call asks to weigh one. */
  readonly studies: readonly CompiledCue[];
  /** Words naming an aim ("the aim is", "vise à"): an effect told just after one is a goal. */
  readonly goals: readonly CompiledCue[];
  /** "And" before a verb of allowing ("and allow", "e consentire"): after another claim's call, what that call is for. */
  readonly allowing: readonly CompiledCue[];
  /** Words naming an aim only with the effect just after ("designed to", "vise à"). */
  readonly goalsAtOnce: readonly CompiledCue[];
  /** Words telling an aim met ("achieved", "erreicht"): the effect aimed at is told. */
  readonly goalsMet: readonly CompiledCue[];
  /** Hedges conceding what follows ("perhaps", "zugegeben", "quizá"). */
  readonly concessives: readonly CompiledCue[];
  /** Speech told to staff ("told the cleaners", "tegen de schoonmaker"): an imperative so told is an instruction. */
  readonly addressedSpeech: readonly CompiledCue[];
  /** The words of a death told as averted (./averted-death.ts). */
  readonly averted: () => AvertedWords;
  /** Words of addiction as an illness like another (`illnessAnalogy`), compiled when first asked. */
  readonly illness: () => IllnessWords;
  /** The words of enforcement said to have removed nothing, pretended to work, or likened to a futile act (./enforcement-removed-nothing.ts). */
  readonly futileEnforcement: () => FutileEnforcementWords;
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
  /** A call whose object is a pronoun for the claim's thing ("open one", "ouvrez-en une"): after a sentence naming the room. */
  readonly pronounCalls: readonly CompiledCue[];
}

/** A language's words for telling an open question from a rhetorical one (claims.json's `askers`, `rhetorical`, `proposals`, `eitherWay`, `openQuestions`, `whether`). */
/** The lists of the record set against a claim (claims.json's `recordContrasts`, `recordNouns`, `recordVerbs`, `recordSignals`). */
export interface RecordWords {
  readonly contrasts: readonly CompiledCue[];
  readonly nouns: readonly CompiledCue[];
  readonly verbs: readonly CompiledCue[];
  readonly signals: readonly CompiledCue[];
  /** A harm found still there (`stillThere`: "still find", "ramasse toujours"): a signal too. */
  readonly still: readonly CompiledCue[];
  /** Verbs and nouns of counting ("logged", "contabilizó", "complaints"): just after the contrast with no record's noun, their signal is two figures. */
  readonly counts: readonly CompiledCue[];
  /** Words comparing two figures, the earlier first ("from … to": `from`, `to`) or the later first ("against", `versus`). */
  readonly from: readonly CompiledCue[];
  readonly to: readonly CompiledCue[];
  readonly versus: readonly CompiledCue[];
  /** Units after a figure that make it a time or a span of time, no count ("8 h", "5 anni"). */
  readonly timeUnits: readonly CompiledCue[];
  /** Scales after a figure that multiply it ("1.2 million"). */
  readonly millions: readonly CompiledCue[];
}

export interface CompiledQuestions {
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
  /** Whether a way out set against the room's kit says every part (./exit-not-kit.ts). */
  readonly exitAgainstKit: boolean;
  /** Whether a death told as averted makes the claim (`avertsDeath`). */
  readonly avertsDeath: boolean;
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
  /** Per language, the words that open a reason, each as its words, lower case with their accents (claims.json's `reasons`). */
  readonly reasons: ReadonlyMap<Lang, readonly (readonly string[])[]>;
  /** Per language, the words that ask why (claims.json's `whys`), compiled. */
  readonly whys: ReadonlyMap<Lang, readonly CompiledCue[]>;
  /** Per language, the words that tell a question reported with no question mark (claims.json's `questionOpeners`, `questionTellers`). */
  readonly reportedQuestions: ReadonlyMap<Lang, ReportedQuestionWords>;
  /** Per language, what opens a topic someone was asked about (claims.json's `askedAbout`): its clause asks, it claims nothing. */
  readonly askedAbout: ReadonlyMap<Lang, readonly CompiledCue[]>;
}

/** A language's words opening a question in its own word order, and its tellers of asking. */
export interface ReportedQuestionWords {
  readonly openers: readonly CompiledCue[];
  readonly tellers: readonly CompiledCue[];
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
      const links = compileAll(model.links[lang]);
      const isConnective = (link: CompiledCue): boolean => model.connectives[lang].includes(link.form);
      const questions: CompiledQuestions = {
        askers: compileAll(model.askers[lang]),
        rhetorical: compileAll(model.rhetorical[lang]),
        proposals: compileAll(model.proposals[lang]),
        eitherWay: compileAll(model.eitherWay[lang]),
        openQuestions: compileForms(model.openQuestions[lang]),
        whether: compileAll(model.whether[lang]),
        awaited: compileAll(model.awaited[lang]),
        awaitedOwn: compileAll(model.awaitedOwn[lang]),
      };
      const calls = model.claims.flatMap((claim) => (claim.calledAt ? compileForms(claim.cues[lang].parts[claim.calledAt]!.strong, strong) : []));
      return [
        lang,
        {
          negators: compileAll(model.negators[lang]),
          conditions: compileAll(model.conditions[lang]),
          lacking: compileAll(model.lacking[lang]),
          disputes: compileForms(model.disputes[lang]),
          ruledOut: compileForms(model.ruledOut[lang]),
          hearsay: compileForms(model.hearsay[lang]),
          rebuttals: compileForms(model.rebuttals[lang]),
          recordAgainst: {
            contrasts: compileForms(model.recordContrasts[lang]),
            nouns: compileForms(model.recordNouns[lang]),
            verbs: compileForms(model.recordVerbs[lang]),
            signals: compileForms(model.recordSignals[lang]),
            still: compileForms(model.stillThere[lang]),
            counts: compileForms(model.recordCounts[lang]),
            from: compileForms(model.recordFrom[lang]),
            to: compileForms(model.recordTo[lang]),
            versus: compileForms(model.recordVersus[lang]),
            timeUnits: compileAll(model.recordTimeUnits[lang]),
            millions: compileAll(model.recordMillions[lang]),
          },
          unproven: compileAll(model.unproven[lang]),
          findings: compileAll(model.findings[lang]),
          untrue: compileAll(model.untrue[lang]),
          records: compileAll(model.records[lang]),
          contraries: compileForms(model.contraries[lang]),
          fears: compileForms(model.fears[lang]),
          coordinators: compileAll(model.coordinators[lang]),
          contrasts: compileAll(model.contrasts[lang]),
          noPart: compileForms(model.noPart[lang]),
          correlatives: compileForms(model.correlatives[lang]),
          exits: compileForms(model.exits[lang]),
          kits: compileForms(model.kits[lang]),
          surrenders: compileAll(model.surrenders[lang]),
          facilities: model.claims.flatMap((claim) => (claim.wider?.claim === claim.id ? roomsOf(model, claim, lang, true) : [])),
          hypotheses: compileAll(model.hypotheses[lang]),
          purposes: compileAll(model.purposes[lang]),
          necessities: compileForms(model.necessities[lang]),
          schedules: compileForms(model.schedules[lang]),
          dueModals: compileForms(model.dueModals[lang]),
          plannedModals: compileForms(model.plannedModals[lang]),
          requests: compileForms(model.requests[lang]),
          joiners: compileAll(model.joiners[lang]),
          alternatives: compileAll(model.alternatives[lang]),
          dated: compileAll(model.dated[lang]),
          completedChanges: compileForms(model.completedChanges[lang]),
          billStages: compileForms(model.billStages[lang]),
          describedBills: compileForms(model.describedBills[lang]),
          describedBillsMarked: compileForms(model.describedBillsMarked[lang]),
          periods: compileAll(model.periods[lang]),
          timesOfYear: compileAll(model.timesOfYear[lang]),
          links,
          roomLinks: links.filter((link) => !isConnective(link)),
          connectives: links.filter(isConnective),
          services: compileForms(model.services[lang]),
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
          complaints: compileAll(model.complaints[lang]),
          stillThere: compileForms(model.stillThere[lang]),
          countingPlans: compileForms(model.countingPlans[lang]),
          trainings: compileForms(model.trainings[lang]),
          underLaw: compileForms(model.underLaw[lang]),
          alike: compileForms(model.alike[lang]),
          alikeWhere: compileForms(model.alikeWhere[lang]),
          alikeAlso: compileAll(model.alikeAlso[lang]),
          abilities: compileAll(model.abilities[lang]),
          certainties: compileAll(model.certainties[lang]),
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
          finitePreconditions: FINITE_PRECONDITIONS[lang],
          thingRelatives: THING_RELATIVES[lang],
          capacityModals: CAPACITY_MODALS[lang],
          polls: compileAll(model.polls[lang]),
          shares: compileAll(model.shares[lang]),
          receptions: compileAll(model.receptions[lang]),
          rejections: compileAll(model.rejections[lang]),
          follies: compileAll(model.follies[lang]),
          objectPronouns: compileAll(model.objectPronouns[lang]),
          pronounCallFollowers: compileAll(model.pronounCallFollowers[lang]),
          corrections: compileAll(model.corrections[lang]),
          indefinites: compileAll(model.indefinites[lang]),
          novelties: compileAll(model.novelties[lang]),
          placings: compileAll(model.placings[lang]),
          servicePlacings: compileAll(model.servicePlacings[lang]),
          sloganAway: compileAll(model.sloganAway[lang]),
          delays: compileAll(model.delays[lang]),
          inVain: compileForms(model.inVain[lang]),
          displacements: compileForms(model.displacements[lang]),
          indoors: compileForms(model.indoors[lang]),
          negativeSubjects: compileAll(model.negativeSubjects[lang]),
          wishes: compileAll(model.wishes[lang]),
          stays: compileAll(model.stays[lang]),
          inPlace: compileAll(model.inPlace[lang]),
          jussives: compileAll(model.jussives[lang]),
          handsOff: compileAll(model.handsOff[lang]),
          slogans: compileAll(model.slogans[lang]),
          sloganCalls: compileAll(model.sloganCalls[lang]),
          imperatives: compileAll(model.imperatives[lang]),
          imperativeOpeners: compileAll(model.imperativeOpeners[lang]),
          imperativeConsequences: compileAll(model.imperativeConsequences[lang]),
          minimizers: compileAll(model.minimizers[lang]),
          concessionTurns: compileAll(model.concessionTurns[lang]),
          concessives: compileAll(model.concessives[lang]),
          supposing: compileForms(model.supposing[lang]),
          supposingFirst: compileForms(model.supposingFirst[lang]),
          unrealFirst: compileForms(model.unrealFirst[lang]),
          unrealPast: compileForms(model.unrealPast[lang]),
          unrealHedges: compileForms(model.unrealHedges[lang]),
          notSupposing: compileForms(model.notSupposing[lang]),
          credits: compileForms(model.credits[lang]),
          grants: compileForms(model.grants[lang]),
          ironies: compileForms(model.ironies[lang]),
          hyperboles: compileForms(model.hyperboles[lang]),
          preferences: compileForms(model.preferences[lang]),
          studies: compileForms(model.studies[lang]),
          goals: compileForms(model.goals[lang]),
          allowing: compileForms(model.allowing[lang]),
          goalsAtOnce: compileForms(model.goalsAtOnce[lang]),
          goalsMet: compileForms(model.goalsMet[lang]),
          addressedSpeech: compileForms(model.addressedSpeech[lang]),
          permissives: compileAll(model.permissives[lang]),
          beliefs: compileAll(model.beliefs[lang]),
          scarcely: compileAll(model.scarcely[lang]),
          averted: whenAsked(() => compileAverted(model, lang)),
          illness: whenAsked(() => compileIllnessWords(model, lang, compileAll)),
          futileEnforcement: whenAsked(() => compileFutileEnforcement(model, lang)),
          strong,
          questions,
        },
      ];
    }),
  );
  return {
    aid,
    answers: new Map(LANGS.map((lang) => [lang, new Set(model.answers[lang].map((word) => word.normalize('NFC').toLowerCase()))])),
    reasons: new Map(LANGS.map((lang) => [lang, model.reasons[lang].map((reason) => reason.normalize('NFC').toLowerCase().split(' '))])),
    whys: new Map(LANGS.map((lang) => [lang, model.whys[lang].map((form) => compileCue(form, 0))])),
    reportedQuestions: new Map(
      LANGS.map((lang) => [lang, { openers: compileForms(model.questionOpeners[lang]), tellers: compileForms(model.questionTellers[lang]) }]),
    ),
    askedAbout: new Map(LANGS.map((lang) => [lang, compileForms(model.askedAbout[lang])])),
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
      exitAgainstKit: claim.exitAgainstKit,
      avertsDeath: claim.avertsDeath,
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
              parts: claim.parts.map((part) => [...compileForms(cues.parts[part]!.strong, strong), ...compileForms(cues.parts[part]!.weak, weak)]),
              ...shared,
              counter: compileForms(cues.counter),
              ignore: compileForms(cues.ignore),
              frames: compileForms(cues.frames),
              wider: compileForms(cues.wider),
              rooms: roomsOf(model, claim, lang),
              roomNouns: roomsOf(model, claim, lang, true),
              lawsOfOtherCall: model.claims.flatMap((other) =>
                other.id !== claim.id && other.calledAt && other.wider?.claim === claim.id
                  ? other.parts.filter((part) => part !== other.calledAt).flatMap((part) => compileForms(other.cues[lang].parts[part]!.strong))
                  : [],
              ),
              otherCalls: model.claims.flatMap((other) =>
                other.id !== claim.id && other.calledAt ? compileForms(other.cues[lang].parts[other.calledAt]!.strong) : [],
              ),
              undoing: compileForms(cues.undoing, strong),
              objectCalls: compileForms(cues.objectCalls, strong),
              pronounCalls: compileForms(cues.pronounCalls, strong),
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
  return part ? compileForms([...part.strong, ...(weak ? part.weak : [])]) : [];
}

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

/** In a finite purpose's words, any one word ("so ändern, dass"). */
export const ANY_WORD = '_';

/**
 * Purposes told by a finite clause ("so that", "damit", "pour que", "zodat", "para que",
 * "affinché"), after another claim's call as the infinitive's "to" is: "create a legal basis so
 * that cities may run rooms". Not in `purposes`, which `isPurpose` also reads: a finite purpose
 * opening the sentence wishes the room.
 */
const FINITE_PURPOSES: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  en: [['so', 'that']],
  // "so ändern, dass Konsumräume zulässig werden": the change's verb between; `ANY_WORD` stands for it.
  de: [['damit'], ['sodass'], ['so', 'dass'], ['so', ANY_WORD, 'dass']],
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
 * Preconditions told by a finite clause ("before", "bevor", "avant que", "voordat", "antes de
 * que", "antes que", "prima che"), read as a finite purpose only with a modal of capacity beside
 * the room's cue: "the Act must be amended before any room can lawfully open" calls for the
 * change, the room being what the change would let open, while "change the law before more people
 * die, and open rooms now" calls for both.
 */
const FINITE_PRECONDITIONS: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  en: [['before']],
  de: [['bevor']],
  fr: [['avant', 'que']],
  nl: [['voordat']],
  es: [['antes', 'de', 'que']],
  pt: [['antes', 'que']],
  it: [['prima', 'che']],
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
