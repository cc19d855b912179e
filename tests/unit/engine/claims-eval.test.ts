/**
 * Evaluation of the claim finder on labelled sentences of our own writing in all seven
 * languages (tests/fixtures/eval/claims), hard negatives included: the sentences written with
 * the cues, gated per claim, the blind set written before reading them, its dev and test
 * halves reported apart, the second, third and fifth to eighth blind sets (each tuned on
 * once its numbers were read; the sixth was split, and its held-out half became dev too), and
 * the fourth and the ninth to twelfth, held out whole. Prints precision and recall per claim and per language, every
 * false and missed claim (not for a held-out set), and gates them.
 * The finder is measured as it ships: the cues with the learned recall aid under them
 * (src/engine/claims-as-shipped.ts, compiled from what the background bundles). The aid is
 * trained on the dev sets, so their numbers include its training data and overstate it; the
 * honest figures for fresh prose are the held-out sets', printed without their sentences.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dataset } from '../../../src/data/dataset';
import debate from 'virtual:claimlens/debate';
import { compileShippedClaims } from '../../../src/engine/claims-as-shipped';
import { findClaims } from '../../../src/engine/find-claims';
import { readClaimSets, type LabelledSentence } from '../../../scripts/lib/claim-sets';
import { precision, recall, reportDebate, tallyClaims, type AttributeClaims, type DebateObservation } from '../../../scripts/lib/eval-tally';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.8;

const sets = readClaimSets(resolve(import.meta.dirname, '../../fixtures/eval/claims'));
// The claims as the background compiles them (src/background/find-debate.ts), from what it bundles.
const compiled = compileShippedClaims(debate.claims, debate.claimsModel);
const claimIds = dataset.claims.claims.map((claim) => claim.id);

const claimsOf = (sentence: LabelledSentence, onTopic: boolean): string[] =>
  // Each sentence is its own story, labelled; the language is as the page would give it.
  findClaims([{ text: sentence.text, owner: 0, lang: sentence.lang }], compiled, () => onTopic).map((f) => f.claimId);

/** What a page of these sentences would show, each its own story: a highlight over every sentence the finder marks. */
function observe(sentences: readonly LabelledSentence[]): DebateObservation[] {
  return sentences.map((sentence, index) => {
    const marked = claimsOf(sentence, sentence.story === 'rooms').length > 0;
    return {
      page: `${sentence.lang} ${index}`,
      highlights: marked ? [{ text: sentence.text, lang: sentence.lang, context: sentence.story, labels: sentence.claims }] : [],
      spans: sentence.claims.length
        ? [{ text: sentence.text, lang: sentence.lang, labels: sentence.claims, covering: marked ? [{ text: sentence.text }] : [] }]
        : [],
    };
  });
}

// A marked sentence makes the claims the finder gives it (the page's topic already decided it was marked).
const attribute: AttributeClaims = (text, lang) => claimsOf({ text, lang: lang as LabelledSentence['lang'], story: 'rooms', claims: [] }, true);

describe('claims evaluation', () => {
  it('labels sentences in all seven languages, with every claim and hard negatives in each, in each set', () => {
    for (const set of sets) {
      const langs = new Set(set.sentences.map((s) => s.lang));
      expect(langs.size, set.name).toBe(7);
      for (const id of set.covers ?? claimIds)
        for (const lang of langs)
          expect(
            set.sentences.some((s) => s.lang === lang && s.claims.includes(id)),
            `${id} in ${lang}, ${set.name}`,
          ).toBe(true);
      for (const lang of langs)
        expect(
          set.sentences.some((s) => s.lang === lang && s.claims.length === 0),
          `a negative in ${lang}, ${set.name}`,
        ).toBe(true);
      expect(set.sentences.filter((s) => s.story === 'other').length, set.name).toBeGreaterThanOrEqual(10);
    }
  });

  // The sentences written with the cues are gated per claim; the blind sets cues were tuned on must keep the precision;
  // a held-out set is reported only (a gate on it would invite tuning to it), and so is a dev half whose classes are not fixed yet.
  it.each(sets)(
    `finds the claims of the sentences $name, held to its gate ($gate)`,
    (set) => {
      const t = tallyClaims(observe(set.sentences), attribute);
      // A held-out set's sentences are not quoted: they should not reach whoever reads the log while tuning cues.
      console.log(reportDebate(set.name, t, 'claim', set.quoted));
      const labelled = set.sentences.reduce((sum, sentence) => sum + sentence.claims.length, 0);
      expect(t.total.found + t.total.missed, `claims counted, ${set.name}`).toBe(labelled);
      if (set.gate === 'none') return;
      expect(precision(t.total), `precision, ${set.name}`).toBeGreaterThanOrEqual(MIN_PRECISION);
      if (set.gate !== 'all') return;
      for (const id of claimIds) {
        const counts = t.byKey.get(id)!;
        expect(precision(counts), `precision of ${id}`).toBeGreaterThanOrEqual(MIN_PRECISION);
        expect(recall(counts), `recall of ${id} (≥ ${MIN_RECALL})`).toBeGreaterThanOrEqual(MIN_RECALL);
      }
      // Some two thousand sentences through the cues and the aid: on the shared two-core machine under load this
      // takes longer than vitest's default five seconds, which is a timing, not a verdict.
    },
    30_000,
  );
});
