/**
 * The claims model: propositions a reader would recognise in the debate (written by us, not
 * quotes), each with a short statement in every interface language, its topic, and the cue
 * patterns per language that find a sentence making it. Data, not code: `claims.json` is
 * validated against this schema when the dataset is built. Evidence items link to claims
 * (`EvidenceClaim` in the dataset schema); ranking and the claim finder read the same cues.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from './lexicon-schema';

const Written = v.pipe(v.string(), v.trim(), v.minLength(1));
/** A form that may write alternatives in brackets, "(a|b)", each standing for the form with one of them. */
const Crossed = v.pipe(
  Written,
  v.check((form) => /^[^()]*(?:\([^()|]+(?:\|[^()|]+)+\)[^()]*)*$/.test(form), 'brackets hold two or more alternatives split by "|", not nested'),
);
const ClaimId = v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'a claim id is lower-case words joined by hyphens, e.g. "save-lives"'));

/**
 * Cues for one part of a claim's proposition, in one language. A cue is a word or phrase,
 * matched on whole words after folding case and diacritics; a trailing `*` makes a word a word
 * start ("overdos*", "n'*"), and a `…` between two words lets up to six words stand there
 * ("werkt … niet"). Strong cues say the part plainly; weak ones only with help. A cue may cross
 * alternatives in brackets, as an ignored form does: "(urges|demands) … (legal basis|legal
 * framework)" is four cues, a demand whose object is a legal instrument.
 */
export const PartCues = v.strictObject({
  strong: v.array(Crossed),
  weak: v.optional(v.array(Crossed), []),
});
export type PartCues = v.InferOutput<typeof PartCues>;

/** A claim's cues in one language: every part of its proposition, and what says another debate. */
export const LanguageCues = v.strictObject({
  parts: v.record(v.string(), PartCues),
  /** Words of other debates ("seat belt", "tax"): any one in the sentence, and it is not this claim. */
  counter: v.optional(v.array(Written), []),
  /**
   * Names that hold a part's words without making the claim ("overdose prevention centre"): not
   * read as cues, nor as counter-cues ("Colegio de Médicos"). A form may write alternatives in
   * brackets, "(a|b)", each standing for the form with one of them: "law* … to (allow|permit)
   * (rooms|sites)" is four forms.
   */
  ignore: v.optional(v.array(Crossed), []),
  /**
   * What makes a call of the claim's call (`calledAt`): a modal or verb of demand, desire or
   * support ("should", "wants", "calls for", "fordert", "il faut", "pleit", "piden", "chiede"),
   * an imperative ("let", "lasst", "laissez", "dejen"), "it is time", or a decision told as
   * its maker's ("approved the", "aprobó", "a donné son feu vert"). When given, the claim is made
   * only by a sentence holding one: a room that opened, was approved, would have opened, or may
   * open once something else is done, is told of, not called for.
   */
  frames: v.optional(v.array(Written), []),
  /**
   * Words of a wider change of drug law than the claim's (decriminalising possession, legalising
   * cannabis): one in a sentence naming no cue of the claim's `wider` part, and the change or
   * the call it tells of is that wider one, not the room's ("the regional parliament asked for
   * possession to be decriminalised"; "the 2001 reform decriminalised possession").
   */
  wider: v.optional(v.array(Written), []),
  /**
   * Verbs that undo the claim's call ("close", "shut", "schließen", "fermer", "cerrar",
   * "chiudere"): one near a cue of another part, judged a folly (`follies`: "shutting the site
   * now would be madness") or negated under a frame ("a petition asks that the room not
   * close"), says the call by its opposite.
   */
  undoing: v.optional(v.array(Written), []),
  /**
   * Verbs whose object, an indefinite naming the claim's thing by a strong cue, is what they
   * call for ("needs", "demands", "would back", "braucht", "réclame", "necesita", "serve"):
   * "a petition demanding a second room", "…, die einen zweiten Drogenkonsumraum verlangt".
   */
  objectCalls: v.optional(v.array(Written), []),
  /**
   * A call in the imperative or a wish whose object is a pronoun for the claim's thing ("open one", "macht … einen … auf",
   * "ouvrez-en une", "open er … een", "que … abra una", "abrir uma", "apri la tua"): after a sentence naming the room, in the
   * same passage, it calls for one ("Rooms save lives. Open one in Dundee now!"). It ends its clause, or a word of
   * `pronounCallFollowers` follows it ("… in Dundee", "… ya"), so "abrir uma investigação" is no call.
   */
  pronounCalls: v.optional(v.array(Written), []),
});
export type LanguageCues = v.InferOutput<typeof LanguageCues>;

// Spelled out rather than built from LANGS: a call at module level would keep the schema
// library in every bundle that imports a type from here (the content script included).
export const Statement = v.strictObject({ en: Written, de: Written, fr: Written, nl: Written, es: Written, pt: Written, it: Written });
export type Statement = v.InferOutput<typeof Statement>;

const Words = v.array(Written);
export const Negators = v.strictObject({ en: Words, de: Words, fr: Words, nl: Words, es: Words, pt: Words, it: Words });
export type Negators = v.InferOutput<typeof Negators>;

