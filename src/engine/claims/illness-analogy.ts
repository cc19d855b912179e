/**
 * Health, not crime, said without the claim's own three parts: by analogy with another illness
 * or by the remedy addiction calls for. A claim whose two contrasted parts are health and crime
 * (health-not-crime: `contrasted.parts` lists health first) is made by any of five constructions,
 * which then stand for the parts left without a cue:
 * - another illness's patient and a punishment refused or asked about ("Een suikerpatiënt stop je
 *   toch ook niet in de cel?", "nobody jails a diabetic");
 * - addiction or its users called an illness or patients ("Sucht sei eine chronische Erkrankung",
 *   "un tossicodipendente è un paziente");
 * - addiction handled like another illness ("la dipendenza si cura come il diabete");
 * - care set against a fine ("mit Behandlung, nicht mit Bußgeldbescheiden"), as `setAgainst` sets
 *   care against a cell;
 * - a punishment that cures nobody ("le manette non hanno mai curato nessuno").
 * Each needs its words in order and near each other: a diabetic's story, a patient of a clinic,
 * a parking fine or a disease of politics says nothing.
 */
import type { Claims } from '../../data/claims-schema';
import type { Lang } from '../../data/lexicon-schema';
import type { CompiledClaim, CompiledLanguage } from './compiled-claims';
import { isNegatorIn, spansOf, type CompiledCue, type Span } from './cues';
import type { SentenceWords } from './sentence';

/** A language's words for the constructions (claims.json's lists of the same names). */
export interface IllnessWords {
  readonly illnessesAlike: readonly CompiledCue[];
  readonly penalties: readonly CompiledCue[];
  readonly addictions: readonly CompiledCue[];
  readonly copulas: readonly CompiledCue[];
  readonly maladies: readonly CompiledCue[];
  readonly patients: readonly CompiledCue[];
  readonly affiliations: readonly CompiledCue[];
  readonly definites: readonly CompiledCue[];
  readonly nobodies: readonly CompiledCue[];
  readonly likes: readonly CompiledCue[];
  readonly illnesses: readonly CompiledCue[];
  readonly handlings: readonly CompiledCue[];
}

export function compileIllnessWords(model: Claims, lang: Lang, compileAll: (forms: readonly string[]) => CompiledCue[]): IllnessWords {
  return {
    illnessesAlike: compileAll(model.illnessesAlike[lang]),
    penalties: compileAll(model.penalties[lang]),
    addictions: compileAll(model.addictions[lang]),
    copulas: compileAll(model.copulas[lang]),
    maladies: compileAll(model.maladies[lang]),
    patients: compileAll(model.patients[lang]),
    affiliations: compileAll(model.affiliations[lang]),
    definites: compileAll(model.definites[lang]),
    nobodies: compileAll(model.nobodies[lang]),
    likes: compileAll(model.likes[lang]),
    illnesses: compileAll(model.illnesses[lang]),
    handlings: compileAll(model.handlings[lang]),
  };
}

/** Words between another illness's patient and the punishment refused them ("a diabetic … in a cell", "in de cel … een suikerpatiënt"). */
const ALIKE_WITHIN = 8;
/** Words before a punishment where the negator refusing it may stand ("nobody would ever put an asthmatic in a cell"). */
const REFUSED_BEFORE = 8;
/** Words between addiction and its copula: one ("la adicción no es", "drug addiction, too, is" is two and reads as none). */
const COPULA_AFTER = 1;
/** Words between addiction and the drug its complement names ("addiction to drugs", "la adicción a las drogas"). */
const OBJECT_WITHIN = 2;
/** Words between the copula and the illness ("è un paziente", "sei eine chronische Erkrankung", "es ante todo una cuestión"). */
const MALADY_AFTER = 4;
/** Words between care and the contrast, and between the contrast and the fine, as `setAgainst` reads them. */
const CARE_BEFORE = 4;
const FINE_AFTER = 3;
/** Words between a punishment and the cure it never gave, and between the cure and its nobody ("hanno mai curato nessuno", "noch niemanden geheilt"). */
const CURE_AFTER = 4;
const NOBODY_BESIDE = 2;
/** Words between addiction and its likening, and between the likening and the illness ("la dipendenza si cura come il diabete", "wie jede andere chronische Krankheit"). */
const LIKENED_AFTER = 4;
const ILLNESS_AFTER = 3;
/** Words around the two where the verb of handling may stand ("trattare la tossicodipendenza come…", "…wie Diabetes behandelt werden"). */
const HANDLED_WITHIN = 3;

/**
 * The construction that says the claim, as a cue of the claim's strong weight standing for each
 * part without a cue of its own, or null. Only for a claim whose contrasted parts are health and
 * crime.
 */
