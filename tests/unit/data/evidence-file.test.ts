// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DatasetError, type Problem } from '../../../src/data/dataset-error';
import { parseEvidenceFile, serializeEvidenceFile } from '../../../src/data/evidence-file';
import { sha256Hex } from '../../../src/data/sha256';
import { CLAIM_IDS, evidenceFileOf, harbourArticle } from '../../support/reader-evidence';

async function problemsOf(content: string): Promise<Problem[]> {
  try {
    await parseEvidenceFile('my-evidence.json', content, CLAIM_IDS);
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  throw new Error('the file was accepted, but it should not have been');
}

describe('the reader’s evidence file', () => {
  it('reads back what it wrote: the text byte for byte, its sha256 and its annotations', async () => {
    const article = await harbourArticle();
    const [read] = await parseEvidenceFile('my-evidence.json', serializeEvidenceFile([article]), CLAIM_IDS);
    expect(read!.text).toBe(article.text);
    expect(read!.sha256).toBe(await sha256Hex(new TextEncoder().encode(article.text)));
    expect(read!.annotations.evidence.map((item) => item.id)).toEqual(article.annotations.evidence.map((item) => item.id));
  });

  it('refuses a file from a newer schema version, saying to update', async () => {
    const content = evidenceFileOf([await harbourArticle()], { schemaVersion: 2 });
    expect(await problemsOf(content)).toEqual([
      {
        file: 'my-evidence.json',
        entry: 'schemaVersion',
        reason: expect.stringMatching(/is 2, from a newer Claimlens \(this one reads up to 1\): update Claimlens/) as unknown,
      },
    ]);
  });

  it('refuses a truncated file as not JSON, perhaps cut short', async () => {
    const content = serializeEvidenceFile([await harbourArticle()]);
    const problems = await problemsOf(content.slice(0, Math.floor(content.length / 2)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'my-evidence.json',
      entry: '(whole file)',
      reason: expect.stringMatching(/^is not valid JSON, perhaps cut short/) as unknown,
    });
  });

  it('refuses a file that is not a Claimlens evidence file', async () => {
    expect(await problemsOf(JSON.stringify({ articles: [] }))).toEqual([
      { file: 'my-evidence.json', entry: 'format', reason: 'is not a Claimlens evidence file (expected "format": "claimlens-evidence")' },
    ]);
  });

  it('names each quote that is not in its text, and imports nothing from the file', async () => {
    const good = await harbourArticle('harbour-street');
    const bad = await harbourArticle('harbour-street-copy');
    bad.annotations.stakeholders.forEach((s) => (s.id = `${s.id}-copy`));
    bad.annotations.evidence.forEach((item) => {
      item.id = `${item.id}-copy`;
      item.stakeholderIds = item.stakeholderIds.map((id) => `${id}-copy`);
    });
    bad.annotations.evidence[1]!.text = 'We lost forty-two people to overdoses last year';
    bad.annotations.evidence[1]!.stanceBasis = [{ text: 'We lost forty-two people to overdoses last year' }];
    const problems = await problemsOf(evidenceFileOf([good, bad]));
    const id = bad.annotations.evidence[1]!.id;
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems.every((p) => p.file === 'my-evidence.json › articles/harbour-street-copy.annotations.json')).toBe(true);
    expect(problems.map((p) => p.entry)).toContain(`evidence "${id}"`);
    expect(problems.find((p) => p.entry === `evidence "${id}"`)!.reason).toBe('"We lost forty-two people to overdoses last year" is not in the article');
  });

  it('refuses a text that no longer matches its sha256 (changed or cut short)', async () => {
    const article = await harbourArticle();
    article.text = article.text.slice(0, 200);
    expect(await problemsOf(evidenceFileOf([article]))).toEqual([
      {
        file: 'my-evidence.json',
        entry: 'articles "harbour-street"',
        reason: 'its text does not match its sha256: the text was changed or cut short after it was saved',
      },
    ]);
  });

  it('refuses an article of 5 MB with its size, and every schema problem by entry and reason', async () => {
    const huge = await harbourArticle('huge');
    huge.text = `${huge.text}\n\n${'Filler words of our own, repeated to make a page-sized text. '.repeat(88_000)}`;
    huge.sha256 = await sha256Hex(new TextEncoder().encode(huge.text));
    huge.annotations.stakeholders = [];
    huge.annotations.evidence = [];
    const broken = { ...(await harbourArticle('broken')), sha256: 'not a hash' };
    const problems = await problemsOf(evidenceFileOf([huge, broken]));
    expect(problems).toContainEqual({ file: 'my-evidence.json', entry: 'articles "broken"', reason: '"sha256" is not a sha256 (64 lower-case hex digits)' });
    const second = await problemsOf(evidenceFileOf([huge]));
    expect(second).toEqual([
      {
        file: 'my-evidence.json',
        entry: 'articles "huge"',
        reason: expect.stringMatching(/^its text is 5\.\d MB; an article may be at most 1\.0 MB$/) as unknown,
      },
    ]);
  });
});