export const Claim = v.pipe(
  v.strictObject({
    id: ClaimId,
    /** The topic it belongs to (`seeds/topic.json`'s id). */
    topic: ClaimId,
    /** One short sentence per interface language. */
    statement: Statement,
    /** The parts of its proposition, each needed in a sentence: "harm" and "reduced" for "they save lives". */
    parts: v.pipe(v.array(ClaimId), v.minLength(1, 'names at least one part')),
    /** A sentence makes the claim when each part has a cue and their weights add up to this. */
    minScore: v.number(),
    /**
     * The part a negator next to its cue denies ("they do not save lives" does not make the
     * claim): a sentence denying the claim is not marked as making it. Left out for claims
     * whose own words negate ("medical, not criminal").
     */
    deniedAt: v.optional(ClaimId),
    /**
     * A part whose cue a negator just before it denies the claim, when the `deniedAt` part's cue
     * follows in the same clause ("no consumption room can open", "nessuna stanza potrà
     * aprire"): the negator says which of the thing none will be.
     */
    deniedThrough: v.optional(ClaimId),
    /**
     * The part whose strong cue says the call, for the claims that call for something (the law's
     * change, the room's permission): such a cue in a condition opening the sentence (`hypotheses`)
     * makes the sentence tell what would follow, and it makes none of these calls ("if the law
     * changes next spring, a room could open").
     */
    calledAt: v.optional(ClaimId),
    /**
     * Two parts whose cues, set against each other by a `contrasts` word or a negator opening a
     * clause ("a doctor, not a cell", "als Patienten, nicht als Tätern", "ziek, geen crimineel",
     * "no era un delincuente, era un enfermo"), say the claim of whom the story is about: the
     * contrast stands in for the `supplies` part (health-not-crime's subject, a son or a sister).
     */
    contrasted: v.optional(v.strictObject({ parts: v.tuple([ClaimId, ClaimId]), supplies: ClaimId })),
    /**
     * Claims that share this one's words but argue the other way ("prevent" of deaths in "the
     * room prevented overdoses", of drug use in "prevent drug use rather than make it safer"): a
     * sentence making one of them does not make this one.
     */
    yieldsTo: v.optional(v.array(ClaimId), []),
    /**
     * Claims that, made by the same sentence, mean this one is not made when its `part` has only
     * a weak cue: a place ("in the neighbourhood", "on the streets") is reduce-public-harm's weak
     * public cue, and overdose deaths that fell in a place say lives were saved, not that the
     * streets are better; "fewer deaths and fewer needles" names the public harm itself.
     */
    weakYieldsTo: v.optional(v.strictObject({ part: ClaimId, claims: v.pipe(v.array(ClaimId), v.minLength(1)) })),
    /**
     * Whether the claim is a measured effect of the room (lives saved, less public harm): a
     * sentence that holds a calendar period (`periods`, or a year) or another service
     * (`services`) and none of the words tying a figure to the room (`links`) tells what that
     * period's figures or that service did, not what the room did ("overdose deaths in the city
     * fell this year, the coroner says"; "the naloxone programme has saved hundreds of lives").
     */
    measured: v.optional(v.boolean(), false),
    /**
     * The part a span of years says with a harm that kept growing (current-approach-failing's
     * failing): when the sentence holds a `spans` word ("fifty years of", "seit zwanzig
     * Jahren", "cuatro décadas de"), a cue of the claim's other part, and, after that cue and
     * outside it, a `rising` word or a weak cue of this part ("the deaths keep climbing", "el
     * consumo no deja de crecer", "topping the death tables"), the part counts as strongly cued:
     * years of the approach with the harm still rising say it failed.
     */
    enduredAt: v.optional(ClaimId),
    /**
     * Whether a way out set against the room's kit says every part of the claim (prevent-not-facilitate):
     * an `exits` word and a `kits` word refused by a negator or a `contrasts` word ("a way out, not a
     * clean needle", "statt weiterer Konsumplätze mehr Entzugsbetten"), or a `kits` word with a
     * `surrenders` word naming its help ("ein sauberes Besteck … ich nenne es Kapitulation").
     */
    exitAgainstKit: v.optional(v.boolean(), false),
    /**
     * Whether a death told as averted makes the claim (save-lives): an overdose that would
     * otherwise have ended in a toilet, nobody carried out in a body bag, a delay paid in lives
     * (src/engine/claims/averted-death.ts). The construction says its denied part, and any
     * part with no cue, as strongly cued.
     */
    avertsDeath: v.optional(v.boolean(), false),
    /**
     * The part of a claim that names the room (`claim`, `part`: allow-facility's facility): a
     * sentence holding a `wider` word of this claim's language and none of that part's strong
     * cues tells of a wider change of drug law, and does not make this claim.
     */
    wider: v.optional(v.strictObject({ claim: ClaimId, part: ClaimId })),
    cues: v.strictObject({ en: LanguageCues, de: LanguageCues, fr: LanguageCues, nl: LanguageCues, es: LanguageCues, pt: LanguageCues, it: LanguageCues }),
  }),
  v.check((claim) => claim.deniedAt === undefined || claim.parts.includes(claim.deniedAt), 'deniedAt must name one of its parts'),
  v.check(
    (claim) => claim.deniedThrough === undefined || (claim.deniedAt !== undefined && claim.parts.includes(claim.deniedThrough)),
    'deniedThrough must name one of its parts, beside a deniedAt',
  ),
  v.check((claim) => claim.calledAt === undefined || claim.parts.includes(claim.calledAt), 'calledAt must name one of its parts'),
  v.check(
    (claim) => claim.contrasted === undefined || [...claim.contrasted.parts, claim.contrasted.supplies].every((part) => claim.parts.includes(part)),
    'contrasted must name its parts',
  ),
  v.check(
    (claim) => claim.enduredAt === undefined || (claim.parts.includes(claim.enduredAt) && claim.parts.length === 2),
    'enduredAt must name one of its two parts',
  ),
  v.check((claim) => claim.weakYieldsTo === undefined || claim.parts.includes(claim.weakYieldsTo.part), 'weakYieldsTo must name one of its parts'),
  v.check(
    (claim) => LANGS.every((lang) => sameParts(claim.parts, claim.cues[lang].parts)),
    (issue) => {
      const claim = issue.input as { id: string; parts: string[]; cues: Record<Lang, LanguageCues> };
      const lang = LANGS.find((l) => !sameParts(claim.parts, claim.cues[l].parts));
      return `claim "${claim.id}": the ${lang ?? '?'} cues must give exactly the parts ${claim.parts.join(', ')}`;
    },
  ),
);
export type Claim = v.InferOutput<typeof Claim>;

function sameParts(parts: readonly string[], cues: Record<string, unknown>): boolean {
  const given = Object.keys(cues);
  return given.length === parts.length && parts.every((part) => given.includes(part));
}

