/**
 * Reading the content script's state from the page, for the annotation e2e tests: when it
 * has settled, and what its own time accounting says (see src/content/work-meter.ts).
 */
import type { Frame, Page } from 'puppeteer-core';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-names';

/** The content script's total and longest piece of work in a frame (src/content/work-meter.ts). */
export { readWork as workReport, type WorkReading as WorkReport } from '../../../scripts/bench/hostile-measure';

type Target = Pick<Page | Frame, 'waitForFunction' | 'evaluate'>;

/** Waits until the content script has finished scanning the frame at least once (its highlights are registered only once it found a mention). */
export async function waitForSettled(frame: Target, timeout = 15_000): Promise<void> {
  await frame.waitForFunction(() => performance.getEntriesByName('claimlens:settled').length > 0, { timeout, polling: 50 });
}

/** Keeps a copy of `document.body.innerHTML` as it was when parsing ended, before the content script ran. */
export async function recordParsedBody(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __parsedBody?: string }).__parsedBody = document.body.innerHTML;
    });
  });
}

/** Is `document.body.innerHTML` now exactly what it was when parsing ended? */
export function bodyUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const parsed = (window as unknown as { __parsedBody?: string }).__parsedBody;
    if (parsed === undefined) throw new Error('the parsed body was not recorded (call recordParsedBody before goto)');
    return parsed === document.body.innerHTML;
  });
}

/** Waits until the frame's mention texts (in document order) are exactly `expected`. */
export async function waitForTexts(frame: Target, expected: readonly string[], timeout = 5_000): Promise<void> {
  await frame.waitForFunction(
    (name: string, want: string) => {
      // Mid-change the highlight may still hold a range in content just removed: comparing it with
      // one in the document throws (another root), which would stop the polling for good. Not yet, then.
      try {
        const ranges = [...(CSS.highlights.get(name) ?? [])].map((r) => {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        });
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        return JSON.stringify(ranges.map((r) => r.toString())) === want;
      } catch {
        return false;
      }
    },
    { timeout, polling: 20 },
    MENTION_HIGHLIGHT,
    JSON.stringify(expected),
  );
}

/** The marker style's background (the default style), as the browser computes it. */
export const MARKER_YELLOW = 'rgb(255, 226, 122)';

/**
 * The background colours the browser paints the first mention with, from every name its
 * Highlight is registered under (`rgb(…)` each; names no rule paints left out): what a reader
 * sees, whichever name carries the style (Chromium paints `claimlens-mention` itself, Firefox
 * the style alias its manifest's rules name).
 */
export function mentionBackgrounds(frame: Target): Promise<string[]> {
  return frame.evaluate((name) => {
    const mentions = CSS.highlights.get(name);
    const [range] = mentions ? ([...mentions] as AbstractRange[]) : [];
    const element = range?.startContainer.parentElement;
    if (!element) return [];
    return [...CSS.highlights.keys()]
      .filter((key) => CSS.highlights.get(key) === mentions)
      .map((key) => getComputedStyle(element, `::highlight(${key})`).backgroundColor)
      .filter((colour) => colour !== 'rgba(0, 0, 0, 0)');
  }, MENTION_HIGHLIGHT);
}
