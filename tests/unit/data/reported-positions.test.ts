// @vitest-environment node
/**
 * Reported positions — "backed", "called on", "opposition to", "resistance to", and who is
 * left out by "bar …" — found in an article of our own writing, and the build failing when the
 * annotations miss one, give it to someone else, or say more than the words do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../../src/data/build-dataset';
import { DatasetError, type Problem } from '../../../src/data/dataset-error';
import { extractQuotations } from '../../../src/data/extract-quotations';
import { extractReportedPositions } from '../../../src/data/extract-positions';
import { seedsOnly } from './support/seeds-only';

const root = resolve(import.meta.dirname, '../../..');
const ANNOTATIONS = 'tests/fixtures/data/riverdale-vote.annotations.json';
const ARTICLE = 'tests/fixtures/data/riverdale-vote.txt';
const article = readFileSync(resolve(root, ARTICLE), 'utf8');

type Json = { evidence: Record<string, unknown>[] };

function inputsWith(change: (json: Json) => void) {
  const json = JSON.parse(readFileSync(resolve(root, ANNOTATIONS), 'utf8')) as Json;
  change(json);
  return seedsOnly([
    {
      article: { file: ARTICLE, bytes: new Uint8Array(readFileSync(resolve(root, ARTICLE))) },
      annotations: { file: ANNOTATIONS, content: JSON.stringify(json) },
    },
  ]);
}

async function problemsOf(change: (json: Json) => void): Promise<Problem[]> {
  try {
    await buildDataset(inputsWith(change));
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  throw new Error('the dataset built, but it should not have');
}

const item = (json: Json, id: string) => json.evidence.find((e) => e.id === id)!;

describe('extractReportedPositions', () => {
  it('finds who backed, called on, opposed and resisted, and who a "bar" leaves out', () => {
    const found = extractReportedPositions(article, extractQuotations(article).quotations).map((p) => [p.holder.text, p.cue.text, p.stance]);
    expect(found).toEqual([
      ['Riverdale’s council', 'backed', null],
      ['Every group on the council bar the Independents', 'backed', null],
      ['the Independents', 'backed', 'did-not-back'],
      ['The Riverdale health trust', 'called on', null],
      ['the government', 'opposition to', 'opposes'],
      ['Mill Lane Traders’ Association', 'resistance to', 'opposes'],
    ]);
  });

  it('reads "backed by …" as the position of whoever follows "by", and leaves quoted words to the quotation check', () => {
    const text = 'The plan has been backed by the city’s GPs, who wrote to the board.\n\nThe mayor said: “Everyone has backed it.”';
    expect(extractReportedPositions(text, extractQuotations(text).quotations).map((p) => [p.holder.text, p.cue.text])).toEqual([['the city’s GPs', 'backed']]);
  });
});

describe('the build checks every reported position', () => {
  it('builds the article when each position is annotated as the article gives it', async () => {
    const dataset = await buildDataset(inputsWith(() => undefined));
    expect(dataset.evidence.find((e) => e.id === 'independents-did-not-back')?.stance).toBe('did-not-back');
  });

  it('fails on a position nobody annotated', async () => {
    expect(
      await problemsOf((json) => {
        json.evidence = json.evidence.filter((e) => e.id !== 'traders-resistance');
      }),
    ).toEqual([
      {
        file: ANNOTATIONS,
        entry: 'reported position at line 7 "Mill Lane Traders’ Association … resistance to"',
        reason: 'the article reports a position of "Mill Lane Traders’ Association" ("resistance to"), but no evidence item covers these words',
      },
    ]);
  });

  it('fails on a position covered only by someone else’s item (the sentence that reports it)', async () => {
    expect(
      await problemsOf((json) => {
        json.evidence = json.evidence.filter((e) => e.id !== 'government-opposition');
      }),
    ).toEqual([
      {
        file: ANNOTATIONS,
        entry: 'reported position at line 5 "the government … opposition to"',
        reason:
          'the article gives this position to "the government" (government), but the items covering it (trust-calls-on-ministers) give it to riverdale-health-trust',
      },
    ]);
  });

  it('fails on a position given to someone the article does not give it to', async () => {
    expect(
      await problemsOf((json) => {
        item(json, 'traders-resistance').stakeholderIds = ['riverdale-health-trust'];
      }),
    ).toEqual([
      {
        file: ANNOTATIONS,
        entry: 'reported position at line 7 "Mill Lane Traders’ Association … resistance to"',
        reason:
          'the article gives this position to "Mill Lane Traders’ Association" (mill-lane-traders), but the items covering it (traders-resistance) give it to riverdale-health-trust',
      },
    ]);
  });

  it('fails when a group that only did not back is said to oppose', async () => {
    expect(
      await problemsOf((json) => {
        item(json, 'independents-did-not-back').stance = 'opposes';
      }),
    ).toEqual([
      {
        file: ANNOTATIONS,
        entry: 'evidence "independents-did-not-back"',
        reason: 'says "opposes", but the article\'s words ("the Independents" … "backed") say only "did-not-back"',
      },
    ]);
  });

  it('fails when "opposition to" is annotated as anything but opposing', async () => {
    const [problem] = await problemsOf((json) => {
      item(json, 'government-opposition').stance = 'neutral';
    });
    expect(problem).toMatchObject({ file: ANNOTATIONS, entry: 'evidence "government-opposition"' });
    expect(problem!.reason).toContain('say only "opposes"');
  });
});
