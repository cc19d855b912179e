/**
 * The bundled dataset: the topic, the source articles (their full text), who takes a position
 * in them, and every piece of evidence as exact offsets into its article. Built from `seeds/`
 * by `buildDataset`, checked against this schema at build time, imported by the extension.
 *
 * Offsets are UTF-16 code unit indices into `Source.text` (what `String.prototype.slice`
 * takes): `source.text.slice(start, end) === text`, always. Unknown facts are `null`, never
 * guessed.
 */
import * as v from 'valibot';
import { Lexicon } from './lexicon-schema';
import { Claims } from './claims-schema';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, e.g. "thewliss-legal-exemption"'));
/** A source's id is its article's file name without `.txt`, which may hold underscores. */
const SourceId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'a source id is its file name without .txt: lower-case letters, digits, "-" and "_"'),
);
const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const distinct = (items: readonly unknown[]) => new Set(items).size === items.length;

export const Topic = v.strictObject({
  id: Id,
  /** "Drug consumption rooms". */
  name: Text,
  /** One line saying what the topic is. */
  description: Text,
});
export type Topic = v.InferOutput<typeof Topic>;

/** A stretch of one source's text. */
export const Span = v.strictObject({ start: Offset, end: Offset });
export type Span = v.InferOutput<typeof Span>;

/** A stretch of one source's text with the text itself, so a reader can check it by eye. */
export const Passage = v.strictObject({ sourceId: SourceId, start: Offset, end: Offset, text: Text });
export type Passage = v.InferOutput<typeof Passage>;

export const Source = v.strictObject({
  /** The article's file name without `.txt`: "000_a82303e51bffeff7". */
  id: SourceId,
  /** The file under `seeds/`. */
  fileName: Text,
  /** sha256 of the file's bytes, lower-case hex. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The publication, only as the article itself names it; null when it does not. */
  outlet: v.nullable(Text),
  /** Where the outlet's name comes from, for the reader. */
  outletNote: v.nullable(Text),
  /** Publication date (ISO 8601) and address: null while unknown. */
  date: v.nullable(Text),
  url: v.nullable(Text),
  /** The headline as the page states it (a reader's added article); absent for the seed. */
  title: v.optional(v.nullable(Text)),
  /** The article, verbatim (decoded UTF-8). All offsets point into this. */
  text: Text,
});
export type Source = v.InferOutput<typeof Source>;

export const STAKEHOLDER_KINDS = ['person', 'office', 'group'] as const;
export const StakeholderKind = v.picklist(STAKEHOLDER_KINDS);
export type StakeholderKind = v.InferOutput<typeof StakeholderKind>;

export const Stakeholder = v.strictObject({
  id: Id,
  /** As the article names them: "Alison Thewliss", "Home Office". */
  name: Text,
  /** As the article states it: "MP for Glasgow Central". */
  role: Text,
  /** As the article states it; null when it names none. */
  organisation: v.nullable(Text),
  kind: StakeholderKind,
  /** One to three capital letters for an avatar: "AT". */
  label: v.pipe(v.string(), v.regex(/^\p{Lu}{1,3}$/u, 'a label is one to three capital letters, e.g. "AT"')),
  /** Where the article introduces them, so role and organisation can be checked. */
  introducedAt: Passage,
  /** What a careful reader should know (e.g. how a role was read); null when nothing. */
  note: v.nullable(Text),
  /**
   * The article's own description of other stakeholders ("police chiefs in England and
   * Wales" for the three commissioners): not a voice of its own. Who it stands for is an
   * inference from the article, with the passages it rests on. Null for a voice.
   */
  framingOf: v.nullable(
    v.strictObject({
      stakeholderIds: v.pipe(v.array(Id), v.minLength(1)),
      basis: v.pipe(v.array(Passage), v.minLength(1)),
    }),
  ),
});
export type Stakeholder = v.InferOutput<typeof Stakeholder>;

export const EVIDENCE_KINDS = ['direct-quote', 'partial-quote', 'reported-position'] as const;
/**
 * direct-quote: a statement in quotation marks; partial-quote: a quoted fragment inside the
 * article's own sentence ("deeply concerned"); reported-position: the article's words, no
 * quotation marks.
 */
export const EvidenceKind = v.picklist(EVIDENCE_KINDS);
export type EvidenceKind = v.InferOutput<typeof EvidenceKind>;

