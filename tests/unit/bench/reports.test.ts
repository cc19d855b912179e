import { describe, expect, it } from 'vitest';
import { timeChart } from '../../../scripts/bench/chart-svg';
import { htmlReport } from '../../../scripts/bench/report-html';
import { textReport } from '../../../scripts/bench/report-text';
import { summarize } from '../../../scripts/bench/summary';
import { benchResult, pageResult } from './support/bench-result';

describe('text report', () => {
  const result = benchResult([pageResult('small', 1, true), pageResult('no-peers', 2, false), pageResult('large', 10, true)]);
  const report = textReport(result, summarize(result));

  it('prints a row per page and the totals, with a dash where the peers did not run', () => {
    const lines = report.split('\n');
    expect(lines.find((l) => l.startsWith('small'))).toMatch(/200\s+40\.0\s+4\.00×$/);
    expect(lines.find((l) => l.startsWith('no-peers'))).toMatch(/—\s+—\s+4\.00×$/);
    // Engine totals over all three pages, peer totals over their two.
    expect(lines.find((l) => l.startsWith('TOTAL'))).toMatch(/\s13\.0\s+39\.0\s+52\.0\s+65\.0\s+2200\s+440\s+4\.00×$/);
  });

  it('says which engine ran and whether each target is met', () => {
    expect(report).toContain('engine: src/engine');
    expect(report).toContain('MET    find + paint / floor: 4.00× (target ≤ 5×)');
    expect(report).toContain('MISSED advanced-mark.js / engine find + paint on the 2 pages they ran on: 10.0× (target ≥ 15×)');
    expect(report).toMatch(/3 of 5 targets met$/);
  });
});

describe('HTML report', () => {
  const result = benchResult([pageResult('<img src=x onerror=alert(1)>', 1, true), pageResult('large', 10, true)]);
  const html = htmlReport(result, summarize(result));

  it('is one self-contained file: no script, nothing loaded from elsewhere', () => {
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value));
    expect(attributes.filter((value) => /https?:|url\(/i.test(value))).toEqual([]);
    expect([...document.querySelectorAll('style')].map((style) => style.textContent).join('')).not.toMatch(/url\(|@import/);
    expect(document.querySelector('svg')).not.toBeNull();
  });

  it('escapes page names', () => {
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('charts every page for the engine, the floor and each peer, and marks targets met or missed', () => {
    for (const label of ['floor (TreeWalker)', 'engine find + paint', 'mark.js', 'advanced-mark.js']) {
      expect(html.match(new RegExp(`<title>[^<]*: ${label.replace(/[.()+]/g, '\\$&')} [\\d.]+ ms</title>`, 'g'))).toHaveLength(2);
    }
    expect(html.match(/<li class="met">/g)).toHaveLength(3);
    expect(html.match(/<li class="missed">/g)).toHaveLength(2);
  });
});

describe('timeChart', () => {
  it('draws a point per value and leaves out pages a method did not run on', () => {
    const svg = timeChart(['a', 'b', 'c'], [{ label: 'peer', color: '#000', shape: 'circle', values: [1, undefined, 100] }]);
    expect(svg.match(/<title>\w: peer [\d.]+ ms<\/title>/g)).toHaveLength(2);
    expect(svg).toContain('<title>a: peer 1.00 ms</title>');
    expect(svg).not.toContain('<title>b: peer');
    expect(svg.match(/<path d="M[\d.,]+L[\d.,]+"/)).not.toBeNull();
  });

  it('puts larger times higher on a logarithmic axis', () => {
    const svg = timeChart(['a', 'b'], [{ label: 's', color: '#000', shape: 'square', values: [0.02, 20_000] }]);
    const ys = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    const ticks = [...svg.matchAll(/class="tick" text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['0.01 ms', '0.1 ms', '1 ms', '10 ms', '100 ms', '1 s', '10 s', '100 s']);
  });
});
