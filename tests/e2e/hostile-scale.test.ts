/**
 * Hostile pages, part 3: size. 200,000 nodes, nesting 10,000 deep, one 1 MB text
 * node, 50,000 mentions and a mutation storm, at sizes that keep `npm test` quick where the
 * full size would take long (`npm run bench` runs them all at full size and holds the numbers
 * to their targets). Each page must end up annotated exactly, still work and still open a
 * card, with nothing raised; what it cost is printed, not asserted — timing is the bench's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeScale, describeStorm, measureScaleCase, measureStorm, scaleCases, type ScaleSizes } from '../../scripts/bench/hostile-scale';
import { useSession } from './support/session';
import { expectCardOpens, expectPageWorks } from './support/hostile';

/** Full depth and text node (cheap); a tenth of the nodes and mentions; a 3 s storm. */
const TEST_SIZES: ScaleSizes = { nodes: 20_000, depth: 10_000, textChars: 1_000_000, mentions: 5_000, stormSeconds: 3, stormPerSecond: 1_000 };

describe('hostile pages: size', () => {
  const session = useSession();
  const opened: Page[] = [];
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  for (const scaleCase of scaleCases(TEST_SIZES)) {
    it(`annotates ${scaleCase.name} completely and the page keeps working`, { timeout: 120_000 }, async () => {
      const result = await measureScaleCase(session.ext, session.site, scaleCase, 60_000);
      opened.push(result.page);
      console.log(`${session.kind}: ${describeScale(result)}`);
      await expectPageWorks(result.page);
      await expectCardOpens(session, result.page);
      expect(result.problems).toEqual([]);
    });
  }

  it(`keeps up with a mutation storm of ${TEST_SIZES.stormPerSecond} changes a second`, { timeout: 60_000 }, async () => {
    const result = await measureStorm(session.ext, session.site, TEST_SIZES.stormSeconds, TEST_SIZES.stormPerSecond);
    opened.push(result.page);
    console.log(`${session.kind}: ${describeStorm(result)}`);
    expect(result.changes).toBeGreaterThanOrEqual(TEST_SIZES.stormSeconds * TEST_SIZES.stormPerSecond * 0.9);
    await expectPageWorks(result.page);
    await expectCardOpens(session, result.page);
    expect(result.problems).toEqual([]);
  });
});
