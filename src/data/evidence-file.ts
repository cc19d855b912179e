/**
 * The one file format for a reader's own evidence, from the extension's export to
 * `npm run build:dataset -- --import`: each article's text (verbatim) and sha256 with its
 * annotations in exactly the shape of `seeds/<id>.annotations.json`. Reading a file checks it
 * by the builder's own rules and reports every problem by entry and reason; a file with any
 * problem yields nothing, so a broken file never half-imports.
 */
import * as v from 'valibot';
import { Annotations } from './annotations-schema';
import { verifySeeds } from './build-dataset';
import { parseJsonFile, throwIfAny, type Problem } from './dataset-error';
import { sha256Hex } from './sha256';

export const EVIDENCE_FORMAT = 'claimlens-evidence';
/** Raised when the file's shape changes; a file from a newer version is refused, not guessed at. */
export const EVIDENCE_SCHEMA_VERSION = 1;
/**
 * The longest article text accepted, in UTF-8 bytes. A long read is ~100 KB; anything near
 * this is a page's whole text rather than an article, and would slow every card.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const ArticleId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'an article id is lower-case letters, digits, "-" and "_" (it becomes <id>.txt)'),
);

export const ReaderArticle = v.strictObject({
  id: ArticleId,
  /** The article exactly as stored: every offset and selector refers to it. */
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  /** sha256 of the text's UTF-8 bytes, lower-case hex: a check that it arrived unchanged. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not a sha256 (64 lower-case hex digits)')),
  annotations: Annotations,
});
export type ReaderArticle = v.InferOutput<typeof ReaderArticle>;

const EvidenceFile = v.strictObject({
  format: v.literal(EVIDENCE_FORMAT),
  schemaVersion: v.literal(EVIDENCE_SCHEMA_VERSION),
  articles: v.array(ReaderArticle),
});

/** The file's content: two-space JSON, one final newline. */
export function serializeEvidenceFile(articles: readonly ReaderArticle[]): string {
  return `${JSON.stringify({ format: EVIDENCE_FORMAT, schemaVersion: EVIDENCE_SCHEMA_VERSION, articles }, null, 2)}\n`;
}

/**
 * Reads an evidence file and checks each article as the builder checks a seed (without
 * requiring every quotation annotated: a reader may still be at work). Throws a DatasetError
 * listing every problem; returns the articles only when there is none.
 */
export async function parseEvidenceFile(file: string, content: string, claimIds: ReadonlySet<string>): Promise<ReaderArticle[]> {
  throwIfAny(versionProblems(file, content));
  const { articles } = parseJsonFile(file, content, EvidenceFile);
  await checkArticles(file, articles, claimIds);
  return articles;
}

/**
 * Checks articles by the builder's rules (ids, size, sha256, every selector verbatim in its
 * text, claim links to `claimIds`). Throws a DatasetError listing every problem, each naming
 * `file` and the article.
 */
export async function checkArticles(file: string, articles: readonly ReaderArticle[], claimIds: ReadonlySet<string>): Promise<void> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const entry = `articles "${article.id}"`;
    if (seen.has(article.id)) problems.push({ file, entry, reason: 'duplicate article id' });
    seen.add(article.id);
    problems.push(...(await articleProblems(file, entry, article)));
  }
  throwIfAny(problems);
  const verified = await verifySeeds(
    articles.map((article) => seedOf(file, article)),
    { complete: false, claimIds },
  );
  throwIfAny(verified.problems);
}

/** The article as the builder reads a seed; problems then name the entry in this file. */
export function seedOf(
  file: string,
  article: ReaderArticle,
): { article: { file: string; bytes: Uint8Array<ArrayBuffer> }; annotations: { file: string; content: string } } {
  return {
    // Named as the builder names a seed's files (the id is read from `<id>.txt`).
    article: { file: `${file} › articles/${article.id}.txt`, bytes: new TextEncoder().encode(article.text) },
    annotations: { file: `${file} › articles/${article.id}.annotations.json`, content: JSON.stringify(article.annotations) },
  };
}

/** Size and checksum, checked before the (slower) verbatim checks. */
async function articleProblems(file: string, entry: string, article: ReaderArticle): Promise<Problem[]> {
  const bytes = new TextEncoder().encode(article.text);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return [{ file, entry, reason: `its text is ${megabytes(bytes.length)}; an article may be at most ${megabytes(MAX_ARTICLE_BYTES)}` }];
  }
  if ((await sha256Hex(bytes)) !== article.sha256) {
    return [{ file, entry, reason: 'its text does not match its sha256: the text was changed or cut short after it was saved' }];
  }
  return [];
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A file from a newer Claimlens is refused with that reason (not a list of unknown fields);
 * anything else is left to the schema. A file that is not JSON at all says so here.
 */
function versionProblems(file: string, content: string): Problem[] {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return [{ file, entry: '(whole file)', reason: `is not valid JSON, perhaps cut short: ${(error as Error).message}` }];
  }
  const header = typeof json === 'object' && json !== null ? (json as { format?: unknown; schemaVersion?: unknown }) : {};
  if (header.format !== EVIDENCE_FORMAT) {
    return [{ file, entry: 'format', reason: `is not a Claimlens evidence file (expected "format": "${EVIDENCE_FORMAT}")` }];
  }
  if (typeof header.schemaVersion === 'number' && header.schemaVersion > EVIDENCE_SCHEMA_VERSION) {
    return [
      {
        file,
        entry: 'schemaVersion',
        reason: `is ${header.schemaVersion}, from a newer Claimlens (this one reads up to ${EVIDENCE_SCHEMA_VERSION}): update Claimlens to import it`,
      },
    ];
  }
  return [];
}
