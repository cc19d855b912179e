/**
 * The labelled test set (tests/fixtures/mentions/passages.json): real-looking passages with
 * the mentions a reader would expect, and hard negatives that use the same words in other
 * senses. Precision and recall are computed over all of it, printed, and gated at 0.95.
 */
import { describe, expect, it } from 'vitest';
import passages from '../../fixtures/mentions/passages.json';
import { LANGS } from '../../../src/data/lexicon-schema';
import { mentionsIn } from './support/dom';

interface Passage {
  id: string;
  lang: string;
  html: string;
  mentions: string[];
  note?: string;
}

const SET = passages as Passage[];
const positives = SET.filter((p) => p.mentions.length > 0);
const negatives = SET.filter((p) => p.mentions.length === 0);

/** How many of `found` are in `expected`, each expected text matched at most once. */
function matched(found: readonly string[], expected: readonly string[]): number {
  const left = [...expected];
  let hits = 0;
  for (const text of found) {
    const at = left.indexOf(text);
    if (at >= 0) {
      left.splice(at, 1);
      hits++;
    }
  }
  return hits;
}

describe('the labelled mention set', () => {
  it('is big and varied enough to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
    expect(new Set(positives.map((p) => p.lang))).toEqual(new Set(LANGS));
    expect(new Set(SET.map((p) => p.id)).size).toBe(SET.length);
  });

  it('is found with precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const passage of SET) {
      const found = mentionsIn(passage.html);
      const hits = matched(found, passage.mentions);
      truePositives += hits;
      falsePositives += found.length - hits;
      falseNegatives += passage.mentions.length - hits;
      if (hits !== found.length || hits !== passage.mentions.length) {
        misses.push(`  ${passage.id}: expected ${JSON.stringify(passage.mentions)}, found ${JSON.stringify(found)}`);
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `mention set: ${SET.length} passages (${positives.length} positive, ${negatives.length} negative), ` +
        `${truePositives} found, ${falsePositives} false, ${falseNegatives} missed: ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
