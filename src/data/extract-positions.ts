/**
 * Finds the positions an article reports in its own words, outside quotation marks: who
 * "backed" something or had it "backed by" them, who "called on" someone, whose "opposition
 * to" or "resistance to" it names, and who is left out of a "bar …"/"except …" in such a
 * sentence. The builder checks the curated annotations against these, as it does quotations,
 * so a reported position cannot be missed, given to someone else, or overstated.
 *
 * In the other six languages the same families (`POSITION_LANGUAGES`): unterstützte / a
 * soutenu / steunde / apoyó / apoiou / ha sostenuto, their passives with von / par / door /
 * por / da, forderte / a appelé / riep / pidió / apelou / ha chiesto, the opposition "of" a
 * holder "to" something (der Widerstand der Regierung gegen, l'opposition du gouvernement à)
 * and außer / sauf / behalve / excepto / exceto / tranne. A German or Dutch sentence that puts
 * its subject after the verb ("Im Rat unterstützten alle Fraktionen …") is not read.
 */
import { paragraphsOf, sentenceEnd, sentenceStart } from './article-text';
import type { Stance } from './dataset-schema';
import type { Quotation, Words } from './extract-quotations';
import type { Lang } from './lexicon-schema';
import { guessQuotationLanguage } from './quotation-languages';

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

const ACTIVE = /\b(?:(?:has|have|had)\s+)?(backed|called\s+on)\b/g;
const OPPOSITION = /[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(opposition|resistance)\s+to\b/gu;
const EXCEPTION = /\s+(?:bar|except|apart\s+from|but\s+not)\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*)/u;
/** Time phrases and opening clauses before the subject: "Last month", "In a letter to Atkins,". */
const LEADING =
  /^(?:(?:Last|This|Next|Earlier|Later)\s+(?:month|week|year)\s+|(?:Yesterday|Today|On\s+\p{Lu}\p{Ll}+day)\s+|(?:In|At|On|After|Before|During|However|Meanwhile)\b[^,]*,\s*)/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/** One language's words for reported positions. English keeps the patterns above, with which the seed was built. */
interface PositionLanguage {
  /** "backed by": the cue is group 1; the holder follows the match. */
  backedBy: RegExp;
  /** "backed", "called on" (group 1), perhaps after an auxiliary. */
  active: RegExp;
  /** Cues of backing: whoever an exception leaves out of them did not back. */
  backing: RegExp;
  /** The opposition (group 1) of a holder (group 2) to something. */
  opposition: RegExp;
  exception: RegExp;
  leading: RegExp;
  /** Where a holder after "by" ends. */
  clauseStop: RegExp;
}

/** "sauf le Rassemblement national": who is left out runs to the end of the holder phrase. */
const exceptionAfter = (words: string, articles: string): RegExp => new RegExp(`\\s+(?:${words})\\s+((?:(?:${articles})\\s+)?[\\p{Lu}][^,;]*)$`, 'u');
const AFTER = '(?![\\p{L}\\p{N}])';

const ENGLISH: PositionLanguage = {
  backedBy: /\b(backed)\s+by\s+/g,
  active: ACTIVE,
  backing: /^backed$/,
  opposition: OPPOSITION,
  exception: EXCEPTION,
  leading: LEADING,
  clauseStop: /[,;:.!?]|\s(?:to|for|who|which|that|after|because)\s/,
};

