/**
 * Two builds of the extension against each other on what they cost a page (`--against <dir>`):
 * the same loads as the page cost's (page-cost.ts: renderer main-thread task time in thread
 * ticks, the largest corpus pages planted and bare), with no extension, the other build and
 * ours interleaved in the same rounds, each build in its own browser, the order rotated from
 * round to round. A change worth a few points of a page's time is smaller than what two runs
 * apart swing by; interleaved in one run, both builds meet the same machine.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { CORPUS_DIR, corpusPages, staticHtml } from '../lib/corpus-pages';
import { launchWithExtension, type ExtensionBrowser } from '../lib/launch-browser';
import { startStaticServer } from '../lib/static-server';
import { loadOnce, PAGE_COUNT, plantParagraph, rotated, type Variant } from './page-cost';
import { median, sum } from './stats';

export const AB_ARMS = ['without', 'against', 'ours'] as const;
export type AbArm = (typeof AB_ARMS)[number];

/** The order of the arms in round `round`, rotated as the page cost's are. */
export const abOrder = (round: number): AbArm[] => rotated(AB_ARMS, round);

export interface AbRow {
  page: string;
  variant: Variant;
  /** Median main-thread time of each arm, ms. */
  ms: Record<AbArm, number>;
}

export interface AbResult {
  against: string;
  rounds: number;
  rows: AbRow[];
  loadAverage: [number, number];
  seconds: number;
}

/** Per variant: each arm's sum of per-page medians, what each build adds, and ours less the other. */
export function abTotals(rows: readonly AbRow[], variant: Variant): Record<AbArm, number> & { addedAgainst: number; addedOurs: number; difference: number } {
  const of = rows.filter((row) => row.variant === variant);
  const total = (arm: AbArm): number => sum(of.map((row) => row.ms[arm]));
  const [without, against, ours] = [total('without'), total('against'), total('ours')];
  return { without, against, ours, addedAgainst: against / without - 1, addedOurs: ours / without - 1, difference: ours - against };
}

export async function runBuildComparison({
  againstDir,
  extensionDir = resolve(import.meta.dirname, '../../dist/chrome'),
  rounds,
  log,
}: {
  againstDir: string;
  extensionDir?: string;
  rounds: number;
  log: (line: string) => void;
}): Promise<AbResult | null> {
  if (!existsSync(CORPUS_DIR)) {
    log(`build comparison: no corpus at ${CORPUS_DIR}, not measured`);
    return null;
  }
  if (!existsSync(resolve(againstDir, 'manifest.json')))
    throw new Error(`--against ${againstDir}: no manifest.json there (an unpacked Chromium build, such as dist/chrome)`);
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const pages = corpusPages().slice(0, PAGE_COUNT);
  const site = await startStaticServer([
    { prefix: '/bare/', dir: CORPUS_DIR, transformHtml: staticHtml },
    { prefix: '/planted/', dir: CORPUS_DIR, transformHtml: (html) => plantParagraph(staticHtml(html)) },
  ]);
  const launched: ExtensionBrowser[] = [];
  const launch = async (dir: string): Promise<ExtensionBrowser> => {
    const browser = await launchWithExtension('chromium', { extensionDir: dir, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
    launched.push(browser);
    return browser;
  };
  try {
    const ours = await launch(extensionDir);
    const against = await launch(resolve(againstDir));
    const contexts: Record<AbArm, BrowserContext> = {
      without: await ours.browser.createBrowserContext(),
      against: against.browser.defaultBrowserContext(),
      ours: ours.browser.defaultBrowserContext(),
    };
    log(`build comparison: ${pages.length} largest corpus pages, ${rounds} rounds; without, ${againstDir} and this build interleaved`);
    const rows: AbRow[] = [];
    for (const variant of ['planted', 'bare'] as const) {
      for (const { name } of pages) {
        const url = `${site.origin}/${variant}/${name}`;
        const readings: Record<AbArm, number[]> = { without: [], against: [], ours: [] };
        for (let round = 0; round < rounds; round++) for (const arm of abOrder(round)) readings[arm].push((await loadOnce(contexts[arm], url, false)).taskMs);
        const row: AbRow = { page: name, variant, ms: { without: median(readings.without), against: median(readings.against), ours: median(readings.ours) } };
        rows.push(row);
        log(`  ${variant.padEnd(7)} ${name.padEnd(22)} ${AB_ARMS.map((arm) => `${arm} ${row.ms[arm].toFixed(0).padStart(6)}`).join('  ')}`);
      }
    }
    return { against: againstDir, rounds, rows, loadAverage: [loadAtStart, loadavg()[0]!], seconds: (Date.now() - started) / 1000 };
  } finally {
    for (const browser of launched) await browser.close();
    await site.close();
  }
}

const pct = (share: number): string => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;

export function abReport(result: AbResult): string {
  const lines = [`this build against ${result.against} (sum of per-page medians over ${result.rows.length / 2} pages, ${result.rounds} interleaved rounds)`];
  for (const variant of ['planted', 'bare'] as const) {
    const t = abTotals(result.rows, variant);
    lines.push(
      `  ${variant.padEnd(8)} without ${t.without.toFixed(0)} ms; the other build ${t.against.toFixed(0)} (${pct(t.addedAgainst)}); this build ${t.ours.toFixed(0)} (${pct(t.addedOurs)}); this − other ${t.difference >= 0 ? '+' : ''}${t.difference.toFixed(0)} ms`,
    );
  }
  lines.push(`load average ${result.loadAverage[0].toFixed(2)} → ${result.loadAverage[1].toFixed(2)}; ${(result.seconds / 60).toFixed(1)} min`);
  return lines.join('\n');
}
