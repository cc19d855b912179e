/**
 * Finds every quotation in an article's text and who the article says spoke it, from the
 * text alone, in the seven languages of the lexicon: quotation marks, reporting verbs in
 * either order ("X said: …", "…, said X", „…“, sagte sie; « … », a-t-elle déclaré; «…»,
 * ha aggiunto), "according to" (laut, selon, volgens, según, segundo, secondo), German "so X"
 * and Dutch "aldus X", and pronouns ("She", sie, elle, zij, ella, ela, lei) resolved to the
 * last named speaker. The builder checks the curated annotations against this, so an
 * article's quotation cannot be missed or misattributed; the extension uses it to tell the
 * voices a page quotes from those it merely names.
 *
 * Quotation marks: “…”, "…", „…“ and „…”, «…» (spaced or not), »…«. A quotation may hold
 * one of another style (‘…’, ‚…‘, ‹…›, › …‹, “…” inside «…», "…"): it stays one quotation.
 * Single marks do not open a quotation, because ’ is also the apostrophe — except in Dutch,
 * where ‘…’ is the newspapers' usual mark, and in English text that opens more quotations with
 * single marks than double ones (the British style: ‘…’, with “…” inside); there an apostrophe
 * (auto’s, boss’s, the nurses’ rota) is told from a closing mark. A paragraph that leaves a quotation open and a next paragraph that
 * opens with the same mark are one quotation continued (the usual convention). Dialogue
 * dashes (Spanish and Portuguese "—") are a convention of fiction and interviews, not of news
 * reports, and are not read as quotations.
 */
import { paragraphsOf, sentenceEnd, sentenceStart, type IsQuoted, type Paragraph } from './article-text';
import type { Lang } from './lexicon-schema';
import { guessQuotationLanguage, QUOTATION_LANGUAGES, type QuotationLanguage } from './quotation-languages';

/** A stretch of the article and its text. */
export interface Words {
  start: number;
  end: number;
  text: string;
}

export type QuotationKind = 'direct-quote' | 'partial-quote';

export interface Quotation extends Words {
  /** `start`/`end`/`text` are the words inside the marks, without the marks. */
  kind: QuotationKind;
  /** Continues the previous paragraph's quotation, which was left open. */
  continued: boolean;
  /** The words that attribute it: "She added", "said Dr Patel", "sagte sie"; null when none are found. */
  attribution: Words | null;
  /**
   * Who spoke, as the article names them: "Thewliss"; for a pronoun, or a verb whose subject
   * the language leaves out ("ha aggiunto"), the named speaker it stands for.
   */
  speaker: Words | null;
  /** The pronoun that stood for the speaker ("She", "elle"), when one did. */
  pronoun: string | null;
}

export interface QuotationMarkProblem {
  offset: number;
  reason: string;
}

export interface QuotationScan {
  quotations: Quotation[];
  /** Unbalanced quotation marks: the scan cannot say what is quoted there. */
  problems: QuotationMarkProblem[];
  /** The language whose reporting verbs and pronouns were read: the one asked for, or the one guessed. */
  language: Lang;
}

export interface ExtractQuotationsOptions {
  /**
   * The text's language, for its reporting verbs and pronouns; `'auto'` (the default) guesses
   * it from frequent words (English when the text is too short to tell). Quotation marks of
   * every style are read in any language.
   */
  language?: Lang | 'auto';
}

/** Each opening mark and the marks that close it. */
const OUTER: Readonly<Record<string, string>> = { '“': '”', '"': '"', '„': '“”', '«': '»', '»': '«' };
/** Dutch newspapers, and British ones, quote with single marks. */
const OUTER_SINGLE: Readonly<Record<string, string>> = { ...OUTER, '‘': '’' };
/** Marks that open a quotation inside one opened by the key, with their closing marks. */
const INNER: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '“': { '‘': '’' },
  '"': { '‘': '’' },
  '„': { '‚': '‘’', '‘': '’', '»': '«', '«': '»' },
  '«': { '“': '”', '"': '"', '‘': '’', '‹': '›', '„': '“”' },
  '»': { '›': '‹', '‚': '‘' },
  '‘': { '“': '”', '"': '"', '„': '”“' },
};
/** The words of a finished statement end with a stop or comma, perhaps inside a quotation they quote. */
const ENDS_LIKE_STATEMENT = /[.!?…,][’‘"”“»«›‹]*$/;
/** ", Ruth Adeyemi." closing a sentence: a name set beside the role it follows. */
const APPOSITIVE_NAME = /^,\s*\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|de|van|der|den|von|da|di|del|dos|du|la|le))*\s*[.!?]?$/u;
/** A closing mark with nothing open: reported, as a closing mark with no opening one. */
const STRAY_CLOSING = new Set(['”']);

