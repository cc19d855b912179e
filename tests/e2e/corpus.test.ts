/**
 * The 130 real pages of ../shared/corpus (none is about drug consumption rooms), served
 * without scripts or inline handlers so nothing but Claimlens could change them: on every one the extension must mark nothing
 * (no mention, claim or stakeholder’s name) and leave
 * `document.body.innerHTML` exactly as parsed. All pages in Chromium, a sample in Firefox.
 * The content script's own time accounting is printed (largest pages first): scanning runs
 * in slices, so its longest piece of work should stay far below the 50 ms of a long task.
 */
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server';
import { corpusPages, onlyLocal, staticHtml } from '../../scripts/lib/corpus-pages';
import { CORPUS_DIR, useSession } from './support/session';
import { bodyUnchanged, recordParsedBody, waitForSettled, workReport, type WorkReport } from './support/annotation';
import { CLAIM_HIGHLIGHT, MENTION_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../../src/content/highlight-names';

const FIREFOX_SAMPLE_EVERY = 6;

describe('the real-page corpus', () => {
  const session = useSession();

  it('gets no mention, claim or name marked and an unchanged DOM on every page', { timeout: 600_000 }, async () => {
    const all = corpusPages();
    expect(all.length, `the corpus at ${CORPUS_DIR}`).toBe(130);
    const pages = session.kind === 'chromium' ? all : all.filter((_, i) => i % FIREFOX_SAMPLE_EVERY === 0);
    const site = await startStaticServer([{ prefix: '/corpus/', dir: CORPUS_DIR, transformHtml: staticHtml }]);
    const page = await session.open('/fixtures/basic.html');
    await onlyLocal(page, site.origin);
    await recordParsedBody(page);
    const problems: string[] = [];
    const reports: (WorkReport & { name: string; bytes: number })[] = [];
    for (const { name, bytes } of pages) {
      await page.goto(`${site.origin}/corpus/${name}`, { waitUntil: 'domcontentloaded' });
      await waitForSettled(page, 30_000);
      const highlighted = await page.evaluate(
        (names) =>
          names.flatMap((name) =>
            [...(CSS.highlights.get(name) ?? [])].map((range) => {
              const live = document.createRange();
              live.setStart(range.startContainer, range.startOffset);
              live.setEnd(range.endContainer, range.endOffset);
              return `${name}: ${live.toString()}`;
            }),
          ),
        [MENTION_HIGHLIGHT, CLAIM_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT],
      );
      if (highlighted.length > 0) problems.push(`${name}: highlighted ${JSON.stringify(highlighted)}`);
      if (!(await bodyUnchanged(page))) problems.push(`${name}: body.innerHTML changed`);
      reports.push({ name, bytes, ...(await workReport(page)) });
    }
    await page.close();
    await site.close();
    const worst = reports.reduce((a, b) => (b.longest > a.longest ? b : a));
    console.log(
      `corpus (${session.kind}): ${reports.length} pages, content script busy ${reports.reduce((t, r) => t + r.busy, 0).toFixed(0)} ms in total, ` +
        `longest piece of work ${worst.longest.toFixed(1)} ms (${worst.name})\n` +
        reports
          .slice(0, 5)
          .map((r) => `  ${r.name} (${(r.bytes / 1024).toFixed(0)} KB): busy ${r.busy.toFixed(1)} ms, longest ${r.longest.toFixed(1)} ms`)
          .join('\n'),
    );
    expect(problems).toEqual([]);
  });
});
