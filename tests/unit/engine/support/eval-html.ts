/** The HTML of every page and passage of the evaluation and mention sets (tests/fixtures), for properties that must hold on all of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

const passagesOf = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { html: string }[]).map((passage) => passage.html);

export function evaluationHtml(): string[] {
  const pages = readdirSync(resolve(FIXTURES, 'eval/pages')).map((name) => readFileSync(resolve(FIXTURES, 'eval/pages', name), 'utf8'));
  const passages = readdirSync(resolve(FIXTURES, 'eval/passages')).flatMap((name) => passagesOf(resolve(FIXTURES, 'eval/passages', name)));
  return [...pages, ...passages, ...passagesOf(resolve(FIXTURES, 'mentions/passages.json'))];
}