export function illnessAnalogy(claim: CompiledClaim, language: CompiledLanguage, sentence: SentenceWords): CompiledCue | null {
  if (claim.contrast === null) return null;
  const [healthAt, crimeAt] = claim.contrast.parts;
  const read = new Reading(language, sentence);
  const form =
    read.illnessAlike(language.parts[crimeAt]!) ??
    read.calledIllness(language.parts[claim.contrast.supplies]!) ??
    read.treatedAlike() ??
    read.careAgainstFine(language.parts[healthAt]!) ??
    read.curesNobody(language.parts[crimeAt]!, language.parts[healthAt]!);
  return form === null ? null : { form, words: [], weight: language.strong };
}

class Reading {
  readonly #words: readonly string[];
  readonly #clauseStarts: ReadonlySet<number>;
  /** The language's words of illness, compiled on the first reading that needs them. */
  readonly illness: IllnessWords;

  constructor(
    readonly language: CompiledLanguage,
    readonly sentence: SentenceWords,
  ) {
    this.#words = sentence.words;
    this.illness = language.illness();
    this.#clauseStarts = new Set(sentence.clauses().map(({ at }) => at));
  }

  /** Every place a cue of `cues` stands, with its form. */
  spans(cues: readonly CompiledCue[]): (Span & { form: string })[] {
    return cues.filter((cue) => this.sentence.has(cue)).flatMap((cue) => spansOf(cue, this.#words).map((span) => ({ ...span, form: cue.form })));
  }

  isOne(list: readonly CompiledCue[], at: number): boolean {
    const word = this.#words[at];
    return word !== undefined && isNegatorIn(list, word);
  }

  negates(at: number): boolean {
    return this.isOne(this.language.negators, at);
  }

  /** Does a clause open after the word at `from` and at or before the one at `to`? */
  opensWithin(from: number, to: number): boolean {
    for (let at = from + 1; at <= to; at++) if (this.#clauseStarts.has(at)) return true;
    return false;
  }

  /**
   * Another illness's patient, named in general (no definite article or possessive before it:
   * "a diabetic", "diabetics", not "the diabetic"), near a punishment (the claim's crime or a
   * fine) that a negator in its clause refuses, or that a question asks about: "you don't lock
   * up a diabetic for high sugar", "Een suikerpatiënt stop je toch ook niet in de cel?". A
   * question's being rhetorical is left to the finder.
   */
  illnessAlike(crime: readonly CompiledCue[]): string | null {
    const { illness } = this;
    const alike = this.spans(illness.illnessesAlike).filter(({ at }) => !this.isOne(illness.definites, at - 1));
    if (!alike.length) return null;
    const asked = this.sentence.text.includes('?');
    const refused = ({ at, end }: Span): boolean => {
      for (let i = Math.max(0, at - REFUSED_BEFORE); i < end; i++) if (this.negates(i) && !this.opensWithin(i, at)) return true;
      return false;
    };
    for (const punishment of this.spans([...crime, ...illness.penalties]))
      for (const patient of alike) {
        const apart = punishment.at >= patient.end ? punishment.at - patient.end : patient.at - punishment.end;
        if (apart >= 0 && apart <= ALIKE_WITHIN && (asked || refused(punishment))) return `${patient.form} … ${punishment.form}`;
      }
    return null;
  }

  /**
   * Addiction or its users, then a copula just after, then an illness or patients within a few
   * words, no negator between: "Sucht sei eine chronische Erkrankung", "un tossicodipendente è
   * un paziente". Not "la adicción no es una enfermedad", not "is the disease" (a definite
   * article after the copula, which keeps "e a doença" a conjunction), and not patients of a
   * place ("users are patients of the clinic").
   */
  calledIllness(drugs: readonly CompiledCue[]): string | null {
    const { illness } = this;
    const subjects = this.spans(illness.addictions);
    if (!subjects.length) return null;
    const maladies = this.spans(illness.maladies);
    const patients = this.spans(illness.patients).filter(({ end }) => !this.isOne(illness.affiliations, end));
    const named = this.spans(drugs);
    for (const subject of subjects) {
      // Its complement may name the drug ("la adicción a las drogas es", "a dependência de drogas é"), not anything else ("Sucht nach Schlagzeilen ist").
      const ends = [
        subject.end,
        ...named
          .filter(({ at, end }) => at > subject.end && at - subject.end <= OBJECT_WITHIN && !this.opensWithin(subject.end - 1, end))
          .map(({ end }) => end),
      ];
      for (const end of ends)
        for (let copula = end; copula <= end + COPULA_AFTER; copula++) {
          if (!this.isOne(illness.copulas, copula) || this.isOne(illness.definites, copula + 1)) continue;
          const called = [...maladies, ...patients].find(({ at }) => at > copula && at - copula - 1 <= MALADY_AFTER);
          if (!called) continue;
          let negated = false;
          for (let i = subject.end; i < called.at; i++) negated ||= this.negates(i);
          if (!negated) return `${subject.form} … ${this.#words[copula]!} … ${called.form}`;
        }
    }
    return null;
  }

  /**
   * Addiction handled as an illness or like another one: an `addictions` word, a likening ("like",
   * "wie", "comme", "come") a few words after it, an illness or patients just after that, and a
   * verb of handling around them, no negator between: "la dipendenza si cura come il diabete",
   * "Sucht muss wie jede andere Krankheit behandelt werden", "trattare la tossicodipendenza come
   * una questione sanitaria". Addiction that spreads like a disease is handled by no one.
   */
  treatedAlike(): string | null {
    const { illness } = this;
    const subjects = this.spans(illness.addictions);
    const likes = subjects.length ? this.spans(illness.likes) : [];
    if (!likes.length) return null;
    const ills = [
      ...this.spans(illness.maladies),
      ...this.spans(illness.illnesses),
      ...this.spans(illness.patients).filter(({ end }) => !this.isOne(illness.affiliations, end)),
    ];
    const handled = this.spans(illness.handlings);
    for (const subject of subjects)
      for (const like of likes) {
        if (like.at < subject.end || like.at - subject.end > LIKENED_AFTER) continue;
        const ill = ills.find(({ at }) => at >= like.end && at - like.end <= ILLNESS_AFTER);
        if (!ill) continue;
        const handling = handled.find(
          ({ at, end }) =>
            (at >= subject.at - HANDLED_WITHIN && end <= like.at && !(at >= subject.at && at < subject.end)) ||
            (at >= ill.end && at - ill.end <= HANDLED_WITHIN),
        );
        if (!handling) continue;
        let negated = false;
        for (let i = Math.min(subject.end, handling.at); i < Math.max(ill.at, handling.end); i++) negated ||= this.negates(i);
        if (!negated) return `${subject.form} … ${like.form} … ${ill.form}`;
      }
    return null;
  }

  /**
   * Care set against a fine: a cue of care, then a contrast ("rather than", or a negator opening
   * a clause), then a fine ("mit Behandlung, nicht mit Bußgeldbescheiden", "treatment rather
   * than fines"); or the fine refused first and corrected into care ("not with fines but with
   * treatment"). "Fines rather than treatment" argues the other way; a negator inside a clause
   * ("the doctor did not issue fines") sets nothing against anything.
   */
  careAgainstFine(health: readonly CompiledCue[]): string | null {
    const { contrasts, corrections } = this.language;
    const { illness } = this;
    const fines = this.spans(illness.penalties);
    if (!fines.length) return null;
    const cares = this.spans(health);
    const against = [
      ...this.spans(contrasts),
      ...this.#words.flatMap((_, at) => (this.#clauseStarts.has(at) && this.negates(at) ? [{ at, end: at + 1, form: this.#words[at]! }] : [])),
    ];
    const corrected = this.spans(corrections);
    for (const fine of fines)
      for (const care of cares) {
        const careFirst = against.some((c) => care.end <= c.at && c.at - care.end <= CARE_BEFORE && c.end <= fine.at && fine.at - c.end <= FINE_AFTER);
        const fineRefused =
          fine.end <= care.at &&
          [fine.at - 1, fine.at - 2].some((at) => at >= 0 && this.negates(at)) &&
          corrected.some((c) => c.at >= fine.end && c.at - fine.end <= FINE_AFTER && c.end <= care.at && care.at - c.end <= FINE_AFTER);
        if (careFirst || fineRefused) return `${care.form} … ${fine.form}`;
      }
    return null;
  }

  /**
   * A punishment that never cured anyone: a strong cue of crime, a cure (a cue of health) a few
   * words after it in its clause, a nobody beside the cure, and a negator between ("le manette
   * non hanno mai curato nessuno", "Gefängnis hat noch niemanden geheilt", "prison cures
   * nobody"). A wound the handcuffs left, healing, has no nobody and no negator.
   */
  curesNobody(crime: readonly CompiledCue[], health: readonly CompiledCue[]): string | null {
    const { strong } = this.language;
    const { illness } = this;
    const nobodies = this.spans(illness.nobodies);
    if (!nobodies.length) return null;
    const cures = this.spans(health);
    for (const punishment of this.spans(crime.filter((cue) => cue.weight >= strong)))
      for (const cure of cures) {
        if (cure.at < punishment.end || cure.at - punishment.end > CURE_AFTER || this.opensWithin(punishment.end - 1, cure.at)) continue;
        const nobody = nobodies.find(
          ({ at, end }) => at >= punishment.end && ((at >= cure.end && at - cure.end <= NOBODY_BESIDE) || (end <= cure.at && cure.at - end <= NOBODY_BESIDE)),
        );
        if (!nobody) continue;
        let negated = false;
        for (let i = punishment.end; i < Math.max(cure.end, nobody.end); i++) negated ||= this.negates(i);
        if (negated) return `${punishment.form} … ${cure.form} … ${nobody.form}`;
      }
    return null;
  }
}
