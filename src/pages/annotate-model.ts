/**
 * Annotating a reader's article: what the builder's own extractors propose (every quotation
 * and its speaker, every position the article reports in its own words), the selectors that
 * name a span unambiguously, and a reader's item turned into annotations in the seed's shape.
 * Nothing here decides what an item says: the reader accepts, corrects or rejects, and the
 * builder's rules then check the result verbatim (src/platform/evidence-store.ts `save`).
 */
import type { ClaimLinkAnnotation, EvidenceAnnotation, StakeholderAnnotation, TextSelector } from '../data/annotations-schema';
import type { ClaimPosition, EvidenceKind, Medium, Stance, StakeholderKind } from '../data/dataset-schema';
import type { ReaderArticle } from '../data/evidence-file';
import { extractReportedPositions } from '../data/extract-positions';
import { extractQuotations } from '../data/extract-quotations';
import { locateText } from '../data/locate-text';

export interface Suggestion {
  /** Stable for one text: where it starts and ends. */
  key: string;
  kind: EvidenceKind;
  start: number;
  end: number;
  text: string;
  /** Who the article says spoke or holds it; null when the extractor found no one. */
  speaker: string | null;
  /** The stance the words themselves establish (a reported "opposition to"), else null. */
  stance: Stance | null;
}

/** Every quotation and reported position the extractors find, in text order, minus those already annotated. */
export function suggestionsFor(article: ReaderArticle): Suggestion[] {
  const { quotations } = extractQuotations(article.text);
  const taken = new Set(
    article.annotations.evidence.map((item) => {
      const at = locateText(article.text, item);
      return 'error' in at ? '' : `${at.start}-${at.end}`;
    }),
  );
  const quotes = quotations.map((q): Suggestion => ({
    key: `${q.start}-${q.end}`,
    kind: q.kind,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker?.text ?? null,
    stance: null,
  }));
  const positions = extractReportedPositions(article.text, quotations).map((p): Suggestion => {
    const start = Math.min(p.holder.start, p.cue.start);
    const end = sentenceEndAfter(article.text, Math.max(p.holder.end, p.cue.end));
    return { key: `${start}-${end}`, kind: 'reported-position', start, end, text: article.text.slice(start, end), speaker: p.holder.text, stance: p.stance };
  });
  return [...quotes, ...positions].filter((s) => !taken.has(s.key)).sort((a, b) => a.start - b.start);
}

/** The end of the sentence containing `at`, before its full stop. */
function sentenceEndAfter(text: string, at: number): number {
  const rest = text.slice(at);
  const stop = rest.search(/[.!?](?:\s|$)|\n/);
  return stop === -1 ? text.length : at + stop;
}

/** How many words either side are tried before a span is called ambiguous. */
const MAX_CONTEXT_WORDS = 12;

/**
 * The selector that names `text.slice(start, end)` and nothing else: the words alone, or with
 * as few words before (then after) as make them unique, as a curator would write it.
 */
export function selectorAt(text: string, start: number, end: number): TextSelector {
  const words = text.slice(start, end);
  const unique = (selector: TextSelector) => {
    const at = locateText(text, selector);
    return !('error' in at) && at.start === start;
  };
  if (unique({ text: words })) return { text: words };
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
    const prefix = lastWords(text.slice(0, start), n);
    if (prefix && unique({ text: words, prefix })) return { text: words, prefix };
    const suffix = firstWords(text.slice(end), n);
    if (suffix && unique({ text: words, suffix })) return { text: words, suffix };
    if (prefix && suffix && unique({ text: words, prefix, suffix })) return { text: words, prefix, suffix };
  }
  return { text: words };
}

function lastWords(text: string, n: number): string {
  const match = new RegExp(`(?:\\S+\\s+){0,${n - 1}}\\S*\\s*$`, 'u').exec(text);
  return match?.[0] ?? '';
}

function firstWords(text: string, n: number): string {
  const match = new RegExp(`^\\s*\\S*(?:\\s+\\S+){0,${n - 1}}`, 'u').exec(text);
  return match?.[0] ?? '';
}

export type NewStakeholder = { name: string; role: string; organisation: string | null; kind: StakeholderKind };

/** One item as the reader filled it in. */
export interface ItemDraft {
  kind: EvidenceKind;
  /** The item's words (for quotes, without the marks). */
  selector: TextSelector;
  /** An existing stakeholder's id in this article, or a new one. */
  stakeholder: { id: string } | NewStakeholder;
  stance: Stance;
  /** The words that establish the stance; the item's own by default. */
  stanceBasis: TextSelector | null;
  claims: { claim: string; position: ClaimPosition }[];
  /** Only where the article names it, with the words that do. */
  medium: { medium: Medium; basis: TextSelector } | null;
}

/** `draft` added to the article's annotations (a new stakeholder first), with fresh ids. */
export function withItem(article: ReaderArticle, draft: ItemDraft): ReaderArticle {
  const annotations = structuredClone(article.annotations);
  let stakeholderId: string;
  if ('id' in draft.stakeholder) {
    stakeholderId = draft.stakeholder.id;
  } else {
    const person = draft.stakeholder;
    // The article's mark in every id: the builder (and an import into seeds/) takes the ids of
    // all articles as one space, so the same name in two articles must not clash.
    stakeholderId = freshId(`${slug(person.name)}-${articleMark(article.id)}`, new Set(annotations.stakeholders.map((s) => s.id)));
    const introducedAt = article.text.indexOf(person.name);
    const stakeholder: StakeholderAnnotation = {
      id: stakeholderId,
      name: person.name,
      role: person.role,
      organisation: person.organisation,
      kind: person.kind,
      label: labelOf(person.name),
      // Where the article names them; a name it never uses is refused by the builder's check.
      introducedAs: introducedAt === -1 ? { text: person.name } : selectorAt(article.text, introducedAt, introducedAt + person.name.length),
      aliases: [],
      note: null,
    };
    annotations.stakeholders.push(stakeholder);
  }
  const basis = draft.stanceBasis ?? { text: draft.selector.text, ...context(draft.selector) };
  const item: EvidenceAnnotation = {
    id: freshId(`${stakeholderId}-${slug(draft.selector.text.split(/\s+/).slice(0, 4).join(' '))}`, new Set(annotations.evidence.map((e) => e.id))),
    stakeholderIds: [stakeholderId],
    kind: draft.kind,
    medium: draft.medium?.medium ?? null,
    stance: draft.stance,
    claims: draft.claims.map((link): ClaimLinkAnnotation => ({ claim: link.claim, position: link.position, basis: [basis] })),
    ...draft.selector,
    note: null,
    stanceBasis: [basis],
    ...(draft.medium ? { mediumBasis: draft.medium.basis } : {}),
    elide: [],
  };
  annotations.evidence.push(item);
  return { ...article, annotations };
}

/** A short mark of the article for its ids: the start of its hash for an added article ("reader_<hash>"). */
function articleMark(articleId: string): string {
  return slug(articleId.replace(/^reader_/, '').slice(0, 8));
}

function context({ prefix, suffix }: TextSelector): Partial<TextSelector> {
  return { ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** Lower-case words joined by hyphens, as the dataset's ids are. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words?.join('-') || 'item';
}

function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** One to three capitals for the avatar: "Ada Brennan" → "AB". */
export function labelOf(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0]?.toLocaleUpperCase() ?? '')
    .filter((c) => /^\p{Lu}$/u.test(c));
  const label = (initials.length > 3 ? [initials[0], initials.at(-1)] : initials).join('');
  return label || 'X';
}
