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

const range = staticRange;

describe('a frame’s reports', () => {
  afterEach(() => vi.restoreAllMocks());

  it('list the claims and stakeholders found after the mentions, in page order, without the mentions changing', async () => {
    const reports: FrameReport[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, ...report } = message as { type: string } & FrameReport;
      if (type === 'frame-report') reports.push(report);
      return undefined;
    });
    document.body.innerHTML = '<p>Arfon Jones backs a drug consumption room, which would save lives.</p>';
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
    await runFrame([feature]);
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
});
