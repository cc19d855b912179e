/**
 * Finds the positions an article reports in its own words, outside quotation marks: who
 * "backed" something or had it "backed by" them, who "called on" someone, whose "opposition
 * to" or "resistance to" it names, and who is left out of a "bar …"/"except …" in such a
 * sentence. The builder checks the curated annotations against these, as it does quotations,
 * so a reported position cannot be missed, given to someone else, or overstated.
 */
import { paragraphsOf, sentenceEnd, sentenceStart } from './article-text';
import type { Stance } from './dataset-schema';
import type { Quotation, Words } from './extract-quotations';

export interface ReportedPosition {
  /** The words that report it: "backed", "called on", "opposition to". */
  cue: Words;
  /** Who holds it, as the article names them: "police chiefs in England and Wales". */
  holder: Words;
  /**
   * The stance the words themselves establish, where they do: "opposition to" opposes, a body
   * left out of those who backed something did not back it. Null where it depends on what
   * was backed or called for.
   */
  stance: Stance | null;
  /** Stakeholders the holder phrase names that are not the holder ("bar the Tories"). */
  except: Words | null;
}

const BACKED_BY = /\bbacked\s+by\s+/g;
const ACTIVE = /\b(?:(?:has|have|had)\s+)?(backed|called\s+on)\b/g;
const OPPOSITION = /[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(opposition|resistance)\s+to\b/gu;
const EXCEPTION = /\s+(?:bar|except|apart\s+from|but\s+not)\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*)/u;
/** Time phrases and opening clauses before the subject: "Last month", "In a letter to Atkins,". */
const LEADING =
  /^(?:(?:Last|This|Next|Earlier|Later)\s+(?:month|week|year)\s+|(?:Yesterday|Today|On\s+\p{Lu}\p{Ll}+day)\s+|(?:In|At|On|After|Before|During|However|Meanwhile)\b[^,]*,\s*)/u;
const ARTICLES = new Set(['the', 'a', 'an']);

export function extractReportedPositions(text: string, quotations: readonly Quotation[]): ReportedPosition[] {
  const quoted = (i: number) => quotations.some((q) => i >= q.start && i < q.end);
  const positions: ReportedPosition[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    const at = (index: number) => paragraph.start + index;
    const sentenceOf = (i: number) => ({ start: sentenceStart(text, i, paragraph.start, quoted), end: sentenceEnd(text, i, paragraph.end, quoted) });
    const passive = new Set<number>();
    for (const match of body.matchAll(BACKED_BY)) {
      const start = at(match.index);
      if (quoted(start)) continue;
      passive.add(start);
      const sentence = sentenceOf(start);
      const holderStart = start + match[0].length;
      const holder = words(text, holderStart, clauseEnd(text, holderStart, sentence.end));
      positions.push(...withException({ cue: words(text, start, start + 'backed'.length), holder, stance: null, except: null }, text));
    }
    for (const match of body.matchAll(ACTIVE)) {
      const cueStart = at(match.index + match[0].length - match[1]!.length);
      if (quoted(cueStart) || passive.has(cueStart) || /^\s+by\b/.test(text.slice(cueStart + match[1]!.length))) continue;
      const sentence = sentenceOf(cueStart);
      const lead = text.slice(sentence.start, at(match.index));
      const skip = LEADING.exec(lead)?.[0].length ?? 0;
      const holder = words(text, sentence.start + skip, at(match.index));
      if (!holder.text) continue;
      positions.push(...withException({ cue: words(text, cueStart, cueStart + match[1]!.length), holder, stance: null, except: null }, text));
    }
    for (const match of body.matchAll(OPPOSITION)) {
      const cueStart = at(match.index + match[0].length - match[1]!.length - ' to'.length);
      if (quoted(cueStart)) continue;
      const holderEnd = at(match.index);
      positions.push({
        cue: words(text, cueStart, cueStart + match[1]!.length + ' to'.length),
        holder: possessor(text, sentenceOf(holderEnd).start, holderEnd),
        stance: 'opposes',
        except: null,
      });
    }
  }
  return positions.sort((a, b) => a.cue.start - b.cue.start);
}

/** A holder phrase with "bar the Tories" in it is two positions: the rest backed it, they did not. */
function withException(position: ReportedPosition, text: string): ReportedPosition[] {
  const found = EXCEPTION.exec(position.holder.text);
  if (!found) return [position];
  const start = position.holder.start + found.index + found[0].length - found[1]!.length;
  const except = words(text, start, start + found[1]!.length);
  const didNotBack = position.cue.text === 'backed' ? 'did-not-back' : null;
  return [
    { ...position, except },
    { cue: position.cue, holder: except, stance: didNotBack, except: null },
  ];
}

/** The noun phrase before a possessive "’s": "the government", "the Home Office". */
function possessor(text: string, floor: number, end: number): Words {
  const before = text.slice(floor, end).split(/\s+/).filter(Boolean).slice(-4);
  while (before.length > 1 && /^\p{Ll}/u.test(before[0]!) && !ARTICLES.has(before[0]!)) before.shift();
  const phrase = before.join(' ');
  return words(text, end - phrase.length, end);
}

/** Where a holder phrase after "by" ends: at the end of its clause. */
function clauseEnd(text: string, start: number, sentenceEnd: number): number {
  const rest = text.slice(start, sentenceEnd);
  const stop = /[,;:.!?]|\s(?:to|for|who|which|that|after|because)\s/.exec(rest);
  return stop ? start + stop.index : sentenceEnd;
}

function words(text: string, start: number, end: number): Words {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
