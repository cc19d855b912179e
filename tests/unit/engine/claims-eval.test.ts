/**
 * Evaluation of the claim finder on labelled sentences of our own writing in all seven
 * languages (tests/fixtures/eval/claims/sentences.json), hard negatives included. Prints
 * precision and recall per claim, every false and missed claim, and gates them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../../../src/data/dataset';
import type { Lang } from '../../../src/data/lexicon-schema';
import { compileClaims, findClaims } from '../../../src/engine/find-claims';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.8;

interface Labelled {
  lang: Lang;
  story: 'rooms' | 'other';
  text: string;
  claims: string[];
}

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/eval/claims/sentences.json'), 'utf8')) as { sentences: Labelled[] };
const compiled = compileClaims(dataset.claims);
const claimIds = dataset.claims.claims.map((claim) => claim.id);

interface Tally {
  truePositives: number;
  falsePositives: number;
  misses: number;
}

function evaluate(): { tallies: Map<string, Tally>; errors: string[] } {
  const tallies = new Map(claimIds.map((id) => [id, { truePositives: 0, falsePositives: 0, misses: 0 }]));
  const errors: string[] = [];
  for (const [index, sentence] of fixture.sentences.entries()) {
    // Each sentence is its own story, labelled; the language is as the page would give it.
    const found = new Set(
      findClaims([{ text: sentence.text, owner: index, lang: sentence.lang }], compiled, () => sentence.story === 'rooms').map((f) => f.claimId),
    );
    for (const id of claimIds) {
      const tally = tallies.get(id)!;
      const labelled = sentence.claims.includes(id);
      if (labelled && found.has(id)) {
        tally.truePositives++;
      } else if (found.has(id)) {
        tally.falsePositives++;
        errors.push(`false ${id} [${sentence.lang}]: ${sentence.text}`);
      } else if (labelled) {
        tally.misses++;
        errors.push(`missed ${id} [${sentence.lang}]: ${sentence.text}`);
      }
    }
  }
  return { tallies, errors };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('claims evaluation', () => {
  it('labels sentences in all seven languages, with every claim and hard negatives in each', () => {
    const langs = new Set(fixture.sentences.map((s) => s.lang));
    expect(langs.size).toBe(7);
    for (const id of claimIds)
      for (const lang of langs)
        expect(
          fixture.sentences.some((s) => s.lang === lang && s.claims.includes(id)),
          `${id} in ${lang}`,
        ).toBe(true);
    for (const lang of langs)
      expect(
        fixture.sentences.some((s) => s.lang === lang && s.claims.length === 0),
        `a negative in ${lang}`,
      ).toBe(true);
    expect(fixture.sentences.filter((s) => s.story === 'other').length).toBeGreaterThanOrEqual(10);
  });

  it(`finds each claim with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const { tallies, errors } = evaluate();
    const rows = [...tallies].map(([id, t]) => ({
      claim: id,
      precision: ratio(t.truePositives, t.truePositives + t.falsePositives),
      recall: ratio(t.truePositives, t.truePositives + t.misses),
      ...t,
    }));
    console.log(
      [
        'claim                      precision  recall  (tp fp missed)',
        ...rows.map(
          (r) =>
            `${r.claim.padEnd(26)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  (${r.truePositives} ${r.falsePositives} ${r.misses})`,
        ),
        ...errors,
      ].join('\n'),
    );
    for (const row of rows) {
      expect(row.precision, `precision of ${row.claim}`).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(row.recall, `recall of ${row.claim}`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });
});