/**
 * Stance toward the topic (drug consumption rooms), not toward whoever is addressed, and only
 * as far as the article goes: `did-not-back` is a body that withheld support without a stated
 * reason ("all parties bar the Tories backed it"), not opposition; `no-position-stated` is
 * someone the article names in the matter without giving a position.
 */
export const STANCES = ['supports', 'opposes', 'did-not-back', 'neutral', 'no-position-stated'] as const;
export const Stance = v.picklist(STANCES);
export type Stance = v.InferOutput<typeof Stance>;

/** How the words reached the article, only where it says so (see `MEDIUM_WORDS`). */
export const MEDIA = ['letter', 'interview', 'statement', 'speech', 'vote'] as const;
export const Medium = v.picklist(MEDIA);
export type Medium = v.InferOutput<typeof Medium>;

/**
 * The words by which an article says what the medium was: a medium's basis must hold one.
 * "told the National" names no medium, and "A spokesman said" is not a statement.
 */
export const MEDIUM_WORDS: Readonly<Record<Medium, RegExp>> = {
  letter: /\b(?:letter|wrote|writes|written)\b/i,
  interview: /\binterview/i,
  statement: /\bstatement\b/i,
  speech: /\b(?:speech|speaking at|addressing)\b/i,
  vote: /\bvot(?:e|ed|ing)\b/i,
};

/** Where an item stands on a claim: the stance words that apply to a proposition. */
export const CLAIM_POSITIONS = ['supports', 'opposes', 'did-not-back'] as const;
export const ClaimPosition = v.picklist(CLAIM_POSITIONS);
export type ClaimPosition = v.InferOutput<typeof ClaimPosition>;

/**
 * An item's link to a claim (`claims.json`): where it stands on it, and the article's words
 * that show it, verified like a stance's basis (inferred when they are not the item's own).
 */
export const EvidenceClaim = v.strictObject({
  claimId: Id,
  position: ClaimPosition,
  basis: v.pipe(v.array(Passage), v.minLength(1, 'names at least one passage for its claim')),
  inferred: v.boolean(),
});
export type EvidenceClaim = v.InferOutput<typeof EvidenceClaim>;

export const EvidenceItem = v.strictObject({
  /** Stable and readable: "thewliss-legal-exemption". */
  id: Id,
  sourceId: SourceId,
  /** Who holds this position or said these words (one or more). */
  stakeholderIds: v.pipe(
    v.array(Id),
    v.minLength(1, 'names at least one stakeholder'),
    v.check((ids: string[]) => distinct(ids), 'names a stakeholder twice'),
  ),
  kind: EvidenceKind,
  medium: v.nullable(Medium),
  stance: Stance,
  /** The claims it supports or opposes (none when it makes none the model names). */
  claims: v.pipe(
    v.array(EvidenceClaim),
    v.check((links: EvidenceClaim[]) => distinct(links.map((l) => l.claimId)), 'links a claim twice'),
  ),
  /**
   * Exactly `source.text.slice(start, end)`. For quotes, the words inside the quotation marks,
   * without the marks; a quotation continued in the next paragraph is one item per paragraph.
   */
  text: Text,
  start: Offset,
  end: Offset,
  /** The whole sentence(s) around the item, to show a partial quote in its setting. */
  context: Span,
  /** For quotes: the words that attribute it, as the article has them ("She added"). */
  attribution: v.nullable(Passage),
  /** What a careful reader should know about this item; null when nothing. */
  note: v.nullable(Text),
  /** The sentence(s) of the article that establish the stance (at least one). */
  stanceBasis: v.pipe(v.array(Passage), v.minLength(1, 'names at least one passage for its stance')),
  /** The stance rests on words outside the item's own text: the card says so and shows them. */
  stanceInferred: v.boolean(),
  /** The words that name the medium ("In a letter to Atkins"); null exactly when `medium` is. */
  mediumBasis: v.nullable(Passage),
  /** Reporter's asides inside the item's text ("(pictured, right)") the card may show as "[…]". */
  elisions: v.array(Span),
});
export type EvidenceItem = v.InferOutput<typeof EvidenceItem>;

export const Dataset = v.strictObject({
  version: v.literal(1),
  topic: Topic,
  sources: v.pipe(v.array(Source), v.minLength(1)),
  stakeholders: v.array(Stakeholder),
  evidence: v.array(EvidenceItem),
  lexicon: Lexicon,
  /** The claims model: statements, topics and cues (`src/data/claims.json`). */
  claims: Claims,
});
export type Dataset = v.InferOutput<typeof Dataset>;
