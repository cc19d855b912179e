/** The table and summary `npm run bench` prints. */
import { formatKb, formatMs } from './format';
import type { MethodId } from './page/page-api';
import { describeTarget, formatRatio, type Summary } from './summary';
import { ratio } from './stats';
import type { BenchResult, MethodResult, PageResult } from './types';

/** The columns of timings, in the order printed; shared with the HTML report. */
export const METHOD_LABELS: Record<MethodId, string> = {
  floor: 'floor',
  find: 'find',
  findPaint: 'find+paint',
  find10k: 'find 10k',
  markjs: 'mark.js',
  advancedMark: 'adv-mark',
};

const COLUMNS = Object.keys(METHOD_LABELS) as MethodId[];

/** A page's median for `method`, or undefined where it did not run (peers on some pages). */
export function pageMedian(page: PageResult, method: MethodId): MethodResult | undefined {
  return method === 'markjs' || method === 'advancedMark' ? page.peers?.[method] : page.methods[method];
}

/** The sum of medians of `method`: over every page, or the peers' pages for a peer. */
export function methodTotal(summary: Summary, method: MethodId): number {
  return method === 'markjs' || method === 'advancedMark' ? summary.peerTotals[method] : summary.totals[method];
}

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

/** Facts about the run that the numbers depend on. */
export function runFacts(result: BenchResult, summary: Summary): string[] {
  const { lexicon, incremental } = result;
  return [
    `engine: ${result.engineSource}`,
    `${result.pages.length} ${result.pageOrigin} pages, ${result.mode} run, ${result.browserVersion}, ${result.preciseTimers ? 'precise timers (5 µs)' : 'COARSE timers (100 µs): pages were not cross-origin isolated'}, load average ${result.loadAverage.map((l) => l.toFixed(1)).join(' → ')}, ${result.seconds.toFixed(0)} s`,
    `lexicon: ${lexicon.bundledTerms} terms (compile ${formatMs(lexicon.compileBundledMs)} ms); with ${lexicon.syntheticTerms.toLocaleString('en')} synthetic terms (compile ${formatMs(lexicon.compileSyntheticMs)} ms)`,
    `found: engine ${summary.found.engine} of ${summary.found.planted} planted (${summary.found.engine10k} with the synthetic terms too); on the peers' pages (${summary.peerTotals.planted} planted) mark.js reported ${summary.found.markjs}, advanced-mark.js ${summary.found.advancedMark}`,
    `topic sieve: a first scan of only what it located found the whole scan's mentions on ${result.pages.filter((page) => page.profile.sieve.sameMentions).length} of ${result.pages.length} pages (planted and bare)${
      result.pages.every((page) => page.profile.sieve.sameMentions)
        ? ''
        : ' — MISSED: ' +
          result.pages
            .filter((page) => !page.profile.sieve.sameMentions)
            .map((page) => page.name)
            .join(', ')
    }; it let ${result.pages.filter((page) => page.profile.sieve.bareMaybe).length} bare pages through`,
    `peers ran on ${summary.peerTotals.pages} of ${result.pages.length} pages, spread over the size range; there the engine's find + paint took ${formatMs(summary.peerTotals.findPaint)} ms in all`,
    `incremental: ${incremental.paragraphs} paragraphs in ${incremental.batches} batches took ${formatMs(incremental.incrementalMs)} ms against ${formatMs(incremental.fullMs)} ms for one full scan (found ${incremental.appendedFound} of ${incremental.appendedPlanted} appended mentions, the full scan ${incremental.fullFound} in all; ${incremental.path})`,
    `peer options: mark.js ${result.peerLibraries.markjs.version} ${JSON.stringify(result.peerLibraries.markjs.options)}; advanced-mark.js ${result.peerLibraries.advancedMark.version} ${JSON.stringify(result.peerLibraries.advancedMark.options)}`,
  ];
}

export function textReport(result: BenchResult, summary: Summary): string {
  const header = ['page', 'KB', 'text', 'planted', ...COLUMNS.map((c) => `${METHOD_LABELS[c]} ms`), 'paint/floor'];
  const body = result.pages.map((page) => [
    page.name.slice(0, 40),
    formatKb(page.htmlBytes),
    String(page.profile.textChars),
    String(page.profile.planted),
    ...COLUMNS.map((c) => {
      const median = pageMedian(page, c);
      return median ? formatMs(median.medianMs) : '—';
    }),
    formatRatio(ratio(page.methods.findPaint.medianMs, page.methods.floor.medianMs)),
  ]);
  const totals = [
    'TOTAL (medians summed)',
    formatKb(result.pages.reduce((total, page) => total + page.htmlBytes, 0)),
    String(result.pages.reduce((total, page) => total + page.profile.textChars, 0)),
    String(summary.found.planted),
    ...COLUMNS.map((c) => formatMs(methodTotal(summary, c))),
    formatRatio(ratio(summary.totals.findPaint, summary.totals.floor)),
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...body, totals].map((cells) => cells[i]!.length)));
  const rule = '-'.repeat(widths.reduce((total, width) => total + width + 2, -2));
  return [
    row(header, widths),
    rule,
    ...body.map((cells) => row(cells, widths)),
    rule,
    row(totals, widths),
    '',
    ...runFacts(result, summary),
    '',
    'targets (corpus totals):',
    ...summary.targets.map((t) => `  ${describeTarget(t)}`),
    `${summary.targets.filter((t) => t.met).length} of ${summary.targets.length} targets met`,
  ].join('\n');
}
