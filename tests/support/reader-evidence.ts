/** A reader's evidence file made from our own test article (harbour-street), for import tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256Hex } from '../../src/data/sha256';
import type { ReaderArticle } from '../../src/data/evidence-file';

const root = resolve(import.meta.dirname, '../..');

export const HARBOUR_TEXT = readFileSync(resolve(root, 'tests/fixtures/data/harbour-street.txt'), 'utf8');
const HARBOUR_ANNOTATIONS = JSON.parse(
  readFileSync(resolve(root, 'tests/fixtures/data/harbour-street.annotations.json'), 'utf8'),
) as ReaderArticle['annotations'];

/** The harbour-street article as a reader's saved article (a fresh copy each call). */
export async function harbourArticle(id = 'harbour-street'): Promise<ReaderArticle> {
  return { id, text: HARBOUR_TEXT, sha256: await sha256Hex(new TextEncoder().encode(HARBOUR_TEXT)), annotations: structuredClone(HARBOUR_ANNOTATIONS) };
}

export function evidenceFileOf(articles: readonly unknown[], header: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ format: 'claimlens-evidence', schemaVersion: 1, ...header, articles }, null, 2)}\n`;
}

/** The claims a reader's item may link to: the bundled model's, as the extension checks them. */
export const CLAIM_IDS: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(resolve(root, 'src/data/claims.json'), 'utf8')) as { claims: { id: string }[] }).claims.map((claim) => claim.id),
);

/** The same article under other ids, so two copies can live side by side. */
export function renameIds(article: ReaderArticle, suffix: string): ReaderArticle {
  for (const s of article.annotations.stakeholders) s.id = `${s.id}${suffix}`;
  for (const item of article.annotations.evidence) {
    item.id = `${item.id}${suffix}`;
    item.stakeholderIds = item.stakeholderIds.map((id) => `${id}${suffix}`);
  }
  return article;
}
