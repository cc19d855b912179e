/**
 * What a frame reports for the popup and the page panel: its claims and stakeholders with its
 * mentions, and a fresh report when only they change (they follow the mentions by a while).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/content/feature';
import { runFrame } from '../../../src/content/frame-lifetime';
import type { PageMention } from '../../../src/content/mention-store';
import { mentionFinding, type PageFinding } from '../../../src/content/page-findings';
import { browser } from '../../../src/platform/browser';
import type { FrameReport } from '../../../src/platform/messages';
import { staticRange } from '../../support/static-range';
import { topicTools } from '../../../src/content/topic-watch';

const range = staticRange;

/** The frame reports sent from now on. */
function captureReports(): FrameReport[] {
  const reports: FrameReport[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, ...report } = message as { type: string } & FrameReport;
    if (type === 'frame-report') reports.push(report);
    return undefined;
  });
  return reports;
}

/** A page of one paragraph, `prose`, and its mention of a drug consumption room. */
function pageWithMention(prose: string): { text: Text; at: (words: string) => StaticRange; mention: PageMention } {
  document.body.innerHTML = `<p>${prose}</p>`;
  const text = document.querySelector('p')!.firstChild as Text;
  const at = (words: string) => range(text, text.data.indexOf(words), text.data.indexOf(words) + words.length);
  const mention = {
    id: 1,
    text: 'drug consumption room',
    term: 'drug consumption room',
    range: at('drug consumption room'),
    context: text.data,
    reason: { kind: 'unambiguous' },
  } as unknown as PageMention;
  return { text, at, mention };
}

describe('a frame’s reports', () => {
  afterEach(() => vi.restoreAllMocks());

  it('list the claims and stakeholders found after the mentions, in page order, without the mentions changing', async () => {
    const reports = captureReports();
    const { text, at, mention } = pageWithMention('Arfon Jones backs a drug consumption room, which would save lives.');
    let publishFindings = (): void => undefined;
    const feature: Feature = {
      name: 'probe',
      init(context) {
        context.mentions.replace([mention]);
        publishFindings = () => {
          const found: PageFinding[] = [
            { kind: 'stakeholder', id: 's1', text: 'Arfon Jones', range: at('Arfon Jones'), context: text.data, stakeholderId: 'arfon-jones' },
            mentionFinding(mention),
            {
              kind: 'claim',
              id: 'c1',
              text: 'which would save lives.',
              range: at('which would save lives.'),
              context: text.data,
              claimIds: ['saves-lives'],
              cues: ['sav* lives'],
            },
          ];
          context.findings.replace(found);
        };
      },
    };
    await runFrame([feature], topicTools);
    await vi.waitFor(() => expect(reports.at(-1)?.items.map((i) => i.kind)).toEqual(['mention']), { timeout: 2_000 });

    publishFindings();
    await vi.waitFor(
      () =>
        expect(reports.at(-1)?.items.map((i) => `${i.kind} ${i.id} ${i.ref}`)).toEqual([
          'stakeholder s1 arfon-jones',
          'mention mention-1 drug consumption room',
          'claim c1 saves-lives',
        ]),
      {
        timeout: 2_000,
      },
    );
    // The badge still counts mentions; the paragraphs stay in the frame until a panel asks.
    expect(reports.at(-1)?.count).toBe(1);
    expect(reports.some((report) => report.items.some((item) => 'context' in item))).toBe(false);
  });

  it('wait while the claims and names are being read, so one report carries them with the mentions', async () => {
    const reports = captureReports();
    const { text, at, mention } = pageWithMention('Arfon Jones backs a drug consumption room.');
    let answer = (): void => undefined;
    const feature: Feature = {
      name: 'probe',
      init(context) {
        context.mentions.replace([mention]);
        context.findings.setReading(true);
        answer = () => {
          context.findings.replace([
            { kind: 'stakeholder', id: 's1', text: 'Arfon Jones', range: at('Arfon Jones'), context: text.data, stakeholderId: 'arfon-jones' },
            mentionFinding(mention),
          ]);
          context.findings.setReading(false);
        };
      },
    };
    await runFrame([feature], topicTools);
    // Well past the usual coalescing delay, nothing went while the reading was under way…
    await new Promise((done) => setTimeout(done, 600));
    expect(reports).toEqual([]);
    answer();
    // …then one report with everything.
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 2_000 });
    expect(reports[0]!.items.map((i) => i.kind)).toEqual(['stakeholder', 'mention']);
    await new Promise((done) => setTimeout(done, 600));
    expect(reports).toHaveLength(1);
  });

  it('do not wait for a reading that never ends for longer than a second', async () => {
    const reports = captureReports();
    const { mention } = pageWithMention('A drug consumption room.');
    const feature: Feature = {
      name: 'probe',
      init(context) {
        context.mentions.replace([mention]);
        context.findings.setReading(true);
      },
    };
    const started = performance.now();
    await runFrame([feature], topicTools);
    await vi.waitFor(() => expect(reports.at(-1)?.count).toBe(1), { timeout: 3_000 });
    // It did wait (past the usual coalescing delay) before going without them.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
  });
});
