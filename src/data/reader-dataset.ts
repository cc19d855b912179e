/**
 * The reader's own articles beside the bundled dataset, in memory only: each saved article is
 * placed by the builder's rules (as when it was saved) and its ids are put in a namespace of
 * its own (`mine:<article>:<id>`), so nothing of the reader's can take the place of, or be
 * mistaken for, a bundled item. The bundled dataset is never changed; the reader's data lives
 * in IndexedDB (src/platform/evidence-store.ts) and the two never share a file.
 */
import { verifySeeds } from './build-dataset';
import type { Dataset, EvidenceItem, Passage, Source, Stakeholder } from './dataset-schema';
import type { Problem } from './dataset-error';
import { seedOf, type ReaderArticle } from './evidence-file';

const PREFIX = 'mine:';

/** The id a reader's article's stakeholder, item or source has beside the bundled dataset. */
export function readerId(articleId: string, id?: string): string {
  return id === undefined ? `${PREFIX}${articleId}` : `${PREFIX}${articleId}:${id}`;
}

/** The reader's article an id (from `readerId`) belongs to; null for a bundled one. */
export function readerArticleOf(id: string): string | null {
  if (!id.startsWith(PREFIX)) return null;
  return id.slice(PREFIX.length).split(':')[0] ?? null;
}

/** What the reader chose beside the articles: see src/platform/evidence-store.ts. */
export interface ReaderChoices {
  switchedOff: readonly string[];
  /** Confirmed merges: a stakeholder counted as the same voice as another. */
  merges: readonly { from: string; into: string }[];
}

export interface ReaderView {
  /** The bundled dataset with the reader's switched-on articles after it. */
  data: Dataset;
  /** Source ids that are the reader's. */
  mine: ReadonlySet<string>;
  /** A stakeholder's id → the voice the reader confirmed it is (only merged ones). */
  sameVoice: ReadonlyMap<string, string>;
  /** A saved article that no longer passes the builder's rules: left out, and said why. */
  problems: Problem[];
}

/** The bundled dataset and the reader's switched-on articles, as one dataset for cards and pages. */
export async function withReaderEvidence(bundled: Dataset, articles: readonly ReaderArticle[], choices: ReaderChoices): Promise<ReaderView> {
  const claimIds = new Set(bundled.claims.claims.map((claim) => claim.id));
  const off = new Set(choices.switchedOff);
  const sources: Source[] = [];
  const stakeholders: Stakeholder[] = [];
  const evidence: EvidenceItem[] = [];
  const problems: Problem[] = [];
  for (const article of articles) {
    if (off.has(article.id)) continue;
    const verified = await verifySeeds([seedOf('saved evidence', article)], { complete: false, claimIds });
    if (verified.problems.length) {
      problems.push(...verified.problems);
      continue;
    }
    const at = (id: string) => readerId(article.id, id);
    const passage = (p: Passage): Passage => ({ ...p, sourceId: readerId(article.id) });
    sources.push(...verified.sources.map((source) => ({ ...source, id: readerId(article.id) })));
    stakeholders.push(
      ...verified.stakeholders.map((s) => ({
        ...s,
        id: at(s.id),
        introducedAt: passage(s.introducedAt),
        framingOf: s.framingOf ? { stakeholderIds: s.framingOf.stakeholderIds.map(at), basis: s.framingOf.basis.map(passage) } : null,
      })),
    );
    evidence.push(
      ...verified.evidence.map((item) => ({
        ...item,
        id: at(item.id),
        sourceId: readerId(article.id),
        stakeholderIds: item.stakeholderIds.map(at),
        claims: item.claims.map((link) => ({ ...link, basis: link.basis.map(passage) })),
        attribution: item.attribution && passage(item.attribution),
        stanceBasis: item.stanceBasis.map(passage),
        mediumBasis: item.mediumBasis && passage(item.mediumBasis),
      })),
    );
  }
  const known = new Set([...bundled.stakeholders, ...stakeholders].map((s) => s.id));
  const sameVoice = new Map(
    choices.merges.filter(({ from, into }) => from !== into && known.has(from) && known.has(into)).map(({ from, into }) => [from, into]),
  );
  return {
    data: {
      ...bundled,
      sources: [...bundled.sources, ...sources],
      stakeholders: [...bundled.stakeholders, ...stakeholders],
      evidence: [...bundled.evidence, ...evidence],
    },
    mine: new Set(sources.map((source) => source.id)),
    sameVoice: resolveChains(sameVoice),
    problems,
  };
}

/** A merged into B merged into C counts as C; a cycle (never offered, but on disk) is dropped. */
function resolveChains(merges: ReadonlyMap<string, string>): Map<string, string> {
  const resolved = new Map<string, string>();
  for (const from of merges.keys()) {
    const seen = new Set([from]);
    let into = merges.get(from)!;
    while (merges.has(into) && !seen.has(into)) {
      seen.add(into);
      into = merges.get(into)!;
    }
    if (!seen.has(into)) resolved.set(from, into);
  }
  return resolved;
}

/** Pairs worth offering to merge: stakeholders of different sources with the same name. */
export function mergeCandidates(data: Dataset, sameVoice: ReadonlyMap<string, string>): [Stakeholder, Stakeholder][] {
  const key = (s: Stakeholder) => s.name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  const sourceOf = (s: Stakeholder) => s.introducedAt.sourceId;
  const pairs: [Stakeholder, Stakeholder][] = [];
  const voices = data.stakeholders.filter((s) => !s.framingOf);
  for (const [index, a] of voices.entries()) {
    for (const b of voices.slice(index + 1)) {
      if (sourceOf(a) === sourceOf(b) || key(a) !== key(b)) continue;
      const from = readerArticleOf(b.id) ? b : a;
      const into = from === b ? a : b;
      if (!readerArticleOf(from.id) || sameVoice.has(from.id)) continue;
      pairs.push([from, into]);
    }
  }
  return pairs;
}
