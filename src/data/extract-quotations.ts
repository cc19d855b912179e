/**
 * Finds every quotation in an article's text and who the article says spoke it, from the
 * text alone: quotation marks, reporting verbs (said, told, wrote, added…), and pronouns
 * ("She", "They") resolved to the last named speaker. The builder checks the curated
 * annotations against this, so an article's quotation cannot be missed or misattributed.
 *
 * Quotation marks are double ones, curly (“ ”) or straight ("); single marks are left alone
 * because ’ is also the apostrophe. A paragraph that leaves a quotation open and a next
 * paragraph that opens with a mark are one quotation continued (the usual convention).
 */
import { paragraphsOf, sentenceEnd, sentenceStart, type IsQuoted, type Paragraph } from './article-text';

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
  /** The words that attribute it: "She added", "said Dr Patel"; null when none are found. */
  attribution: Words | null;
  /** Who spoke, as the article names them: "Thewliss"; for a pronoun, the named speaker it stands for. */
  speaker: Words | null;
  /** The pronoun that stood for the speaker ("She"), when one did. */
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
}

const OPENING = new Set(['“', '"']);
const CLOSING = new Set(['”', '"']);

const REPORTING_VERB =
  /\b(?:said|says|told|tells|wrote|writes|added|adds|stated|states|explained|explains|warned|warns|argued|argues|insisted|insists|claimed|claims|commented|comments|noted|notes|urged|urges|replied|replies|declared|declares|continued|continues|asked|asks|stressed|stresses|admitted|admits|acknowledged|acknowledges|conceded|concedes|suggested|suggests|responded|responds)\b/g;
const ENDS_WITH_REPORTING_VERB = new RegExp(`(?:${REPORTING_VERB.source})$`);
const ACCORDING_TO = /\b[Aa]ccording to\s+/g;
const PRONOUN = /^(?:he|she|they)$/i;
/** An opening clause that is not the subject: "In a letter to Atkins, …". */
const OPENING_CLAUSE =
  /^(?:In|At|On|After|Before|During|Speaking|Writing|Responding|Asked|From|With|Without|Last|Earlier|Later|Yesterday|Today|However|Meanwhile|Separately|Also|But|And|Then|Now)\b[^,]*,\s*/;

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

export function extractQuotations(text: string): QuotationScan {
  const problems: QuotationMarkProblem[] = [];
  const marks = findQuotationMarks(text, problems);
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
    const before = attributionBefore(text, mark, quoted);
    const found = before ?? attributionAfter(text, mark, quoted);
    const kind = kindOf(text, mark, quoted, found !== null && before === null);
    let speaker = found?.speaker ?? null;
    let pronoun: string | null = null;
    if (speaker && PRONOUN.test(speaker.text)) {
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
  return { quotations, problems };
}

/** Pairs the marks paragraph by paragraph, carrying an open quotation into the next one. */
function findQuotationMarks(text: string, problems: QuotationMarkProblem[]): Mark[] {
  const marks: Mark[] = [];
  let carried: number | null = null;
  for (const paragraph of paragraphsOf(text)) {
    let open: number | null = null;
    let continued = false;
    let i = paragraph.start;
    if (carried !== null) {
      if (OPENING.has(text[i]!)) {
        open = i++;
        continued = true;
      } else {
        problems.push({ offset: carried, reason: 'this quotation mark opens a quotation that is never closed' });
      }
      carried = null;
    }
    for (; i < paragraph.end; i++) {
      const char = text[i]!;
      if (open === null && OPENING.has(char)) {
        open = i;
      } else if (open !== null && CLOSING.has(char)) {
        marks.push({ start: open + 1, end: i, open, close: i, continued, paragraph });
        open = null;
        continued = false;
      } else if (open === null && CLOSING.has(char)) {
        problems.push({ offset: i, reason: 'a closing quotation mark with no opening one before it' });
      } else if (open !== null && OPENING.has(char)) {
        problems.push({ offset: i, reason: 'an opening quotation mark inside a quotation that is still open (nested quotations take single marks)' });
      }
    }
    if (open !== null) {
      marks.push({ start: open + 1, end: paragraph.end, open, close: null, continued, paragraph });
      carried = open;
    }
  }
  if (carried !== null) problems.push({ offset: carried, reason: 'this quotation mark opens a quotation that is never closed' });
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
function kindOf(text: string, mark: Mark, quoted: IsQuoted, attributedAfter: boolean): QuotationKind {
  const lead = text.slice(sentenceStart(text, mark.open, mark.paragraph.start, quoted), mark.open).trimEnd();
  if (/[:,]$/.test(lead) || ENDS_WITH_REPORTING_VERB.test(lead)) return 'direct-quote';
  if (lead) return 'partial-quote';
  if (attributedAfter || mark.close === null) return 'direct-quote';
  const endsLikeStatement = /[.!?…,]$/.test(text.slice(mark.start, mark.close).trimEnd());
  const standsAlone = /^(?:[.!?…]|$)/.test(text.slice(mark.close + 1, mark.paragraph.end));
  return endsLikeStatement || standsAlone ? 'direct-quote' : 'partial-quote';
}

interface Found {
  attribution: Words;
  speaker: Words;
}

/** "Thewliss told the National: “…”", "In a letter, X said they were “…”", "According to X, “…”". */
function attributionBefore(text: string, mark: Mark, quoted: IsQuoted): Found | null {
  const from = sentenceStart(text, mark.open, mark.paragraph.start, quoted);
  const lead = text.slice(from, mark.open);
  const verb = lastMatch(REPORTING_VERB, lead);
  const according = lastMatch(ACCORDING_TO, lead);
  const leadEnd = from + lead.replace(/[\s:,]+$/, '').length;
  if (according && (!verb || according.index > verb.index)) {
    const subject = trimmed(text, from + according.index + according[0].length, leadEnd);
    const speaker = trimmed(text, subject.start, subject.start + subject.text.split(',')[0]!.length);
    return { attribution: trimmed(text, from + according.index, speaker.end), speaker };
  }
  if (!verb) return null;
  const opening = OPENING_CLAUSE.exec(lead)?.[0].length ?? 0;
  const subject = trimmedSubject(text, from + Math.min(opening, verb.index), from + verb.index);
  if (!subject.text) return null;
  return { attribution: trimmed(text, subject.start, leadEnd), speaker: subject };
}

/** "“…,” said Dr Patel, who …", "“…,” she said", "“…”, the spokeswoman added." */
function attributionAfter(text: string, mark: Mark, quoted: IsQuoted): Found | null {
  if (mark.close === null) return null;
  const from = mark.close + 1;
  const tail = text.slice(from, sentenceEnd(text, from, mark.paragraph.end, quoted));
  // Only a finished statement is attributed after it: “…,” she said; not “a label” and said.
  if (!/[,.!?…]$/.test(text.slice(mark.start, mark.close).trimEnd()) && !tail.startsWith(',')) return null;
  const verbFirst = new RegExp(`^\\s*,?\\s*(${REPORTING_VERB.source})\\s+([^,.;:!?]+)`).exec(tail);
  if (verbFirst) {
    const subjectStart = from + verbFirst[0].length - verbFirst[2]!.length;
    return {
      attribution: trimmedSubject(text, from + verbFirst[0].indexOf(verbFirst[1]!), from + verbFirst[0].length),
      speaker: trimmedSubject(text, subjectStart, from + verbFirst[0].length),
    };
  }
  const subjectFirst = new RegExp(`^\\s*,?\\s*((?:[\\p{L}’'-]+\\s+){1,6}?)(${REPORTING_VERB.source})`, 'u').exec(tail);
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