export const Claims = v.pipe(
  v.strictObject({
    version: v.literal(1),
    /** What one cue of each weight adds to a sentence's score. */
    weights: v.strictObject({ strong: v.number(), weak: v.number() }),
    /**
     * Words that deny what follows or precedes them, per language, written like cues ("kein*",
     * "n'*"): next to the cue of a claim's `deniedAt` part they turn the sentence into a denial.
     */
    negators: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that make a negator shortly after them a condition, not a denial, per language
     * ("solange", "tant que"): "as long as the law is not changed, staff risk prosecution" says
     * the law must change.
     */
    conditions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that name the lack of what follows them, per language ("without", "ohne", "sans",
     * "zonder", "sin", "sem", "senza"): a cue at most two words after one ends a condition, and a
     * negator just after that cue opens its consequence ("without that change, no room can open"
     * says the law must change), so it denies nothing.
     */
    lacking: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a sentence, make its first clause a condition, per language ("if",
     * "should", "wenn", "sollte", "si", "als", "se"): a call claim's cue in it (`calledAt`) says
     * what the rest would follow from, not what should be done.
     */
    hypotheses: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a sentence, make its first clause a purpose, per language ("to", "um",
     * "pour", "om", "para", "per"): a call claim's cue in it (the room, its opening) names the
     * goal the rest is a step to ("to open a room, a city must first obtain a licence" tells a
     * procedure, and calls for no room); a purpose that holds none leaves the call after it ("to
     * save lives, the city must open a room").
     */
    purposes: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of necessity, per language ("it takes", "braucht es", "il faut", "is nodig", "hace falta", "é preciso", "serve"):
     * where the main clause opens after a purpose opening the sentence with no comma ("Para abrir salas é preciso mudar a lei").
     */
    necessities: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Times a thing is due, per language ("in the autumn", "im Herbst", "à l'automne", "in het voorjaar", "en primavera",
     * "next year"): a frame of a call in a relative clause holding one tells when the room is due to open, not that it
     * should ("…, qui devrait ouvrir à l'automne", "…, die in het voorjaar open moet gaan").
     */
    schedules: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Modals that may tell what is due as well as what should be ("should", "soll", "devrait", "moet", "debería"): only these frames can tell a schedule. */
    dueModals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Modals that tell a plan in any clause, not only a relative one ("soll", "solle": "der Raum solle im März eröffnen"). */
    plannedModals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs asking someone to do something, per language ("asking Parliament to", "urged", "vraagt …
     * om"): between another claim's call and a "to" or "om", they take it as their complement, not
     * as the call's purpose ("approved a motion asking Parliament to change the law").
     */
    requests: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a clause after a comma, join a second statement to the first, per
     * language ("but", "while", "aber", "mais", "maar", "pero", "mas", "ma"): a call's frame
     * in one calls for nothing of the other unless a cue of the claim stands with it ("residents
     * want more patrols, but the room was authorised in 2021" calls for no room; "campaigners
     * want a room, but the council has yet to approve one" does). A semicolon joins two so too.
     */
    joiners: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a clause after a mark, tell what follows if what the clause before asks
     * is not done, or once it is, per language ("otherwise", "without which", "only then", "sonst",
     * "dann kann", "sinon", "anders kan", "de lo contrario", "senão", "altrimenti"): a call
     * claim's cue in such a clause is a consequence, and calls for nothing ("the law must change,
     * otherwise no city can open a room" calls for the law's change, not for a room).
     */
    alternatives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that date an event by the year after them, per language ("in", "since", "im Jahr",
     * "seit", "en", "sinds", "em", "nel"): a call claim's sentence holding such a date and no
     * call's frame of any claim ("should", "fordert", "il faut") tells what was done or will be,
     * not what should: "Parliament amended the law in 2000", "a lei foi alterada em 2001".
     */
    dated: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A change of the law told as done, per language ("had amended", "Parliament changed",
     * "geändert hatte", "a modifié", "modificaron", "alterou", "ha modificato", "had aangepast"):
     * a change whose every cue stands in one, with no call's frame in the sentence, is an event
     * ("the room opened a year after Parliament had amended the law"), not a call.
     */
    completedChanges: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A bill or amendment told at a stage of its passage, per language ("passed its second
     * reading", "was voted through", "verabschiedet", "en première lecture", "aangenomen door",
     * "fue aprobado", "foi aprovado", "segue para o plenário", "approvato in commissione"): with no
     * call's frame in the sentence, the change is reported, not called for.
     */
    billStages: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A bill named with the clause that describes it, per language ("the bill that", "het
     * wetsvoorstel dat", "la proposition de loi visant à", "el proyecto de ley que"): a call's
     * frame in that clause is the bill's content, not the speaker's call, when the sentence tells
     * the bill at a stage of its passage.
     */
    describedBills: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The same where the relative word is also an article, per language (German "der
     * Gesetzentwurf, der"): it describes the bill only when a comma opens it, as German always
     * writes one, so "der Gesetzentwurf der Landesregierung" names its author.
     */
    describedBillsMarked: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A calendar period a figure is counted over, per language ("this year", "last year",
     * "im vergangenen Jahr", "cette année", "dit jaar", "este año", "quest'anno"): a measured
     * claim's sentence holding one and no `links` word reports the period's figures.
     */
    periods: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The seasons and months, per language ("winter", "Frühjahr", "hiver", "voorjaar", "invierno",
     * "março", "autunno"): "since" followed by one ("since the winter", "seit dem Frühjahr") says
     * when, not what: beside another service it ties nothing to the room.
     */
    timesOfYear: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What ties a figure to the room, per language ("since", "after", "room", "opening", "seit",
     * "depuis", "sinds", "desde", "dal"): one keeps a measured claim with a period made
     * ("overdose deaths fell this year after the room opened").
     */
    links: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The `links` that tie a figure to an event without naming the room, per language ("since",
     * "after", "thanks", "because", "opened"): they tie it to whatever they stand before, so beside
     * another service ("since the CCTV went up", "grâce aux patrouilles") only a link that names
     * the room or its people keeps the claim the room's.
     */
    connectives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Other services and measures a life saved or a harm lessened may be credited to, per language
     * ("naloxone", "methadone", "needle exchange", "Housing First", "ambulance", "CCTV", "patrols",
     * "defibrillators"): a measured claim's sentence naming one and no `links` word but a
     * `connectives` one credits that service, not the room.
     */
    services: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a clause, make a call's cue at most three words after them generic, per
     * language ("any city that", "whoever", "wer", "quiconque", "chi"): "any city that opens a site
     * is exposing its nurses to charges" tells what opening one brings, and makes no call.
     */
    generics: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What a call's cue, up to six words before it in its clause, is said to amount to, per
     * language ("would mean", "hieße", "reviendrait à", "zou betekenen", "significaría",
     * "significherebbe"): "opening a room would mean giving up on them" makes no call.
     */
    suppositions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words opening a condition that the clause after it needs, per language ("only when", "only
     * if", "erst wenn", "ce n'est que lorsque", "pas als", "solo cuando", "só quando", "solo
     * quando"): a call claim's cue in the clause right after that condition is what follows once
     * it is met, and calls for nothing ("Erst wenn der Landtag eine Verordnung erlässt, kann ein
     * Konsumraum öffnen" calls for no room), as `alternatives`' "only then" does.
     */
    onlyWhen: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The inverted modal that ends an `onlyWhen` condition written without a comma, per language
     * ("can", "kan", "peut", "puede", "pode", "può"; French "que" of "ce n'est que si … qu'une
     * salle peut…"): "Only when the law changes can a room open": a call claim's cue after it is
     * the consequence, as in the clause after the comma. Modals only: a passive's auxiliary ("is",
     * "wird", "wordt") belongs to the condition ("only once the law is changed will…").
     */
    onlyWhenThen: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What opens the condition of a restriction, per language ("if", "once", "wenn", "sofern",
     * "si", "lorsque", "als", "mits", "se", "qualora"): a few words after an "only" inside its
     * clause ("dürfen … nur betrieben werden, wenn", "n'autorise … que si"), with no frame of a
     * call in the sentence, the law's change in it is a condition the law sets, not a call.
     */
    restrictedTo: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a clause after a call's frame, may tell what follows if the call goes
     * unmet, per language ("or", "oder", "ou", "of", "o"): a call claim's cue after one is a
     * consequence when a word of `consequences` follows ("the law has to change, or every city
     * that wants a room will be left waiting"); without one the "or" joins alternatives ("open a
     * room, or a mobile van").
     */
    orElse: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** A consequence's future or modal after an `orElse` word, per language ("will", "wird", "sera", "zal", "será", "sarà"). */
    consequences: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A verb of stopping with the activity it stops, per language ("stop* *ing", "arret* de",
     * "aufhor* zu", "ophouden met", "dej* de", "deix* de", "smett* di"; a word opening with "*"
     * matches the words it ends): a claim's weak cue that is such a verb counts only when a cue of
     * another part of the claim follows it in its clause, the harm being what stops ("stops them
     * dying", "deixaram de encontrar seringas"); "stop pretending" stops something else.
     */
    ceasing: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What says a harm rose, per language ("climb*", "rose", "steig*", "augment*", "stijg*",
     * "voltaram a subir", "aument*"): near a measured claim's harm cue in its clause (three words
     * before it, five after) and with no strong cue of the reduction, the harm grew, which is no
     * life saved ("watching the death toll climb").
     */
    rising: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Complaints, per language ("complain*", "beklag*", "se plaignent", "klagen", "se quejan",
     * "queixam-se", "lamentano"): where the recall aid proposes a measured claim, the sentence
     * holds no cue of the reduction and the harm's cue follows the complaint, neither denied nor
     * past, the harm is there, which is no reduction ("residents complained that needles are
     * being dropped in the lane").
     */
    complaints: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A harm found still there, per language ("still find", "weiterhin", "trouvent encore", "nog
     * steeds", "siguen encontrando", "continuam a encontrar", "trovano ancora"): read as a
     * complaint, the harm's cue a few words before or after it in its clause ("residents say they
     * still find syringes behind the bins").
     */
    stillThere: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of a count still to be made, per language ("to count", "will monitor", "zählen lassen",
     * "va compter", "gaat tellen", "contará", "vai contar", "conterà"): a harm a few words after one
     * is what will be measured ("the council will count discarded syringes around the centre every
     * month"), no fall of it.
     */
    countingPlans: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Openings naming a law as what a requirement comes from, per language ("under the current
     * law", "nach § 10a BtMG", "selon la loi", "volgens de wet", "según la ley", "nos termos da
     * lei", "ai sensi della legge"): a sentence opening so tells what the law requires ("Under the
     * Victorian legislation, the room must be run by a licensed provider"), and calls for nothing.
     */
    /**
     * Words of a course whose subject follows, per language ("training in", "Fortbildung zum",
     * "formation sur", "opleiding over", "curso sobre", "formação sobre", "corso sulle"): a harm
     * a few words after one is what is taught ("staff completed a course in overdose response"),
     * no fall of it.
     */
    trainings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    underLaw: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of the same measure, per language ("the same proportion", "just as sharply", "ähnlich
     * stark", "dans les mêmes proportions", "even sterk", "la misma proporción", "na mesma
     * proporção", "nella stessa misura"): within ten words after a contrast, a measured effect
     * conceded is set against the same fall elsewhere, and no claim is made.
     */
    alike: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words placing the fall alike elsewhere, per language ("without", "elsewhere", "nationally", "ohne", "ailleurs", "zonder", "sin", "sem", "senza"): one must stand within eight words of the word of the same measure. */
    alikeWhere: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words adding another effect, per language ("also", "auch", "aussi", "ook", "también", "também", "anche"): between the contrast and the word of the same measure, the fall alike is the room's too ("but it also cut public injecting just as sharply"). */
    alikeAlso: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of certainty that hold a negator, per language ("no doubt", "sans aucun doute", "senza
     * alcun dubbio", "sin ninguna duda", "sem dúvida nenhuma"): their negator denies the doubt,
     * not the cue beside it ("la salle a sans aucun doute évité des décès").
     */
    certainties: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Things of value whose fall is no harm's, per language ("turnover", "takings", "Umsatz",
     * "chiffre d'affaires", "omzet", "facturación", "faturação", "fatturato"), not sales or customers (drug sales and customers spared a harm fall as harms do): a reduction said of one,
     * a few words from it in its clause, reduces no harm.
     */
    values: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Verbs telling who speaks, per language ("said", "sagt", "raconte", "zegt", "dice", "diz", "racconta"). */
    tellers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Relative pronouns, per language ("who", "whose", "dessen", "qui", "dont", "wiens", "cuyo",
     * "cujo", "che"): a few words after a teller and its speaker, one opens the speaker's
     * description, and a measured claim's cues all in it are the speaker's life, not the claim.
     */
    relatives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A span of years an approach has lasted, per language ("years of", "for half a century",
     * "seit … Jahren", "un demi-siècle", "decennia", "cuatro décadas", "trent'anni di"): read by
     * a claim's `enduredAt` part.
     */
    spans: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What tells an approach's balance sheet, per language ("have bought us", "achieved only",
     * "vor allem eines erreicht", "nous ont laissé", "opgeleverd", "nos han dejado", "deixaram",
     * "ci hanno lasciato"): after a span of years and a cue of the approach, it counts as the
     * rise does, the approach's failure.
     */
    balances: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What tells a time as the past habit, per language ("used to", "früher", "avant",
     * "vroeger", "antes", "prima"; no dated past as "years ago"), and the time now ("now",
     * "heute", "maintenant", "nu", "ahora", "agora", "ora"): a measured claim's harm in a clause
     * the first opens, and a later clause the second opens with neither the harm, a rise nor a
     * call's frame in it, say the harm is gone.
     */
    formerly: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    nowadays: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of an intention or plan, per language ("intend*", "plans", "envisag*", "beabsichtig*",
     * "van plan", "tiene previsto", "planos", "in programma"): negated, one at most eight words
     * before a call's cue in its statement refuses the call ("n'envisage pas, à ce stade, de
     * modifier la loi", "não tem planos de alterar a lei"), whatever words stand between.
     */
    intentions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words ruling a thing out, per language ("ruled out", "schließt … aus", "exclut", "sluit …
     * uit", "descarta", "exclui", "esclude"): an intention negated by its own word, at most eight
     * words before a call's cue in its statement, it refuses the call.
     */
    rulings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What names a poll or those it asked, per language ("poll", "survey", "Umfrage*",
     * "Befragte*", "sondage*", "peiling*", "encuesta*", "sondage*", "sondaggio"): with a share
     * (`shares`, or a figure) in a call's clause, that call is the poll's finding, no one's.
     */
    polls: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** A share of those asked, per language ("per cent", "Prozent", "pour cent", "procent", "majority"). */
    shares: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What tells of others' calls as heard or received, per language ("heard", "gehört",
     * "entendu", "gehoord", "escuchado", "ouviu", "ascoltato"): within four words of a call's cue,
     * with a `rejections` word after the cue, the call is named to be rejected, and made by no one.
     */
    receptions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** What rejects a call heard, per language ("not persuaded", "nicht überzeugt", "pas convaincu", "niet overtuigd", "no está convencido", "não está convencido", "non è convinto"). */
    rejections: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What reports a claim as denied or unproven, per language ("denied that", "no evidence
     * that", "nicht belegt", "rien ne prouve"): a sentence holding one reports a dispute of what
     * it says, and makes none of the claims it names ("the Home Office said it had seen no
     * evidence that such rooms reduce deaths" does not say they save lives).
     */
    disputes: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Talk of something ruled out, per language ("kann keine Rede sein", "is … geen sprake", "no cabe hablar de"): a dispute
     * of the claim only in its own clause ("Von einer Entlastung durch den Konsumraum kann keine Rede sein"), not of one told
     * beside it ("Van een aanzuigende werking is geen sprake: de ruimte heeft de overlast verminderd").
     */
    ruledOut: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What names a claim as something said, before it, per language ("the claim that", "the
     * idea that", "die Behauptung", "l'idée selon laquelle", "la idea de que", "l'idea che", "de
     * bewering dat"): with a `rebuttals` word after the claim's cues, the sentence reports the
     * claim rejected ("the claim that the room made the streets safer does not survive scrutiny").
     */
    hearsay: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** What rejects a claim named before it, per language ("is contradicted", "does not survive", "unbelegt", "est démentie", "no se sostiene", "é desmentida", "è smentita", "wordt tegengesproken"). */
    rebuttals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The record set against a claim named before it, per language, read in order: a contrast
     * (`recordContrasts`: "but", "doch", "mais", "maar", "pero", "mas", "ma"), a record's noun within
     * six words (`recordNouns`: "figures", "Zahlen", "relevés", "cijfers", "recuento", "dados",
     * "dati"), optionally a verb of showing within six more (`recordVerbs`: "show", "zeigen",
     * "indicano"), and within six more a word of more, the same or a rise (`recordSignals`: "rose",
     * "more … than", "unverändert", "autant", "las mismas", "invariato", "remain high"). "But"
     * and a record alone rebut nothing: the figures may agree or be of something else. Kept as
     * four lists rather than written out as `rebuttals`, whose every choice is expanded into a cue
     * of its own (their product was some 32,000 cues).
     */
    recordContrasts: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordNouns: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordVerbs: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordSignals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Two figures standing for the signal when they do not fall: the earlier after a word of
     * `recordFrom` and the later after one of `recordTo` ("from 410 to 455", "de 410 à 455", "von
     * 40 auf 52"), or the later first, then a word of `recordVersus` and the earlier ("1,090
     * against 1,020", "1.090 nach 1.020", "640 frente a 598").
     */
    /**
     * Verbs and nouns of counting, per language ("logged", "registrierte", "a recensé", "telde",
     * "contabilizó", "registou", "ha registrato"; "complaints", "Einsätze", "mains courantes",
     * "meldingen", "denuncias", "queixas", "segnalazioni"): just after the contrast with no
     * record's noun, their signal is two figures that do not fall ("…, but complaints went from
     * 310 to 362"), not a word of more or the same, which may be said of another claim's harm
     * ("maar de meldingen van overlast blijven hoog" rebuts no life saved).
     */
    recordCounts: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordFrom: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordTo: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    recordVersus: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Units after a figure that make it a time or a span of time, no count, per language ("h", "hours", "Uhr", "ans", "uur", "horas", "anni"). */
    recordTimeUnits: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Scales after a figure that multiply it, per language ("million", "Millionen", "millions", "miljoen", "millones", "milhões", "milioni"). */
    recordMillions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Verbs of finding or showing, per language ("found", "zeigte", "constaté", "encontró"): a negator just before one that opens a "that" clause denies what it reports ("did not find that the room…"). */
    findings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words naming the evidence or proof of what follows, per language ("evidence", "proven",
     * "Beleg*", "preuve*", "bewijs*", "prueba*", "prova*"): with a negator up to three words
     * before, in its clause ("no evidence at all that…", "keinerlei Beleg dafür", "não há
     * qualquer prova de que", "niemand belegt hat"), they deny the claim its proof, as a dispute.
     */
    unproven: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words naming the truth of what they judge, per language ("true", "wahr", "stimmt", "vrai",
     * "klopt", "cierto", "verdade", "vero"): with a negator up to three words before or two after,
     * in its clause ("it is simply not true that…", "het klopt gewoon niet dat…", "non è vero
     * che…"), they deny the claim, as a dispute.
     */
    untrue: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words naming a record of what happened, per language ("figures", "data", "Zahlen",
     * "chiffres", "cijfers", "datos", "dados", "dati"): with a `contraries` word after them in their
     * clause, they take back the claim said before them.
     */
    records: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What says the contrary of what was said, per language ("nothing of the kind", "the
     * opposite", "eine andere Sprache", "l'inverse", "iets anders", "lo contrario", "desmentem",
     * "il contrario"): after a `records` word ("the figures show nothing of the kind"), a refutation.
     */
    contraries: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of fear or worry, per language ("fear", "befürchten", "craignent", "vrezen", "temen",
     * "receiam", "temono"): a call's frame at most eight words after one, in its statement, is what
     * is feared ("fear that the room must close"), a threat reported, not a call.
     */
    fears: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words joining two clauses as equals, per language ("and", "und", "et", "en", "y"; none that
     * folds like a verb, as "é" does to "e"): a negator before one is its own clause's, and denies
     * no evidence after it ("prohibition failed and the evidence shows…").
     */
    coordinators: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What sets one thing against another, per language ("rather than", "instead of", "and not",
     * "statt", "plutôt que", "in plaats van", "en vez de", "em vez de", "invece di"): between the
     * cues of a claim's `contrasted` parts.
     */
    contrasts: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words after the room denying it a part in an effect credited elsewhere ("with the room playing no part", "keine Rolle", "aucun rôle", "nada que ver"). */
    noPart: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** The first word of a correlative denial, per language ("neither", "weder", Dutch "noch"; French, Spanish and Portuguese "ni", "nem" are negators already): a cue after it in its clause is denied ("weder den Konsum noch die Zahl der Toten gesenkt"). */
    correlatives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Ways out of drug use, per language ("treatment", "detox", "rehab", "a way out", "Entzug",
     * "Therapieplatz", "sevrage", "uitweg", "comunidad terapéutica", "internamento", "astinenza"),
     * not methadone or substitution (kept use) and not bare "stop" (stopping dealers): the side a
     * claim's `exitAgainstKit` sets above the room's kit.
     */
    exits: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What the room hands out or is, per language: clean or sterile needles, syringes and kits,
     * holding the syringe, a place to keep using, use under supervision, another room ("clean
     * needle", "sauberes Besteck", "tenant la seringue", "plek om te blijven gebruiken", "sitios donde
     * se siga consumiendo", "mais uma sala", "un'altra stanza"): the side an `exitAgainstKit` claim
     * refuses; no bare "needles" (litter is the public harm's).
     */
    kits: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Names of surrender, per language ("surrender", "capitulation", "white flag", "Kapitulation",
     * "renoncement", "overgave", "rendición", "rendição", "capitolazione"), nouns and idioms only:
     * not "giving up on them", which a room's defender says of refusing the kit.
     */
    surrenders: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a question (first or second word), ask who, why or how much rather than
     * whether, per language ("who", "wer", "pourquoi", "cuántas"): such a question presupposes
     * or asserts what it names ("how many more must die before we admit that rooms save lives?"),
     * and one before a dispute turns it round ("wer will bestreiten, dass…" says no one can).
     */
    askers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Frames that make a yes/no question assert, per language ("is it any wonder", "anyone still", "alguém ainda"). */
    rhetorical: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** A proposal asked as a negated question ("why not", "warum … nicht", "pourquoi ne pas"): its negator denies nothing. */
    proposals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What says a place still waits for a thing or may not have it, per language ("still … wait*
     * for", "encore attendre", "nog steeds … wacht* op", "seguir sin", "continua sem", "non puo
     * avere"): in a rhetorical question, with a cue of the thing within two words after it, the
     * call of a call claim that needs its call framed ("why is Dundee still waiting for a room?"
     * asks for one; "why are users still waiting outside the room?" does not).
     */
    awaited: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The same waiting with what is waited for before it or in a pronoun ("wait for one of its
     * own", "a espera da sua", "onmogelijk zijn"): no cue of the thing need follow it.
     */
    awaitedOwn: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** "Or not", per language ("oder nicht", "ou non", "o no"): a question holding it asks either way, however negated. */
    eitherWay: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Frames that report an open question, per language ("will show whether", "reste à savoir
     * si", "de vraag is of", "está por ver si"): a sentence holding one makes no claim. "si",
     * "of", "se" also mean "if" or "or", so the frame names what asks.
     */
    openQuestions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words that, opening a sentence, make it an indirect question ("whether", "ob", "of"); none where the word also means "if". */
    whether: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that answer yes, per language, with their accents ("yes", "ja", "oui", "sí", "sì",
     * "sim"), since folded "si" is also "if": first or last word of the sentence after a question,
     * one answers it, and the question then says what it asks ("Are there fewer needles since the
     * room opened? Residents say yes").
     */
    answers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that give a reason, per language, with their accents ("because", "weil", "parce que", "omdat", "porque",
     * "perché"): opening the sentence after a question, they answer it, as an explainer's heading is answered ("Why can't
     * the city open a room? Because the law…"), and the question is asked to be answered, not rhetorically.
     */
    reasons: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words asking why, per language, folded ("why", "warum", "pourquoi", "waarom", "por que", "porque", "perche"): only a why-question is answered by a reason. */
    whys: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words a question in the word order of one opens with, per language ("would", "is", "how",
     * "würde", "ist", "est-ce que", "faut-il", "zou", "hoe"); none where a question keeps the
     * order of a statement (es, pt, it). With a teller of asking in its last clause, a sentence
     * with no question mark is a question reported ("Would a room cut street injecting, the
     * presenter asked the minister").
     */
    questionOpeners: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Tellers of asking, per language ("asked", "fragte", "s'interroge", "vroeg", "preguntó", "perguntou", "si chiede"): never one of demanding ("demands", "pide", "chiede l'associazione"), which calls. */
    questionTellers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What opens the topic someone was asked about, per language ("asked about", "auf …
     * angesprochen", "interrogé sur", "gevraagd naar", "preguntado por", "questionado sobre",
     * "interpellato sulla"): opening a clause, its words up to the clause's end are what was
     * asked, not said ("Interrogé sur une éventuelle modification de la loi, le ministre a botté en
     * touche"); the answer after the comma is read as any clause is.
     */
    askedAbout: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Strongly negative judgements, per language ("madness", "a mistake", "Wahnsinn", "une
     * folie", "waanzin", "una locura", "um disparate", "una follia"): one beside a claim's
     * `undoing` verb says its call by the opposite; negated ("would be no mistake"), none.
     */
    follies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Object pronouns, per language ("it", "ihn", "la", "haar", "lo", "le"): standing by an `undoing` verb, or joined to it
     * ("cerrarla", "chiuderla"), they name the room said before in the sentence, however far ("La sala … lleva quince años
     * sin una muerte, y cerrarla sería una irresponsabilidad").
     */
    objectPronouns: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words that may follow a `pronounCalls` construction, per language: places and times ("in", "now", "à", "ya", "já", "subito"). */
    pronounCallFollowers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that correct a negated word with the one after them, per language ("but", "sondern",
     * "mais", "maar", "sino", "mas", "bensì"): a negator before one denies what it corrects, not
     * a cue after it ("gehört nicht abgewickelt, sondern ausgebaut").
     */
    corrections: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of waiting or hesitating, per language ("wait", "hesitate", "zögern", "attendre",
     * "aarzelen", "esperar", "aspettare"): a negator just before one refuses the delay, and
     * neither a frame nor a cue ("moet niet langer aarzelen en een gebruiksruimte openen").
     */
    delays: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that say an effort achieved nothing, standing before the effect they deny, per
     * language ("did nothing to", "n'a rien fait pour", "no ha servido para", "nichts dazu
     * beigetragen", "niets gedaan om"): the denied part's cue after one, within a few words and
     * no mark but a comma between, is denied ("the room has done nothing to reduce needle litter").
     */
    inVain: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words making a harm few, per language ("the odd", "einzelne", "alguna", "qualche", "hier en daar"): before a measured claim's cue, with a turn after it, the effect is conceded in small and set aside. */
    minimizers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words turning against a concession, per language ("but", "nur", "mais", "reste que", "resta il fatto"). */
    concessionTurns: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words opening a condition wherever a clause opens, per language ("if", "even if", "wenn",
     * "falls", "si", "indien", "se", "qualora"): a measured effect whose cues all stand in such a
     * clause, with the clause it conditions after it, is supposed, not told ("if the room saves
     * even one life, it was worth it").
     */
    supposing: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words opening a condition only first in the sentence, where a verb first tells one ("Mocht de ruimte…"); after a mark the same word may be a past ("mocht"). */
    supposingFirst: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Verbs first in the sentence opening a condition in an unreal past ("had there been", "hätte es", "was er"): a regret when it names the room. */
    unrealFirst: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Forms telling an unreal past inside a condition ("had", "gegeben hätte", "avait existé", "hubiera", "fosse stata"): a condition so told that names the room makes its effect a regret, not a report. */
    unrealPast: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Hedges and wishes making an unreal past a regret ("might", "vielleicht", "if only", "ojalá"); without one, "had the room been open, the deaths would have been prevented" is an assessment of what the room does. */
    unrealHedges: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Openers that begin like a condition but open none, per language: a concession or a fact
     * granted ("si bien", "se da un lato", "wenn man bedenkt"), a reflexive ("se vê") or a role
     * ("als enige"). A clause they open supposes nothing.
     */
    notSupposing: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words crediting an effect to a cause, per language ("thanks to", "zu verdanken", "grâce à",
     * "dankzij", "gracias a", "graças a", "grazie a"): in the clause after a condition, not denied
     * and naming the room or its people, they take the effect as real ("if deaths fell, it is
     * thanks to the room"), so it is told, not supposed.
     */
    credits: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words opening a consequence that grants its condition, per language ("it is also true", "il
     * n'en reste pas moins", "también es cierto", "è anche vero"): "se è vero che la stanza ha
     * ridotto le morti, è anche vero che…" takes the effect as real; "se è vero che la stanza ha
     * ridotto le morti, va ampliata" still supposes it.
     */
    grants: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words telling a sentence as said in mockery, per language ("sarcastically", "scoffs",
     * "spottet", "ironise", "smaalt", "con sorna", "ironiza", "con sarcasmo"): an effect it tells
     * is mocked, not claimed. Not "ironically", which in news prose means "as it happens".
     */
    ironies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * An effect inflated past what anyone claims, per language ("will save every life", "magic
     * bullet", "jedes Leben retten werde", "remède miracle", "wondermiddel", "varita mágica",
     * "bacchetta magica"; the saving of every life only as promised, not as striven for): a
     * measured effect in the same clause is a straw man held up to mock, unless a negator in the
     * clause concedes it ("it is no magic bullet, but…").
     */
    hyperboles: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of preference right after a frame ("should rather", "sollte lieber", "devrait plutôt",
     * "zou liever", "debería más bien", "deveria antes", "dovrebbe piuttosto"): the frame calls for
     * what follows instead, not for a room named before it.
     */
    preferences: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of study ("study", "feasibility", "prüfen", "étude", "onderzoeken", "estudiar",
     * "avaliar", "studiare"): after a call or a frame and just before the room, the call asks to
     * weigh a room, not for one.
     */
    studies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words naming an aim, per language ("the aim is", "aims to", "Ziel ist", "vise à", "met als
     * doel", "objetivo declarado", "tem como objetivo", "mira a"): an effect told a few words after
     * one, in its clause, is a goal, not a result ("the stated aim is to cut overdose deaths").
     */
    goals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * "And" before a verb of allowing, per language ("and allow", "und … erlauben", "et autoriser", "en … toestaan", "y permitir",
     * "e consentire"): after a call for the law's change, with rooms in general after it ("change the law and allow consumption
     * rooms"), it tells what the change is for, that change's call only.
     */
    allowing: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words naming an aim only when the effect follows at once, per language ("designed to", "aimed at",
     * "target of", "vise à", "destinado a", "Ziel der"): elsewhere they name other things ("the target of
     * criticism", "aimed at people who inject", "la mission d'information").
     */
    goalsAtOnce: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words telling an aim met, per language ("achieved", "erreicht", "atteint", "gehaald", "alcanzado", "atingido", "raggiunto"):
     * near the aim's words, the effect aimed at is then told.
     */
    goalsMet: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Hedges conceding what follows, per language ("perhaps", "zugegeben", "mag", "peut-être", "misschien", "quizá", "talvez", "forse"): before a minimizer, they concede the effect in small. */
    concessives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that say a harm moved or turned up elsewhere, per language ("moved to", "shifted to",
     * "verlagert", "déplacé", "desplazado", "spostate", "verplaatst", "now turn up"): with one in
     * the sentence and no word naming the room after it, a measured claim's fall is the harm
     * displaced, not lessened ("the needles are gone from the square, but now turn up in the park").
     */
    displacements: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words of inside, per language ("indoors", "nach drinnen", "à l'intérieur", "naar binnen", "al interior", "para dentro", "al chiuso"): after a displacement, the harm taken in. */
    indoors: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Negative pronouns and determiners that open a clause as its subject, per language ("nobody",
     * "not a single", "none of", "niemand", "kein einziger", "personne", "aucun", "geen enkele",
     * "nadie", "ningún", "ninguém", "nessuno"): one before a call's frame in its clause refuses the
     * call ("Nobody in the town hall calls for a room"), words between or not.
     */
    negativeSubjects: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of wish or obligation, per language ("want", "hope", "should", "will", "soll", "veut",
     * "doit", "wil", "mag", "quiere", "debe", "quer", "deve", "vuole"): negated before a verb that
     * closes or opposes the room, they call for keeping it ("do not want the room to close", "should
     * not close it"); a negated demand or vote ("did not call for it to close") does not.
     */
    wishes: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words placing something near or away from a place, per language ("away from", "near",
     * "in der Nähe", "près de", "vlakbij", "cerca de", "perto de", "vicino a"): a counter-cue
     * just after one is where the room stands ("kept well away from schools"), not another debate.
     */
    placings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words placing a service at the room, per language ("around", "outside", "rund um", "autour
     * de", "rond de", "alrededor de", "à volta de", "intorno a"): two words at most before the
     * room, after a service the call names, the call is for the service there ("calling for more
     * police patrols around the consumption room"). Apart from `placings`, which counter-cues
     * read, where "by" or "voor de" would place a school's gates or a housing queue.
     */
    /** Modals of ability, per language ("can", "kann", "peut", "kan", "puede", "pode", "può"): a call's own cue with a negative subject before it is denied to all only under one ("no council can open a site"). */
    abilities: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    servicePlacings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words of a room yet to be, per language ("new", "second", "zweiten", "nouvelle", "tweede",
     * "nueva", "segunda", "nuova"): between an indefinite article and a weak cue of the room, they
     * make it the object an `objectCalls` verb calls for ("apoyaremos una nueva sala").
     */
    novelties: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of staying or being kept, per language ("stay", "remain", "bleiben", "rester", "soit
     * maintenue", "blijven", "se quede", "fique", "resti"): with the room as their subject, ending
     * their clause, under a wish, modal or demand ("the room must stay", "piden que el local se
     * quede"), they call for keeping it (see `keptCall` in the finder).
     */
    stays: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** What keeps a `stays` verb's room where it is, after the verb ("where it is", "dov'è", "an seinem Platz"): the verb's clause may go on with one. */
    inPlace: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that, opening a sentence, make its first clause a wish in the subjunctive (French,
     * Spanish, Portuguese "que", Italian "che": "Que la salle soit maintenue", "Que no nos cierren
     * la sala"): the frame of a kept room's call there. English, German and Dutch say it with a
     * modal instead and list none.
     */
    jussives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** The idiom "hands off", per language ("Finger weg", "touche pas", "handen af", "manos fuera", "giù le mani"): just before the room, a call to keep it. */
    handsOff: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What carries a slogan, per language ("banner", "placard", "chanted", "Transparent",
     * "skandierten", "banderole", "spandoek", "pancarta", "faixa", "striscione"): outside a quote
     * holding a call, it makes the quote the call of those who carry it, framed as a demand is.
     */
    slogans: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** A slogan's call with no verb of permission: an imperative opening it ("open", "rettet", "aprite") or "now" just after the room ending it ("Konsumraum jetzt!", "Sala de consumo ya"). */
    sloganCalls: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words sending the room away in a slogan, per language ("out of", "raus aus", "hors de", "weg uit", "fuera de", "fora de", "via da"): between the room and "now", no call for it. */
    sloganAway: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Imperatives of a call's verbs, per language ("keep", "approve", "ouvrez", "mantengan",
     * "aprite", "houd", "haltet"): a call's listed cue opening with one, which opens the sentence,
     * a quote or a clause after a colon or dash, is framed by its own mood ("Keep the consumption
     * room open", "alors ouvrez enfin cette salle"), as a demand would frame it.
     */
    imperatives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words an imperative may follow and still open its clause ("please", "so", "alors", "dus", "pues", "allora", "então", "bitte"). */
    imperativeOpeners: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** "And" per language: after an imperative, before the next mark other than a comma, it joins the imperative to a consequence ("Open a room, and the dealers will come"). */
    imperativeConsequences: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Speech told to the room's or a building's staff, per language ("told the cleaners", "tegen de
     * schoonmaker", "ao técnico", "au livreur"): an imperative so told is an instruction to them
     * ("'Open the consumption room,' the caretaker told the cleaners"), no call. Told to the press
     * or a council, it stays one.
     */
    addressedSpeech: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of letting, per language ("let", "lass*", "laiss*", "laat", "dej*", "deix*", "lasci*"):
     * as a call's frame only in the imperative, opening its clause ("Let the room open"); "the
     * council let the room open last spring" tells a permission given.
     */
    permissives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of belief or expectation, per language ("think", "glauben", "croire", "denken",
     * "pensar", "achar", "pensare"): a folly judging one ("a mistake to think the room will
     * close") judges the belief, not the closing.
     */
    beliefs: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words that make a denial hard or rare, per language ("impossible", "hard", "few",
     * "schwer", "difficile", "moeilijk", "imposible", "difícil", "difficile"): just before a
     * dispute they turn it round as a negator does ("it is hard to deny that…").
     */
    scarcely: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Patients of another, chronic illness, per language ("diabetic", "Diabetiker",
     * "suikerpatiënt", "diabético", "malato di cancro"): near a punishment refused or asked about,
     * the analogy that addiction is an illness like theirs ("nobody jails a diabetic").
     */
    illnessesAlike: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Fines and administrative penalties, per language ("fines", "Bußgeld", "amende", "boete",
     * "multa", "coima", "sanzione"): set against care, or refused to another illness's patient,
     * the punishment health-not-crime rejects; the claim's own crime part leaves them out, since a
     * fine alone is mostly for parking.
     */
    penalties: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Addiction and its users as a copula's subject, per language ("addiction", "Sucht",
     * "toxicomanie", "verslaafden", "adicción", "toxicodependente", "tossicodipendente"): narrower
     * than the claim's subject part, whose "drug*" also opens a drug policy or a drug room.
     */
    addictions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Copulas, per language ("is", "ist", "sei", "est", "zijn", "es", "é", "è"): just after an `addictions` word, what it is called. */
    copulas: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Illnesses and health matters a copula may call addiction, per language ("disease", "health
     * issue", "Erkrankung", "maladie", "ziekte", "enfermedad", "doença", "malattia").
     */
    maladies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Patients and the sick, per language ("patients", "krank", "malades", "zieken", "pacientes", "doentes", "paziente"): what a copula may call users. */
    patients: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Prepositions that make a patient one of a place or a doctor, per language ("of", "at",
     * "bei", "chez", "van", "del", "do", "presso"): just after a `patients` word, a fact of whom
     * is treated where, not a call for treatment ("users are patients of the clinic").
     */
    affiliations: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Definite articles, demonstratives and possessives, per language ("the", "der", "le", "het",
     * "el", "o", "il"): before another illness's patient, one person of a story, not the illness in
     * general; after a copula, "the disease" of something named; in Portuguese and Italian, "e a"
     * is "and the".
     */
    definites: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Anybody and nobody, per language ("anyone", "niemanden", "personne", "niemand", "nadie", "ninguém", "nessuno"): beside a cure a punishment never gave. */
    nobodies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words likening one thing to another, per language ("like", "as", "wie", "comme", "zoals", "como", "come"): addiction handled like an illness. */
    likes: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Named chronic illnesses, per language ("diabetes", "asthma", "Krebs", "diabète", "kanker",
     * "cancro"): what addiction is handled like; kept from `maladies`, since "addiction is a cancer
     * on the city" is a metaphor, not a diagnosis.
     */
    illnesses: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of handling or regarding, per language ("treated", "seen", "behandelt", "traiter",
     * "aanpakken", "abordar", "encarar", "affrontata"): with a likening, addiction handled as an
     * illness; without one, addiction spreading like a disease is a metaphor of contagion.
     */
    handlings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Indefinite articles, per language ("a", "einen", "une", "een", "una", "uma", "un'*"): what opens an `objectCalls` verb's object. */
    indefinites: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The lists of a death told as averted, per language (src/engine/claims/averted-death.ts), read by
     * a claim that `avertsDeath`. An overdose or emergency handled ("overdose", "Notfall",
     * "sobredosis"; not an injection, whose "otherwise in a stairwell" is the public's harm).
     */
    emergencies: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A turn of the counterfactual or of an ending that stops, a few words after the emergency
     * ("otherwise", "would have", "sonst", "wäre", "ne finit pas", "dejan de convertirse en", "zou",
     * "teria", "sarebbe"); not a bare negator, which an overdose told as a death denies as well.
     */
    averting: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** A death or its rites, a few words after the turn ("morgue", "funeral", "Todesfall", "esquela", "obituário", "necrologio"). */
    deathEnds: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A place where people die alone, after the turn, said of a death only with an `endings` word
     * ("toilet", "stairwell", "Bahnhofstoilette", "toilettes", "portiek", "casa de banho", "androne"):
     * alone, "otherwise in the stairwell" may be the public's harm.
     */
    lonelyPlaces: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Words of an ending or of dying alone, from the turn to just after a place ("ended", "zu Ende", "finit", "seule", "acabar", "sozinho"). */
    endings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Being carried out dead ("in a body bag", "feet first", "mit den Füßen voran", "les pieds
     * devant", "met de voeten vooruit", "con los pies por delante", "com os pés para a frente",
     * "con i piedi davanti"): just after a negator or negative subject, the room's record.
     */
    carriedOutDead: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A cost told in lives ("paid in lives", "se paie en vies", "se conta em vidas", "kostet
     * Menschenleben", "se cobre más vidas"): a few words after a `delaysCounted` word.
     */
    pricedInLives: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A delay, a wait or a closing, or what comes before it ("delay", "every month", "Verzögerung",
     * "retard", "atraso", "antes de que", "prima che"): its price in lives says the room saves them.
     */
    delaysCounted: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Other rescuers ("hospital", "A&E", "ambulance", "Notaufnahme", "les urgences", "pronto
     * soccorso"; firefighters and road safety are counters already): in or just before a
     * construction, it tells their work, not the room's.
     */
    otherRescuers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * The people of another rescue service ("paramedics", "Sanitäter", "secouristes", "soccorritori"):
     * one standing before a saving in its clause, with nothing tying it to the room, is who saved.
     */
    lifesavers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * What enforces the drug law, per language ("prohibition", "prisons", "arrests", "raids",
     * "police", "fines", "bulldozers", "criminal code", "Razzien", "Strafgesetzbuch", "amendes",
     * "handhaving", "multas", "cadeias", "ruspe"): the subject of the failing approach's
     * constructions of futile enforcement (src/engine/claims/enforcement-removed-nothing.ts).
     */
    enforcers: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of removal, per language ("taken … off", "driven … out", "got rid of", "vertrieben",
     * "chassé", "verdreven", "quitado", "tirou", "tolto"): negated a few words after an enforcer,
     * with a drug and a place beside them, the enforcement removed nothing.
     */
    removals: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** What enforcement is meant to remove, per language: drugs, heroin, dealers, dealing, users ("droga", "Dealer", "spaccio"). */
    removedThings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Where it is meant to remove it from, per language: street, neighbourhood, park, square, city ("Viertel", "quartier", "wijk", "barrio", "bairro", "piazza"). */
    streets: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of pretending, per language ("pretend*", "so tun als", "faire semblant", "doen
     * alsof", "fingir", "fazer de conta", "far finta"): with a solving said of an enforcer after
     * it, the enforcement is pretended to work ("cannot keep pretending that raids will solve it").
     */
    pretences: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Verbs and nouns of solving, per language ("solve*", "lösen", "résoudre", "oplossen", "resolver", "risolvere", "solution"): what a pretence says enforcement does. */
    solutions: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Verbs of enforcing as an act, per language ("arresting", "locking up", "verhaften",
     * "enfermer", "opsluiten", "encarcelar", "prender", "arrestare"): opening a sentence, a few
     * words before a likening, they are what is likened ("arresting addicts is like…"); a noun
     * opening one may be a speaker ("police say the room is like…").
     */
    enforcing: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * Words making what follows the means of an act, per language ("with", "as", "mit", "avec",
     * "à coups de", "met", "con", "a base de", "com", "a colpi di"): an enforcer a few words after
     * one is how the act likened is done ("treating addiction with fines is like…"), not a speaker
     * ("police say the room is like…").
     */
    instruments: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /**
     * A likening to an act, per language, its verb's ending written with a leading "*" ("is like
     * *ing", "als wollte man", "c'est comme *er", "is als *en", "es como *ar", "é como *ar",
     * "è come *are"): after an enforcer as the means of an act (`instruments`) or just before it,
     * with a `futilities` word after it, the enforcement is likened to a futile act ("treating
     * addiction with fines is like bailing out the sea: useless").
     */
    likenings: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    /** Judgements of uselessness, per language ("useless", "pointless", "sinnlos", "inutile", "zinloos", "inútil", "assurdo"): what a likening says of the act. */
    futilities: v.optional(Negators, { en: [], de: [], fr: [], nl: [], es: [], pt: [], it: [] }),
    claims: v.array(Claim),
  }),
  v.check((model) => new Set(model.claims.map((c) => c.id)).size === model.claims.length, 'lists a claim id twice'),
  v.check(
    (model) =>
      model.claims.every(({ wider }) => wider === undefined || model.claims.some((other) => other.id === wider.claim && other.parts.includes(wider.part))),
    'wider must name a claim of the file and one of its parts',
  ),
  v.check(
    (model) =>
      model.claims.every((claim) =>
        [...claim.yieldsTo, ...(claim.weakYieldsTo?.claims ?? [])].every((id) => id !== claim.id && model.claims.some((other) => other.id === id)),
      ),
    (issue) => {
      const model = issue.input as { claims: { id: string; yieldsTo?: string[]; weakYieldsTo?: { claims: string[] } }[] };
      const claim = model.claims.find((c) =>
        [...(c.yieldsTo ?? []), ...(c.weakYieldsTo?.claims ?? [])].some((id) => id === c.id || !model.claims.some((o) => o.id === id)),
      );
      return `claim "${claim?.id ?? '?'}": yieldsTo and weakYieldsTo must name other claims of the file`;
    },
  ),
);
export type Claims = v.InferOutput<typeof Claims>;