interface LanguagePatterns {
  profile: QuotationLanguage;
  /** Any reporting verb (global, for the last one in a lead). */
  verb: RegExp;
  endsWithVerb: RegExp;
  /** "according to" and the words after it (global). */
  according: RegExp;
  /** A verb, an after-only word or "according to", right after the quotation, then its subject. */
  verbFirst: RegExp;
  /** "…, she said": a subject of up to six words, then a verb. */
  subjectFirst: RegExp;
  /** A verb right after the quotation with no subject: "«…», ha aggiunto." */
  verbAlone: RegExp | null;
  pronoun: RegExp;
  /** Where the subject after "according to" ends, when no comma ends it. */
  accordingStop: RegExp | null;
  /** Where a subject after its verb ends: at a time or place phrase ("sagte sie am Montag"). */
  subjectStop: RegExp | null;
}

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}_])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}_])';
/** Words that end a subject written after its verb, per language (English keeps the whole clause). */
const SUBJECT_STOPS: Partial<Record<Lang, string>> = {
  de: 'am|im|in|bei|gegenüber|vor|nach|auf|während|über|zu|zum|zur|dem|vergangene|vergangenen|letzte|letzten|bereits|heute|gestern',
  fr: 'à|au|aux|lors|dans|devant|en|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|hier|mardi|ce',
  nl: 'op|in|bij|tegen|tegenover|tijdens|na|gisteren|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  es: 'en|durante|a|al|ante|tras|este|esta|el pasado|ayer',
  pt: 'em|no|na|nos|nas|durante|à|ao|aos|perante|ontem|esta|este',
  it: 'in|a|al|alla|ai|durante|nel|nella|davanti|ieri|questa|questo',
};

/** Where the subject after "according to" ends when no comma ends it: at the clause's verb ("Laut Roth ist …"). */
const ACCORDING_STOPS: Partial<Record<Lang, string>> = {
  de: 'ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|muss|müssen|kann|können|soll|sollen|sei|seien|gibt|gab|geht|steht|bleibt|liegt',
  nl: 'is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|moet|moeten|kan|kunnen|zal|zullen|gaat|blijft|staat|ligt',
  fr: 'est|sont|était|sera|a|ont|doit|va|reste|serait',
  es: 'es|son|está|están|era|será|ha|han|debe|hay|tiene|sería',
  pt: 'é|são|está|estão|era|será|foi|tem|têm|há|deve|seria',
  it: 'è|sono|era|sarà|ha|hanno|deve|resta|sarebbe',
};

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Other languages' verbs may open a sentence ("Ha aggiunto: «…»"); English keeps its lower-case list. */
const capitalised = (word: string, lang: Lang): string => {
  const first = word[0]!;
  return lang === 'en' || first.toUpperCase() === first ? escape(word) : `[${first}${first.toUpperCase()}]${escape(word.slice(1))}`;
};
const alternatives = (list: readonly string[], lang: Lang): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((word) => capitalised(word, lang))
    .join('|');

const compiled = new Map<Lang, LanguagePatterns>();

