/** The HTML report: one self-contained file (inline CSS and SVG, no script) a person can open. */
import { timeChart, type ChartSeries } from './chart-svg';
import { escapeHtml, formatKb, formatMs } from './format';
import type { MethodId } from './page/page-api';
import { METHOD_LABELS, methodTotal, pageMedian, runFacts } from './report-text';
import { describeTarget, type Summary } from './summary';
import type { BenchResult } from './types';

/** What the chart draws: the engine, the floor and each peer (Okabe–Ito colours). */
const CHARTED: { method: MethodId; label: string; color: string; shape: ChartSeries['shape'] }[] = [
  { method: 'floor', label: 'floor (TreeWalker)', color: '#777777', shape: 'circle' },
  { method: 'findPaint', label: 'engine find + paint', color: '#0072B2', shape: 'square' },
  { method: 'markjs', label: 'mark.js', color: '#D55E00', shape: 'triangle' },
  { method: 'advancedMark', label: 'advanced-mark.js', color: '#009E73', shape: 'diamond' },
];

const COLUMNS = Object.keys(METHOD_LABELS) as MethodId[];

function table(result: BenchResult, summary: Summary): string {
  const head = ['page', 'HTML KB', 'text chars', 'planted', ...COLUMNS.map((c) => `${METHOD_LABELS[c]} ms`)];
  const rows = result.pages.map((page) => [
    escapeHtml(page.name),
    formatKb(page.htmlBytes),
    String(page.profile.textChars),
    String(page.profile.planted),
    ...COLUMNS.map((c) => {
      const median = pageMedian(page, c);
      return median ? `<span title="${median.runs} runs, first run ${formatMs(median.coldMs)} ms, ${median.matches} found">${formatMs(median.medianMs)}</span>` : '—';
    }),
  ]);
  const total = ['<strong>total</strong>', '', '', String(summary.found.planted), ...COLUMNS.map((c) => `<strong>${formatMs(methodTotal(summary, c))}</strong>`)];
  const tr = (cells: string[], cell: 'td' | 'th') => `<tr>${cells.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`;
  return `<table><thead>${tr(head, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('\n')}</tbody><tfoot>${tr(total, 'td')}</tfoot></table>`;
}

export function htmlReport(result: BenchResult, summary: Summary): string {
  const order = result.pages.map((_, i) => i).sort((a, b) => result.pages[a]!.profile.textChars - result.pages[b]!.profile.textChars);
  const chart = timeChart(
    order.map((i) => result.pages[i]!.name),
    CHARTED.map(({ method, ...series }) => ({ ...series, values: order.map((i) => pageMedian(result.pages[i]!, method)?.medianMs) })),
  );
  const targets = summary.targets.map((t) => `<li class="${t.met ? 'met' : 'missed'}">${escapeHtml(describeTarget(t))}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claimlens bench — ${escapeHtml(result.startedAt)}</title>
<style>
  :root { color-scheme: light dark; }
  body { font: 15px/1.5 system-ui, sans-serif; margin: 24px auto; max-width: 1160px; padding: 0 16px; background: Canvas; color: CanvasText; }
  h1 { font-size: 22px; }
  ul.facts { padding-left: 18px; }
  li.met::marker { content: '✔ '; color: #009E73; }
  li.missed::marker { content: '✘ '; color: #D55E00; }
  li.met, li.missed { font-weight: 600; }
  svg { width: 100%; height: auto; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 13px; }
  th, td { padding: 2px 8px; border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent); text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .note { opacity: .75; }
</style>
</head>
<body>
<h1>Claimlens mention finding: benchmark of ${escapeHtml(result.startedAt)}</h1>
<h2>Targets (corpus totals)</h2>
<ul>
${targets}
</ul>
<h2>Run</h2>
<ul class="facts">
${runFacts(result, summary).map((fact) => `<li>${escapeHtml(fact)}</li>`).join('\n')}
</ul>
<h2>Time per page</h2>
${chart}
<p class="note">Medians of several runs per page. Floor: a bare TreeWalker collecting every text node's data. Find + paint: the engine's full scan, then every range set on the <code>claimlens-mention</code> highlight. The peers wrap their matches in the page; each of their runs starts from a fresh copy of the body.</p>
<h2>Per page</h2>
${table(result, summary)}
</body>
</html>
`;
}
