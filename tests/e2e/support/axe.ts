/** Runs axe-core in a page (extension pages included: evaluation is not subject to page CSP). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The WCAG 2.x A/AA violations axe finds in `context` (a selector; the whole page by default). */
export async function axeViolations(page: Page | Frame, context = 'html'): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector: string) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(selector, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, context);
}