export const POSITION_LANGUAGES: Record<Lang, PositionLanguage> = {
  en: ENGLISH,
  de: {
    backedBy: new RegExp(`(?<![\\p{L}])(unterstützt)\\s+von\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])(unterstützte|unterstützten|unterstützt|forderte|forderten|fordert)${AFTER}`, 'gu'),
    backing: /^unterstützt/,
    opposition: new RegExp(`(?<![\\p{L}])(Widerstand|Ablehnung|Opposition)\\s+((?:der|des)\\s+[^,.;:]+?)\\s+gegen${AFTER}`, 'gu'),
    exception: exceptionAfter('außer|mit\\s+Ausnahme\\s+(?:der|des|von)', 'der|die|das|den|dem'),
    leading: /^(?:(?:Im|Am|In|Nach|Vor|Bei)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:zu|für|die|der|das|nachdem|weil|den)\s/,
  },
  fr: {
    backedBy: new RegExp(`(?<![\\p{L}])(soutenue?s?|appuyée?s?)\\s+par\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])((?:a|ont)\\s+(?:soutenu|appuyé|appelé|exhorté)|soutient|soutiennent|appelle|appellent)${AFTER}`, 'gu'),
    backing: /soutenu|appuyé|soutient|soutiennent/,
    opposition: new RegExp(`(?<![\\p{L}])(opposition|résistance)\\s+(?:du\\s+|des\\s+|de\\s+(?=la\\s|l[’']))([^,.;:]+?)\\s+(?:à|au|aux)${AFTER}`, 'gu'),
    exception: exceptionAfter("sauf|hormis|à\\s+l[’']exception\\s+(?:de|des|du)", 'le|la|les|l’'),
    leading: /^(?:(?:Le mois dernier|La semaine dernière|L’an dernier|Dans|Lors|Après|Avant|Jeudi|Lundi|Mardi|Mercredi|Vendredi)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:à|pour|qui|que|après|parce)\s/,
  },
  nl: {
    backedBy: new RegExp(`(?<![\\p{L}])(gesteund)\\s+door\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])(steunde|steunden|steunt|riep|riepen)${AFTER}`, 'gu'),
    backing: /^steun/,
    opposition: new RegExp(`(?<![\\p{L}])(verzet|weerstand|oppositie)\\s+van\\s+([^,.;:]+?)\\s+tegen${AFTER}`, 'gu'),
    exception: exceptionAfter('behalve|met\\s+uitzondering\\s+van', 'de|het'),
    leading: /^(?:(?:Vorige maand|Vorige week|Vorig jaar|In|Na|Op|Tijdens)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:om|voor|die|dat|nadat|omdat)\s/,
  },
  es: {
    backedBy: new RegExp(`(?<![\\p{L}])(apoyad[oa]s?|respaldad[oa]s?)\\s+por\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])(apoyó|apoyaron|respaldó|respaldaron|pidió|pidieron|instó|instaron|ha\\s+apoyado|han\\s+apoyado)${AFTER}`, 'gu'),
    backing: /apoy|respald/,
    opposition: new RegExp(`(?<![\\p{L}])(oposición|resistencia|rechazo)\\s+(?:del\\s+|de\\s+(?=la\\s|los\\s|las\\s))([^,.;:]+?)\\s+(?:a|al)${AFTER}`, 'gu'),
    exception: exceptionAfter('excepto|salvo|menos|a\\s+excepción\\s+de', 'el|la|los|las'),
    leading: /^(?:(?:El mes pasado|La semana pasada|El año pasado|En|Tras|Durante)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:a|para|que|quien|tras|porque)\s/,
  },
  pt: {
    backedBy: new RegExp(`(?<![\\p{L}])(apoiad[oa]s?)\\s+(?:por|pel[oa]s?)\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])(apoiou|apoiaram|apelou|apelaram|instou|instaram)${AFTER}`, 'gu'),
    backing: /^apoi/,
    opposition: new RegExp(`(?<![\\p{L}])(oposição|resistência)\\s+(?:do|da|dos|das)\\s+([^,.;:]+?)\\s+(?:a|à|ao|às|aos)${AFTER}`, 'gu'),
    exception: exceptionAfter('exceto|salvo|à\\s+exceção\\s+(?:de|do|da)|com\\s+exceção\\s+(?:de|do|da)', 'o|a|os|as'),
    leading: /^(?:(?:No mês passado|Na semana passada|No ano passado|Em|Após|Durante)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:a|para|que|quem|após|porque)\s/,
  },
  it: {
    backedBy: new RegExp(`(?<![\\p{L}])(sostenut[oaie]|appoggiat[oaie])\\s+(?:da|dal|dalla|dai|dagli|dalle)\\s+`, 'gu'),
    active: new RegExp(`(?<![\\p{L}])((?:ha|hanno)\\s+(?:sostenuto|appoggiato|chiesto|esortato))${AFTER}`, 'gu'),
    backing: /sostenuto|appoggiato/,
    opposition: new RegExp(
      `(?<![\\p{L}])(opposizione|resistenza|contrarietà)\\s+(?:del|della|dello|dei|degli|delle)\\s+([^,.;:]+?)\\s+(?:a|al|alla|ai|alle|allo)${AFTER}`,
      'gu',
    ),
    exception: exceptionAfter('tranne|eccetto|salvo|ad\\s+eccezione\\s+(?:di|del|della)', 'il|la|lo|i|gli|le'),
    leading: /^(?:(?:Il mese scorso|La settimana scorsa|L’anno scorso|In|Dopo|Durante)\b[^,]*,\s*)/u,
    clauseStop: /[,;:.!?]|\s(?:a|per|che|chi|dopo|perché)\s/,
  },
};

