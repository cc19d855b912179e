/**
 * The curated annotations beside each article (`seeds/<name>.annotations.json`): who the
 * stakeholders are and which words of the article are evidence. Annotations say only *which*
 * text an item is; the builder finds it in the article and records the offsets.
 */
import * as v from 'valibot';
import { ClaimPosition, EvidenceItem, Source, Stakeholder } from './dataset-schema';

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/**
 * Which words of the article: `text` exactly as it stands there (for quotes, without the
 * quotation marks). When it occurs more than once, `prefix` and/or `suffix` (the words right
 * before or after it) pick one occurrence.
 */
export const TextSelector = {
  text: Text,
  prefix: v.optional(Text),
  suffix: v.optional(Text),
};
export const TextSelectorObject = v.strictObject(TextSelector);
export type TextSelector = v.InferOutput<typeof TextSelectorObject>;

export const SourceAnnotation = v.strictObject({
  ...v.pick(Source, ['outlet', 'outletNote', 'date', 'url', 'title']).entries,
});

export const StakeholderAnnotation = v.strictObject({
  ...v.pick(Stakeholder, ['id', 'name', 'role', 'organisation', 'kind', 'label']).entries,
  introducedAs: TextSelectorObject,
  /** Other names the article calls them by as a speaker; a person's surname counts without this. */
  aliases: v.optional(v.array(Text), []),
  note: v.optional(v.nullable(Text), null),
  /**
   * Set when this "stakeholder" is the article's description of others (a reporter's
   * "police chiefs in England and Wales" for three named commissioners): who it stands for,
   * and the passages of the article that show it. It then counts as their voice, not a new one.
   */
  framingOf: v.optional(
    v.strictObject({
      stakeholderIds: v.pipe(v.array(v.string()), v.minLength(1, 'names at least one stakeholder')),
      basis: v.pipe(v.array(TextSelectorObject), v.minLength(1, 'names at least one passage')),
    }),
  ),
});
export type StakeholderAnnotation = v.InferOutput<typeof StakeholderAnnotation>;

/** An item's link to a claim: which, where it stands, and the words that show it (required). */
export const ClaimLinkAnnotation = v.strictObject({
  claim: Text,
  position: ClaimPosition,
  basis: v.optional(v.array(TextSelectorObject)),
});
export type ClaimLinkAnnotation = v.InferOutput<typeof ClaimLinkAnnotation>;

export const EvidenceAnnotation = v.strictObject({
  ...v.pick(EvidenceItem, ['id', 'stakeholderIds', 'kind', 'medium', 'stance']).entries,
  /** The claims (ids in `src/data/claims.json`) it supports or opposes, each with its basis. */
  claims: v.optional(v.array(ClaimLinkAnnotation), []),
  ...TextSelector,
  note: v.optional(v.nullable(Text), null),
  /**
   * The sentence(s) that establish the stance. Required: optional here only so the builder
   * can say so in its own words. When it is not the item's own text, the stance is inferred.
   */
  stanceBasis: v.optional(v.array(TextSelectorObject)),
  /** The words that name the medium; required with a medium, which must be one they name. */
  mediumBasis: v.optional(TextSelectorObject),
  /** Reporter's asides in parentheses inside a reported position, which the card may elide. */
  elide: v.optional(v.array(TextSelectorObject), []),
});
export type EvidenceAnnotation = v.InferOutput<typeof EvidenceAnnotation>;

/** Quotation marks that are not anyone's words (a scare-quoted label, a title): said so, with why. */
export const NotAQuotation = v.strictObject({
  ...TextSelector,
  reason: Text,
});
export type NotAQuotation = v.InferOutput<typeof NotAQuotation>;

export const Annotations = v.strictObject({
  source: SourceAnnotation,
  stakeholders: v.array(StakeholderAnnotation),
  evidence: v.array(EvidenceAnnotation),
  notQuotations: v.optional(v.array(NotAQuotation), []),
});
export type Annotations = v.InferOutput<typeof Annotations>;
