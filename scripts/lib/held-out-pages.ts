/**
 * The held-out multi-story pages (tests/fixtures/eval/held-out-pages): five pages per
 * language, three in the dev half (01, 02, 04) and two in the test half (03, 05), written without
 * reading the lexicon, its rules or the other evaluation pages, to measure how mention judging
 * generalises to prose nobody tuned to. Each file's name says its half:
 * `<lang>-<NN>-<dev|test>-<slug>.html` (`en-01-dev-frontpage.html`, `en-03-test-forum.html`).
 * Dev pages may be read, their misses and false alarms listed and learnt from; test pages are
 * reported as counts only, never quoted, so that they keep measuring something. Neither half is gated: a gate invites tuning to the set.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const HELD_OUT_PAGES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/eval/held-out-pages');

export type Half = 'dev' | 'test';

const NAME = /^[a-z]{2}-\d{2}-(dev|test)-[a-z0-9-]+\.html$/;

/** The half a page's file name puts it in; a name that says none is an error, not a silent dev page. */
export function halfOf(name: string): Half {
  const half = NAME.exec(name)?.[1];
  if (half !== 'dev' && half !== 'test') throw new Error(`${name}: a held-out page is named <lang>-<NN>-<dev|test>-<slug>.html`);
  return half;
}

/** The held-out pages, in name order, each with its half. */
export function heldOutPages(dir = HELD_OUT_PAGES_DIR): { name: string; half: Half }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name, half: halfOf(name) }));
}
