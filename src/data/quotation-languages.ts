/**
 * How each of the seven languages marks and attributes a quotation, as data for the
 * quotation extractor: reporting verbs (finite forms news writing uses, in the third person),
 * "according to" words, the pronouns that stand for a speaker named before, the clauses that
 * open a sentence without being its subject, and a few frequent words to tell the languages
 * apart when the caller does not say which one a text is in.
 */
import type { Lang } from './lexicon-schema';

export interface QuotationLanguage {
  /** Reporting verbs, before or after a quotation: "said", "sagte", "a déclaré", "ha detto". */
  verbs: readonly string[];
  /** Words that attribute only after a quotation, like a verb: German "so", Dutch "aldus". */
  afterOnly: readonly string[];
  /** "According to", before or after a quotation: "laut", "selon", "según". */
  according: readonly string[];
  /** Pronouns that stand for the last speaker named: "she", "sie", "elle". */
  pronouns: readonly string[];
  /** A clause opening the sentence that is not its subject: "In a letter to Atkins, ". */
  openingClause: RegExp;
  /**
   * Verb-second languages put the subject after the verb when something else opens the
   * sentence ("Am Montag sagte Berger: „…“"): these words open such a sentence.
   */
  verbSecondOpeners: RegExp | null;
  /** Spanish, Portuguese and Italian leave the subject out: "«…», ha aggiunto." is the last speaker. */
  dropsSubject: boolean;
  /** French inverts a pronoun after a quotation: "a-t-elle déclaré", "estime-t-il", "dit-elle". */
  invertedPronoun: RegExp | null;
  /** Frequent words of the language, to guess it. */
  commonWords: ReadonlySet<string>;
}

const words = (list: string): Set<string> => new Set(list.split(' '));