function patternsFor(lang: Lang): LanguagePatterns {
  const known = compiled.get(lang);
  if (known) return known;
  const profile = QUOTATION_LANGUAGES[lang];
  const verbs = `${LETTER_BEFORE}(?:${alternatives(profile.verbs, lang)})${LETTER_AFTER}`;
  const according = `${LETTER_BEFORE}(?:${alternatives(profile.according, 'fr')})`;
  // English keeps its attribution after a quotation to verbs, as the seed was built with.
  const after =
    lang === 'en' ? verbs : `${LETTER_BEFORE}(?:${alternatives([...profile.verbs, ...profile.afterOnly, ...profile.according], lang)})${LETTER_AFTER}`;
  const stops = SUBJECT_STOPS[lang];
  const patterns: LanguagePatterns = {
    profile,
    verb: new RegExp(verbs, 'gu'),
    endsWithVerb: new RegExp(`(?:${verbs})$`, 'u'),
    according: new RegExp(`${according}\\s+`, 'gu'),
    verbFirst: new RegExp(`^\\s*,?\\s*(${after})\\s+([^,.;:!?]+)`, 'u'),
    subjectFirst: new RegExp(`^\\s*,?\\s*((?:[\\p{L}’'-]+\\s+){1,6}?)(${verbs})`, 'u'),
    verbAlone: profile.dropsSubject ? new RegExp(`^\\s*,?\\s*(${verbs})\\s*(?=[.,;!?]|$)`, 'u') : null,
    pronoun: new RegExp(`^(?:${profile.pronouns.join('|')})$`, 'iu'),
    accordingStop: ACCORDING_STOPS[lang] ? new RegExp(`\\s(?:${ACCORDING_STOPS[lang]})${LETTER_AFTER}`, 'u') : null,
    subjectStop: stops ? new RegExp(`\\s(?:${stops})${LETTER_AFTER}`, 'u') : null,
  };
  compiled.set(lang, patterns);
  return patterns;
}

interface Mark {
  /** Inner words of the quotation. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph leaves the quotation open. */
  close: number | null;
  continued: boolean;
  paragraph: Paragraph;
}

/**
 * `options.language`: the text's language, or `'auto'` (the default) to guess it. A call
 * without options reads an English article exactly as the dataset builder always has.
 */
export function extractQuotations(text: string, options: ExtractQuotationsOptions = {}): QuotationScan {
  const language = !options.language || options.language === 'auto' ? guessQuotationLanguage(text) : options.language;
  const patterns = patternsFor(language);
  const problems: QuotationMarkProblem[] = [];
  const single = language === 'nl' || (language === 'en' && quotesWithSingleMarks(text));
  const marks = findQuotationMarks(text, problems, single ? OUTER_SINGLE : OUTER);
  const quoted: IsQuoted = (i) => marks.some((m) => i >= m.start && i < m.end);
  const quotations: Quotation[] = [];
  let lastNamed: Words | null = null;
  for (const mark of marks) {
    const words = trimmed(text, mark.start, mark.end);
    if (!words.text) continue;
    const previous = quotations.at(-1);
    if (mark.continued && previous) {
      quotations.push({
        ...words,
        kind: 'direct-quote',
        continued: true,
        attribution: previous.attribution,
        speaker: previous.speaker,
        pronoun: previous.pronoun,
      });
      continue;
    }
    // An attribution between two parts of one statement (“…,” she said, “…”; „…“, sagte
    // Berger, „…“) speaks for both.
    if (
      previous?.attribution &&
      previous.attribution.start >= previous.end &&
      previous.end > mark.paragraph.start &&
      /^[\s,:;–—-]*$/.test(text.slice(previous.attribution.end, mark.open))
    ) {
      quotations.push({
        ...words,
        kind: 'direct-quote',
        continued: false,
        attribution: previous.attribution,
        speaker: previous.speaker,
        pronoun: previous.pronoun,
      });
      continue;
    }
    const before = attributionBefore(text, mark, quoted, patterns);
    const found = before ?? attributionAfter(text, mark, quoted, patterns);
    const kind = kindOf(text, mark, quoted, found !== null && before === null, patterns);
    let speaker = found?.speaker ?? null;
    let pronoun: string | null = null;
    if (found && !speaker) {
      // A verb without its subject (Italian, Spanish, Portuguese): the last speaker goes on.
      speaker = lastNamed;
    } else if (speaker && patterns.pronoun.test(speaker.text)) {
      pronoun = speaker.text;
      speaker = lastNamed;
    } else if (speaker) {
      lastNamed = speaker;
    }
    let attribution = found?.attribution ?? null;
    // A quotation with no verb of its own in a paragraph whose earlier quotation has one
    // (“…,” said Dr Patel. “…”) goes on in the same voice.
    if (!found && kind === 'direct-quote' && previous?.speaker && previous.end < mark.open && previous.end > mark.paragraph.start) {
      ({ speaker, pronoun, attribution } = previous);
    }
    quotations.push({ ...words, kind, continued: false, attribution, speaker, pronoun });
  }
  return { quotations, problems, language };
}