export interface ExtractPositionsOptions {
  /** The text's language; `'auto'` (the default) guesses it as the quotation extractor does. */
  language?: Lang | 'auto';
}

/**
 * `options.language`: the text's language, or `'auto'` (the default) to guess it; a call
 * without options reads an English article exactly as the dataset builder always has.
 */
export function extractReportedPositions(text: string, quotations: readonly Quotation[], options: ExtractPositionsOptions = {}): ReportedPosition[] {
  const lang = !options.language || options.language === 'auto' ? guessQuotationLanguage(text) : options.language;
  const language = POSITION_LANGUAGES[lang];
  const quoted = (i: number) => quotations.some((q) => i >= q.start && i < q.end);
  const positions: ReportedPosition[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    const at = (index: number) => paragraph.start + index;
    const sentenceOf = (i: number) => ({ start: sentenceStart(text, i, paragraph.start, quoted), end: sentenceEnd(text, i, paragraph.end, quoted) });
    const passive = new Set<number>();
    for (const match of body.matchAll(language.backedBy)) {
      const start = at(match.index + match[0].indexOf(match[1]!));
      if (quoted(start)) continue;
      passive.add(start);
      const sentence = sentenceOf(start);
      const holderStart = at(match.index) + match[0].length;
      const holder = words(text, holderStart, clauseEnd(text, holderStart, sentence.end, language.clauseStop));
      positions.push(...withException({ cue: words(text, start, start + match[1]!.length), holder, stance: null, except: null }, text, language));
    }
    for (const match of body.matchAll(language.active)) {
      const cueStart = at(match.index + match[0].length - match[1]!.length);
      if (quoted(cueStart) || passive.has(cueStart) || /^\s+by\b/.test(text.slice(cueStart + match[1]!.length))) continue;
      const sentence = sentenceOf(cueStart);
      const lead = text.slice(sentence.start, at(match.index));
      const skip = language.leading.exec(lead)?.[0].length ?? 0;
      const holder = words(text, sentence.start + skip, at(match.index));
      if (!holder.text) continue;
      positions.push(...withException({ cue: words(text, cueStart, cueStart + match[1]!.length), holder, stance: null, except: null }, text, language));
    }
    for (const match of body.matchAll(language.opposition)) {
      if (language === ENGLISH) {
        const cueStart = at(match.index + match[0].length - match[1]!.length - ' to'.length);
        if (quoted(cueStart)) continue;
        const holderEnd = at(match.index);
        positions.push({
          cue: words(text, cueStart, cueStart + match[1]!.length + ' to'.length),
          holder: possessor(text, sentenceOf(holderEnd).start, holderEnd),
          stance: 'opposes',
          except: null,
        });
        continue;
      }
      // The others name the holder after the word: "l'opposition du gouvernement à".
      const cueStart = at(match.index);
      if (quoted(cueStart)) continue;
      const holderStart = at(match.index + match[0].indexOf(match[2]!, match[1]!.length));
      positions.push({
        cue: words(text, cueStart, cueStart + match[1]!.length),
        holder: words(text, holderStart, holderStart + match[2]!.length),
        stance: 'opposes',
        except: null,
      });
    }
  }
  return positions.sort((a, b) => a.cue.start - b.cue.start);
}

/** A holder phrase with "bar the Tories" in it is two positions: the rest backed it, they did not. */
function withException(position: ReportedPosition, text: string, language: PositionLanguage): ReportedPosition[] {
  const found = language.exception.exec(position.holder.text);
  if (!found) return [position];
  const start = position.holder.start + found.index + found[0].length - found[1]!.length;
  const except = words(text, start, start + found[1]!.length);
  const didNotBack = language.backing.test(position.cue.text) ? 'did-not-back' : null;
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
function clauseEnd(text: string, start: number, sentenceEnd: number, stops: RegExp): number {
  const rest = text.slice(start, sentenceEnd);
  const stop = stops.exec(rest);
  return stop ? start + stop.index : sentenceEnd;
}

function words(text: string, start: number, end: number): Words {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