export const QUOTATION_LANGUAGES: Record<Lang, QuotationLanguage> = {
  en: {
    verbs: [
      ...'said says told tells wrote writes added adds stated states explained explains warned warns argued argues insisted insists claimed claims commented comments noted notes urged urges replied replies declared declares continued continues asked asks stressed stresses admitted admits acknowledged acknowledges conceded concedes suggested suggests responded responds'.split(
        ' ',
      ),
    ],
    afterOnly: [],
    according: ['according to'],
    pronouns: ['he', 'she', 'they'],
    openingClause:
      /^(?:In|At|On|After|Before|During|Speaking|Writing|Responding|Asked|From|With|Without|Last|Earlier|Later|Yesterday|Today|However|Meanwhile|Separately|Also|But|And|Then|Now)\b[^,]*,\s*/,
    verbSecondOpeners: null,
    dropsSubject: false,
    invertedPronoun: null,
    commonWords: words('the and of to a in is was that it for on with said he she they by as at this be are were has have not'),
  },
  de: {
    verbs: [
      ...'sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint schrieb schreibt warnte warnt mahnte mahnt kritisierte kritisiert forderte fordert ergänzte ergänzt bekräftigte bekräftigt versicherte versichert'.split(
        ' ',
      ),
    ],
    afterOnly: ['so'],
    according: ['laut', 'nach Angaben von', 'zufolge'],
    pronouns: ['er', 'sie'],
    openingClause: /^(?:In einem|In ihrem|In seinem|Auf|Bei|Nach|Vor|Während|Gegenüber|Auf die Frage)\b[^,]*,\s*/,
    verbSecondOpeners:
      /^(?:Am|Im|In|Auf|Bei|Nach|Vor|Seit|Während|Gegenüber|Dazu|Dann|Damals|Gestern|Heute|Später|Zuvor|Auch|Außerdem|Zudem|Bereits|Schon|Trotzdem|Deshalb|Daher|Dort|Hier|Nun|Jetzt|Vergangene|Vergangenen|Letzte|Letzten|Anschließend|Darauf|Darin)\b/,
    dropsSubject: false,
    invertedPronoun: null,
    commonWords: words('der die das und ist nicht mit ein eine den dem zu von sie er sagte auch sich es für auf im wird wurde'),
  },
  fr: {
    verbs: [
      ...'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a estimé|a assuré|a indiqué|a précisé|a averti|a insisté|a confié|a rappelé|a écrit|a répondu|a martelé|ont déclaré|ont dit|ont affirmé|ont écrit|ont estimé|déclare|dit|affirme|ajoute|explique|souligne|estime|assure|indique|précise|écrit|répond|rappelle|insiste|déclarent|estiment|affirment'.split(
        '|',
      ),
    ],
    afterOnly: [],
    according: ['selon', "d'après", 'd’après'],
    pronouns: ['il', 'elle', 'ils', 'elles'],
    openingClause:
      /^(?:Dans|Lors|Après|Avant|Pendant|Interrogée?s?|Interrogés|Contactée?s?|Jeudi|Lundi|Mardi|Mercredi|Vendredi|Samedi|Dimanche|Mais|Et|Puis|Ensuite|Pour sa part|Pour leur part|De son côté|De leur côté)\b[^,]*,\s*/,
    verbSecondOpeners: null,
    dropsSubject: false,
    invertedPronoun:
      /^\s*,?\s*((?:a|ont)-t-(il|elle|ils|elles)\s+(?:déclaré|dit|affirmé|ajouté|expliqué|souligné|estimé|assuré|indiqué|précisé|averti|insisté|confié|rappelé|écrit|répondu|martelé)|(?:déclare|dit|affirme|ajoute|explique|souligne|estime|assure|indique|précise|écrit|répond|rappelle|insiste)-(?:t-)?(il|elle|ils|elles))(?![\p{L}\p{N}])/u,
    commonWords: words('le la les des et est une un que pas du au aux dans pour qui sur il elle a été avec ne selon'),
  },
  nl: {
    verbs: [
      ...'zei zegt zeiden zeggen verklaarde verklaart stelde stelt benadrukte benadrukt schreef schrijft waarschuwde waarschuwt vond vindt reageerde meldde meldt'.split(
        ' ',
      ),
    ],
    afterOnly: ['aldus'],
    according: ['volgens'],
    pronouns: ['hij', 'zij', 'ze'],
    openingClause: /^(?:In een|In haar|In zijn|Tegenover|Na|Voor|Tijdens)\b[^,]*,\s*/,
    verbSecondOpeners:
      /^(?:Op|In|Bij|Na|Voor|Tijdens|Tegenover|Gisteren|Vandaag|Daarna|Toen|Ook|Eerder|Later|Daarom|Nu|Vorige|Vorig|Afgelopen|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Daarover|Volgens)\b/,
    dropsSubject: false,
    invertedPronoun: null,
    commonWords: words('de het een en van niet is dat zijn op te met voor zei er ook die heeft werd hij zij ze wordt'),
  },
  es: {
    verbs: [
      ...'dijo|afirmó|aseguró|declaró|añadió|explicó|señaló|subrayó|advirtió|sostuvo|indicó|manifestó|insistió|escribió|respondió|recordó|dijeron|afirmaron|aseguraron|ha dicho|ha afirmado|ha asegurado|ha declarado|ha señalado|ha explicado|ha añadido|dice|afirma|asegura|explica|señala|añade|sostiene|insiste'.split(
        '|',
      ),
    ],
    afterOnly: [],
    according: ['según'],
    pronouns: ['él', 'ella', 'ellos', 'ellas'],
    openingClause: /^(?:En|Durante|Tras|Antes|Después|Preguntad[oa]s?|Consultad[oa]s?|Por su parte|Pero|Y)\b[^,]*,\s*/,
    verbSecondOpeners: null,
    dropsSubject: true,
    invertedPronoun: null,
    commonWords: words('el la los las de que y en un una del por con para es no se al lo según dijo su'),
  },
  pt: {
    verbs: [
      ...'disse|afirmou|declarou|acrescentou|explicou|sublinhou|salientou|garantiu|defendeu|referiu|frisou|alertou|considerou|escreveu|respondeu|disseram|afirmaram|declararam|diz|afirma|explica|sublinha|garante|defende|considera|refere'.split(
        '|',
      ),
    ],
    afterOnly: [],
    according: ['segundo', 'de acordo com'],
    pronouns: ['ele', 'ela', 'eles', 'elas'],
    openingClause: /^(?:Em|Durante|Após|Antes|Depois|Questionad[oa]s?|Contactad[oa]s?|Por seu lado|Mas|E)\b[^,]*,\s*/,
    verbSecondOpeners: null,
    dropsSubject: true,
    invertedPronoun: null,
    commonWords: words('o a os as de que e em um uma do da dos das não para com por ao é se segundo disse na no'),
  },
  it: {
    verbs: [
      ...'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|ha sostenuto|ha ribadito|ha precisato|ha osservato|ha scritto|ha risposto|ha avvertito|hanno detto|hanno dichiarato|hanno affermato|disse|dice|afferma|dichiara|spiega|sottolinea|aggiunge|sostiene|ribadisce|osserva'.split(
        '|',
      ),
    ],
    afterOnly: [],
    according: ['secondo'],
    pronouns: ['lui', 'lei', 'loro', 'egli', 'essa'],
    openingClause: /^(?:In|Durante|Dopo|Prima|Interpellat[oaie]|Intervistat[oaie]|Da parte sua|Ma|E)\b[^,]*,\s*/,
    verbSecondOpeners: null,
    dropsSubject: true,
    invertedPronoun: null,
    commonWords: words('il la le gli di che e è un una del della per non in con si ha sono al secondo'),
  },
};

/**
 * The language among the seven whose frequent words the text uses most; English when none
 * stands out (a text too short to tell).
 */
export function guessQuotationLanguage(text: string): Lang {
  const counts = new Map<Lang, number>();
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const [token] of sample.toLowerCase().matchAll(/[\p{L}’']+/gu)) {
    for (const [lang, profile] of Object.entries(QUOTATION_LANGUAGES) as [Lang, QuotationLanguage][]) {
      if (profile.commonWords.has(token)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best: Lang = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