/**
 * Does this English text quote with single marks (British style)? It opens more quotations
 * with single marks than with double ones: where double marks lead, a single one is nested in
 * them or stands for a word's sense ("the so-called ‘fixing room’").
 */
function quotesWithSingleMarks(text: string): boolean {
  let singles = 0;
  let doubles = 0;
  let straight = 0;
  for (const { 0: mark, index } of text.matchAll(/[‘“„«"]/g)) {
    if (mark === '"') straight++;
    else if (mark !== '‘') doubles++;
    else if (singleMarkStands(text, index, true)) singles++;
  }
  return singles > doubles + Math.floor(straight / 2);
}

/** ‘90s: a decade cut short, not a quotation opening (a common autocorrect slip for ’90s). */
const SHORT_YEAR = /^\d\ds(?![\p{L}\p{N}])/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Is the mark at `i` a real single quotation mark, not an apostrophe (l’avis, auto’s, ’s avonds, ‘90s)? */
function singleMarkStands(text: string, i: number, opening: boolean): boolean {
  if (!opening) return !LETTER.test(text[i + 1] ?? '');
  return !LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '') && !SHORT_YEAR.test(text.slice(i + 1, i + 5));
}

/** A ’ after a letter and before another word: "the nurses’ rota", "rock ’n’ roll" — or a quotation's end before the sentence goes on. */
const beforeWord = (text: string, i: number): boolean => LETTER.test(text[i - 1] ?? '') && /^\s+\p{L}/u.test(text.slice(i + 1, i + 3));
/** "the nurses’,’ she said": the ’ before one stop and a closing mark is the word's. */
const beforeStopAndClosing = (text: string, i: number): boolean => /^[,.;:!?]’/.test(text.slice(i + 1, i + 3));

/**
 * Tells, in one paragraph, a ’ that ends a word ("the nurses’ rota", "rock ’n’ roll", "the
 * nurses’,’") from the one that closes the quotation: a ’ before another word is a word's when a
 * mark that can only close follows before any new quotation opens. That look-ahead is one pass
 * over the paragraph, made on first need, so a long paragraph costs no more than its length.
 */
function apostrophesIn(text: string, start: number, end: number): (i: number) => boolean {
  /** For each place, the next ’ there that can only close, before the next opening ‘; -1 if none. */
  let nextClosing: Int32Array | null = null;
  const scan = (): Int32Array => {
    const next = new Int32Array(end - start + 1).fill(-1);
    for (let k = end - 1, found = -1; k >= start; k--) {
      if (text[k] === '‘' && singleMarkStands(text, k, true)) found = -1;
      else if (text[k] === '’' && singleMarkStands(text, k, false) && !beforeWord(text, k) && !beforeStopAndClosing(text, k)) found = k;
      next[k - start] = found;
    }
    return next;
  };
  return (i) => {
    if (beforeStopAndClosing(text, i)) return true;
    if (!beforeWord(text, i)) return false;
    nextClosing ??= scan();
    return nextClosing[i + 1 - start]! !== -1;
  };
}

/**
 * Pairs the marks paragraph by paragraph, carrying an open quotation into the next one. A
 * quotation's own closing mark closes it and everything opened inside it.
 */
function findQuotationMarks(text: string, problems: QuotationMarkProblem[], outer: Readonly<Record<string, string>>): Mark[] {
  const marks: Mark[] = [];
  let carried: { offset: number; mark: string } | null = null;
  for (const paragraph of paragraphsOf(text)) {
    let open: number | null = null;
    let opener = '';
    /** Closing marks of the quotations opened inside the current one, innermost last. */
    let inner: string[] = [];
    let continued = false;
    const isApostrophe = apostrophesIn(text, paragraph.start, paragraph.end);
    let i = paragraph.start;
    if (carried !== null) {
      if (text[i] === carried.mark) {
        open = i++;
        opener = carried.mark;
        continued = true;
      } else {
        problems.push({ offset: carried.offset, reason: 'this quotation mark opens a quotation that is never closed' });
      }
      carried = null;
    }
    for (; i < paragraph.end; i++) {
      const char = text[i]!;
      const single = char === '‘' || char === '’';
      if (open === null) {
        if (char in outer && (!single || singleMarkStands(text, i, true))) {
          open = i;
          opener = char;
          inner = [];
        } else if (STRAY_CLOSING.has(char)) {
          problems.push({ offset: i, reason: 'a closing quotation mark with no opening one before it' });
        }
        continue;
      }
      const closes = !single || (singleMarkStands(text, i, false) && !(char === '’' && isApostrophe(i)));
      if (inner.length && inner.at(-1)!.includes(char) && closes) {
        inner.pop();
      } else if (outer[opener]!.includes(char) && closes) {
        marks.push({ start: open + 1, end: i, open, close: i, continued, paragraph });
        open = null;
        continued = false;
      } else if (char in (INNER[opener] ?? {}) && (!single || singleMarkStands(text, i, true))) {
        inner.push(INNER[opener]![char]!);
      } else if (char in outer && !single) {
        problems.push({ offset: i, reason: 'an opening quotation mark inside a quotation that is still open (nested quotations take single marks)' });
      }
    }
    if (open !== null) {
      marks.push({ start: open + 1, end: paragraph.end, open, close: null, continued, paragraph });
      carried = { offset: open, mark: opener };
    }
  }
  if (carried !== null) problems.push({ offset: carried.offset, reason: 'this quotation mark opens a quotation that is never closed' });
  return marks;
}

function trimmed(text: string, start: number, end: number): Words {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A direct quote is a statement of its own: introduced by a colon, a comma or a reporting
 * verb, attributed after it, or standing as a sentence. A partial quote is a fragment the article's sentence runs through.
 */
function kindOf(text: string, mark: Mark, quoted: IsQuoted, attributedAfter: boolean, patterns: LanguagePatterns): QuotationKind {
  const lead = text.slice(sentenceStart(text, mark.open, mark.paragraph.start, quoted), mark.open).trimEnd();
  if (/[:,]$/.test(lead) || patterns.endsWithVerb.test(lead)) return 'direct-quote';
  if (lead) return 'partial-quote';
  if (attributedAfter || mark.close === null) return 'direct-quote';
  const endsLikeStatement = ENDS_LIKE_STATEMENT.test(text.slice(mark.start, mark.close).trimEnd());
  const standsAlone = /^\s?(?:[.!?…]|$)/.test(text.slice(mark.close + 1, mark.paragraph.end));
  return endsLikeStatement || standsAlone ? 'direct-quote' : 'partial-quote';
}

interface Found {
  attribution: Words;
  /** Null where the language left the subject out: the caller resolves it like a pronoun. */
  speaker: Words | null;
}

/** "Thewliss told the National: “…”", "In a letter, X said they were “…”", "According to X, “…”", "Am Montag sagte Berger: „…“". */
function attributionBefore(text: string, mark: Mark, quoted: IsQuoted, patterns: LanguagePatterns): Found | null {
  const from = sentenceStart(text, mark.open, mark.paragraph.start, quoted);
  const lead = text.slice(from, mark.open);
  const verb = lastMatch(patterns.verb, lead);
  const according = lastMatch(patterns.according, lead);
  const leadEnd = from + lead.replace(/[\s:,]+$/, '').length;
  if (according && (!verb || according.index > verb.index)) {
    const subject = trimmed(text, from + according.index + according[0].length, leadEnd);
    const clause = subject.text.split(',')[0]!;
    const verbStop = patterns.accordingStop?.exec(clause);
    const speaker = trimmed(text, subject.start, subject.start + (verbStop ? verbStop.index : clause.length));
    return { attribution: trimmed(text, from + according.index, speaker.end), speaker };
  }
  if (!verb) return null;
  const { profile } = patterns;
  const opening = profile.openingClause.exec(lead)?.[0].length ?? 0;
  const subject = trimmedSubject(text, from + Math.min(opening, verb.index), from + verb.index);
  const verbEnd = from + verb.index + verb[0].length;
  // German and Dutch: "Am Montag sagte Berger:", "Daarna zei de burgemeester:".
  if (profile.verbSecondOpeners?.test(subject.text) && leadEnd > verbEnd) {
    const after = trimmed(text, verbEnd, leadEnd);
    const speaker = trimmed(text, after.start, after.start + after.text.split(',')[0]!.length);
    if (speaker.text) return { attribution: trimmed(text, from + verb.index, leadEnd), speaker };
  }
  if (!subject.text) return profile.dropsSubject ? { attribution: trimmed(text, from + verb.index, leadEnd), speaker: null } : null;
  return { attribution: trimmed(text, subject.start, leadEnd), speaker: subject };
}

/** "“…,” said Dr Patel, who …", "“…,” she said", "“…”, the spokeswoman added.", "„…“, so Berger.", "« … », a-t-elle déclaré." */
function attributionAfter(text: string, mark: Mark, quoted: IsQuoted, patterns: LanguagePatterns): Found | null {
  if (mark.close === null) return null;
  const from = mark.close + 1;
  const tail = text.slice(from, sentenceEnd(text, from, mark.paragraph.end, quoted));
  // Only a finished statement is attributed after it: “…,” she said; not “a label” and said.
  if (!ENDS_LIKE_STATEMENT.test(text.slice(mark.start, mark.close).trimEnd()) && !tail.startsWith(',')) return null;
  const inverted = patterns.profile.invertedPronoun ? new RegExp(patterns.profile.invertedPronoun.source, 'du').exec(tail) : null;
  if (inverted) {
    const group = inverted[2] !== undefined ? 2 : 3;
    const [pronounStart, pronounEnd] = inverted.indices![group]!;
    const [verbStart, verbEnd] = inverted.indices![1]!;
    return { attribution: trimmed(text, from + verbStart, from + verbEnd), speaker: trimmed(text, from + pronounStart, from + pronounEnd) };
  }
  const verbFirst = patterns.verbFirst.exec(tail);
  if (verbFirst) {
    const subjectStart = from + verbFirst[0].length - verbFirst[2]!.length;
    const stop = patterns.subjectStop?.exec(verbFirst[2]!);
    let subjectEnd = stop && stop.index > 0 ? subjectStart + stop.index : from + verbFirst[0].length;
    // A role, then the name that ends the sentence: "said the charity's director, Ruth Adeyemi."
    const named = stop ? null : APPOSITIVE_NAME.exec(tail.slice(subjectEnd - from));
    if (named) subjectEnd += named[0].replace(/[\s.!?]+$/, '').length;
    return {
      attribution: trimmedSubject(text, from + verbFirst[0].indexOf(verbFirst[1]!), subjectEnd),
      speaker: trimmedSubject(text, subjectStart, subjectEnd),
    };
  }
  const verbAlone = patterns.verbAlone?.exec(tail);
  if (verbAlone) {
    const verbStart = from + verbAlone[0].length - verbAlone[1]!.length;
    return { attribution: trimmed(text, verbStart, from + verbAlone[0].length), speaker: null };
  }
  const subjectFirst = patterns.subjectFirst.exec(tail);
  if (subjectFirst) {
    const subjectStart = from + subjectFirst[0].length - subjectFirst[1]!.length - subjectFirst[2]!.length;
    const subject = trimmedSubject(text, subjectStart, subjectStart + subjectFirst[1]!.length);
    return { attribution: trimmed(text, subject.start, from + subjectFirst[0].length), speaker: subject };
  }
  return null;
}

function trimmedSubject(text: string, start: number, end: number): Words {
  const words = trimmed(text, start, end);
  return trimmed(text, words.start, words.start + words.text.replace(/[\s,;]+$/, '').length);
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(pattern)) last = match;
  return last;
}
