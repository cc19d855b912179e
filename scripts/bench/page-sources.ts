/**
 * The pages the bench runs on: the real-page corpus in ../shared/corpus/pages, served without
 * scripts, or generated pages when that folder is absent (a fresh clone) or `--generated`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { stripScripts } from '../lib/static-server';
import { generatedPages, type BenchPageSource } from './generated-pages';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/pages');

export interface PageSet {
  origin: 'corpus' | 'generated';
  pages: BenchPageSource[];
}

function corpusPages(dir: string): BenchPageSource[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: basename(file, '.html'), html: stripScripts(readFileSync(resolve(dir, file), 'utf8')) }));
}

/** `count` pages spread evenly over the size range, smallest and largest included. */
export function spreadBySize(pages: readonly BenchPageSource[], count: number): BenchPageSource[] {
  if (pages.length <= count) return [...pages];
  const bySize = [...pages].sort((a, b) => a.html.length - b.html.length);
  const step = (bySize.length - 1) / (count - 1);
  const chosen = new Set(Array.from({ length: count }, (_, i) => bySize[Math.round(i * step)]!));
  return pages.filter((page) => chosen.has(page));
}

export function benchPages({ generated, limit }: { generated: boolean; limit?: number | undefined }): PageSet {
  const set: PageSet =
    !generated && existsSync(CORPUS_DIR) ? { origin: 'corpus', pages: corpusPages(CORPUS_DIR) } : { origin: 'generated', pages: generatedPages() };
  return limit === undefined ? set : { ...set, pages: spreadBySize(set.pages, limit) };
}

/** The page the incremental run grows: a bare article whose feed the bench appends to. */
export const INCREMENTAL_SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed</title></head>
<body><header><h1>Live feed</h1></header><main id="feed"><p>The latest updates appear below.</p></main></body></html>
`;
