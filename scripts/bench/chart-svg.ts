/**
 * The report's chart as inline SVG (no script, no external file): time per page on a
 * logarithmic axis, one line per method, pages ordered by size. Each series has its own
 * marker shape as well as its colour, and every point a tooltip.
 */
import { escapeHtml, formatMs } from './format';

export interface ChartSeries {
  label: string;
  color: string;
  shape: 'circle' | 'square' | 'triangle' | 'diamond';
  /** Milliseconds per page, in the order of `pages`; undefined where the method did not run. */
  values: readonly (number | undefined)[];
}

/** A power-of-ten axis label: 0.001 ms … 100 ms, 1 s, 10 s … */
function tickLabel(power: number): string {
  return power >= 3 ? `${10 ** (power - 3)} s` : `${power < 0 ? (10 ** power).toFixed(-power) : 10 ** power} ms`;
}

const WIDTH = 1100;
const HEIGHT = 460;
const MARGIN = { top: 20, right: 20, bottom: 50, left: 70 };

function marker(shape: ChartSeries['shape'], x: number, y: number, color: string, tooltip: string): string {
  const title = `<title>${escapeHtml(tooltip)}</title>`;
  const r = 3.5;
  const points = (list: [number, number][]) => list.map(([px, py]) => `${(x + px).toFixed(1)},${(y + py).toFixed(1)}`).join(' ');
  switch (shape) {
    case 'circle': return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${color}">${title}</circle>`;
    case 'square': return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" fill="${color}">${title}</rect>`;
    case 'triangle': return `<polygon points="${points([[0, -r - 1], [r + 1, r], [-r - 1, r]])}" fill="${color}">${title}</polygon>`;
    case 'diamond': return `<polygon points="${points([[0, -r - 1], [r + 1, 0], [0, r + 1], [-r - 1, 0]])}" fill="${color}">${title}</polygon>`;
  }
}

/** A line chart of `series` over `pages` (x), log-scaled milliseconds (y). */
export function timeChart(pages: readonly string[], series: readonly ChartSeries[]): string {
  const positive = series.flatMap((s) => s.values).filter((v): v is number => v !== undefined && v > 0);
  const low = Math.floor(Math.log10(Math.min(...positive, 1)));
  const high = Math.ceil(Math.log10(Math.max(...positive, 1)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (pages.length > 1 ? (i * plotWidth) / (pages.length - 1) : plotWidth / 2);
  // Zero times (below the timer's resolution) sit on the axis floor.
  const y = (ms: number) => MARGIN.top + plotHeight - ((Math.log10(Math.max(ms, 10 ** low)) - low) / (high - low || 1)) * plotHeight;

  const grid: string[] = [];
  for (let power = low; power <= high; power++) {
    const gy = y(10 ** power).toFixed(1);
    grid.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${gy}" y2="${gy}" class="grid"/>`);
    grid.push(`<text x="${MARGIN.left - 8}" y="${gy}" class="tick" text-anchor="end" dominant-baseline="middle">${tickLabel(power)}</text>`);
  }
  const lines = series.map((s) => {
    const points = s.values.flatMap((v, i) => (v === undefined ? [] : [{ i, v }]));
    const path = points.map(({ i, v }, n) => `${n ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
    const markers = points.map(({ i, v }) => marker(s.shape, x(i), y(v), s.color, `${pages[i]!}: ${s.label} ${formatMs(v)} ms`));
    return `<g><path d="${path}" fill="none" stroke="${s.color}" stroke-width="1.5" stroke-opacity="0.6"/>${markers.join('')}</g>`;
  });
  const legend = series.map((s, i) => {
    const lx = MARGIN.left + 10 + i * 200;
    return `<g>${marker(s.shape, lx, HEIGHT - 14, s.color, s.label)}<text x="${lx + 10}" y="${HEIGHT - 14}" class="tick" dominant-baseline="middle">${escapeHtml(s.label)}</text></g>`;
  });
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Time per page for each method, logarithmic scale">
<style>.grid{stroke:currentColor;stroke-opacity:.15}.tick{font:12px system-ui,sans-serif;fill:currentColor}</style>
${grid.join('\n')}
<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 32}" class="tick" text-anchor="middle">pages, from least to most text (hover a point for its page)</text>
${lines.join('\n')}
${legend.join('\n')}
</svg>`;
}
