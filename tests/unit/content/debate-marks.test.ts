/**
 * The debate's marks cost a page little: the stories are read in an idle period, as soon as the
 * first scan has caught up, then after a change once the mentions stand still, and sent in one message; prose the background already answered for is not
 * sent again, and the claim and name highlights are touched only when what they hold changed.
 * They follow the prose of the stories read when the page rewrites it with no mention changing,
 * and are not read again for changes elsewhere.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentContext } from '../../../src/content/feature';
import { debateMarks } from '../../../src/content/features/debate-marks';
import { CLAIM_HIGHLIGHT, STAKEHOLDER_HIGHLIGHT } from '../../../src/content/highlight-names';
import { MentionStore, type PageMention } from '../../../src/content/mention-store';
import { PageFindings } from '../../../src/content/page-findings';
import { ProseChanges } from '../../../src/content/prose-changes';
import { browser } from '../../../src/platform/browser';
import type { DebateFound, DebateProse } from '../../../src/platform/messages';
import '../engine/support/dom'; // StaticRange, which happy-dom lacks

/** A Highlight that counts what is done to it. */
class CountingHighlight extends Set<StaticRange> {
  static changes = 0;
  priority = 0;
  override add(range: StaticRange): this {
    CountingHighlight.changes++;
    return super.add(range);
  }
  override clear(): void {
    CountingHighlight.changes++;
    super.clear();
  }
}

/** Sentences the background's finders, played by hand, take for the save-lives claim. */
const CLAIM_SENTENCES = ['Supervised rooms save lives.', 'Supervised rooms cut deaths.'];

/** The background's finders, played by hand: the claim sentences above (the second as the learned recall aid would infer it), and "Arfon Jones" a name. */
function answer(prose: DebateProse[]): DebateFound {
  const found: DebateFound = { claims: [], names: [] };
  prose.forEach(({ text }, index) => {
    for (const sentence of CLAIM_SENTENCES) {
      const claim = text.indexOf(sentence);
      if (claim < 0) continue;
      const said = sentence.includes('deaths') ? { cues: [], inferredFrom: ['deaths'] } : { cues: ['save* lives'] };
      found.claims.push({ index, start: claim, end: claim + sentence.length, claimIds: ['save-lives'], ...said });
    }
    const name = text.indexOf('Arfon Jones');
    if (name >= 0) found.names.push({ index, start: name, end: name + 'Arfon Jones'.length, stakeholderId: 'arfon-jones' });
  });
  return found;
}

/** The work queued for idle periods, run only when a test says so. */
function queuedIdleWork(): (() => void)[] {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return idle;
}

describe('debate marks', () => {
  let asked: DebateProse[][];
  let controller: AbortController;

  beforeEach(() => {
    asked = [];
    CountingHighlight.changes = 0;
    vi.stubGlobal('Highlight', CountingHighlight);
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, prose } = message as { type: string; prose: DebateProse[] };
      if (type !== 'find-debate') return undefined;
      asked.push(prose);
      return answer(prose);
    });
    document.body.innerHTML =
      '<article><h2>A drug consumption room for the city</h2><p id="p">Arfon Jones spoke first. Supervised rooms save lives.</p></article><p>Elsewhere: football.</p>';
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** The heading's mention, as the annotator publishes it (a new object each time, as after a rescan). */
  function mention(id: number): PageMention {
    const text = document.querySelector('h2')!.firstChild as Text;
    const start = text.data.indexOf('drug consumption room');
    return {
      id,
      text: 'drug consumption room',
      term: 'drug consumption room',
      lang: 'en',
      range: new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: start + 'drug consumption room'.length }),
      context: text.data,
      reason: { kind: 'unambiguous' },
    };
  }

  function start(): ContentContext {
    const context = {
      mentions: new MentionStore(),
      findings: new PageFindings(),
      proseChanges: new ProseChanges(),
      isTopFrame: true,
      topicScope: null,
      openCard: () => undefined,
    } as unknown as ContentContext;
    debateMarks.init(context, controller.signal);
    return context;
  }

  const highlighted = (name: string): string[] =>
    [...((CSS.highlights as unknown as Map<string, Set<StaticRange>>).get(name) ?? [])].map((range) =>
      (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
    );

  it("reads the story holding a mention in the idle period after the frame's first scan has caught up, sends it in one message and marks what the answer names", async () => {
    const idle = queuedIdleWork();
    const context = start();
    context.mentions.replace([mention(1)]);
    // In the next idle period, with no wait for the mentions to stand still, and not in the task that published them.
    expect(asked).toHaveLength(0);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(asked).toHaveLength(1);
    await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toEqual(['Supervised rooms save lives.']), { timeout: 2_000 });
    expect(highlighted(STAKEHOLDER_HIGHLIGHT)).toEqual(['Arfon Jones']);
    // The story only: its heading and paragraph, not the football beside it.
    expect(asked[0]!.map((p) => p.text)).toEqual(['A drug consumption room for the city', 'Arfon Jones spoke first. Supervised rooms save lives.']);
    expect(context.findings.all.map((f) => `${f.kind} ${f.text}`)).toEqual([
      'mention drug consumption room',
      'stakeholder Arfon Jones',
      'claim Supervised rooms save lives.',
    ]);
  });

  it('reads the first mentions without waiting also when the frame first settled with none', async () => {
    const idle = queuedIdleWork();
    const context = start();
    context.mentions.replace([]);
    context.mentions.replace([mention(1)]);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(asked).toHaveLength(1);
  });

  it('reads a page that keeps changing after its first read only once its mentions stand still', async () => {
    const context = start();
    context.mentions.replace([mention(1)]);
    await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toHaveLength(1), { timeout: 2_000 });
    // The story changes and the mentions are published every 50 ms: nothing is read until it stops.
    document.getElementById('p')!.firstChild!.textContent = 'Arfon Jones spoke again. Supervised rooms save lives.';
    for (let i = 2; i <= 7; i++) {
      context.mentions.replace([mention(i)]);
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(asked).toHaveLength(1);
    await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2_000 });
    expect(asked[1]![1]!.text).toBe('Arfon Jones spoke again. Supervised rooms save lives.');
  });

  it('marks nothing on text the page changed while the background read it, and what it did not change as answered', async () => {
    const replies: (() => void)[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, prose } = message as { type: string; prose: DebateProse[] };
      if (type !== 'find-debate') return undefined;
      asked.push(prose);
      await new Promise<void>((done) => replies.push(done));
      return answer(prose);
    });
    document
      .getElementById('p')!
      .replaceChildren('Supervised rooms save lives. ', Object.assign(document.createElement('em'), { textContent: 'Arfon Jones' }), ' said so.');
    const context = start();
    context.mentions.replace([mention(1)]);
    await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 2_000 });
    // While the answer is on its way, the page rewrites the paragraph's first text node: the
    // offsets the answer gives for it would now cover other characters.
    (document.getElementById('p')!.firstChild as Text).data = 'Critics doubted it, and said so loudly. ';
    replies.shift()!();
    await vi.waitFor(() => expect(highlighted(STAKEHOLDER_HIGHLIGHT)).toEqual(['Arfon Jones']), { timeout: 2_000 });
    // The name in the node left alone is marked; nothing is marked on the rewritten one.
    expect(highlighted(CLAIM_HIGHLIGHT)).toEqual([]);
    expect(context.findings.all.map((f) => `${f.kind} ${f.text}`)).toEqual(['mention drug consumption room', 'stakeholder Arfon Jones']);
  });

  it('sends prose the background already answered for no second time, and leaves the highlights alone when nothing changed', async () => {
    const context = start();
    context.mentions.replace([mention(1)]);
    await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toHaveLength(1), { timeout: 2_000 });
    const changes = CountingHighlight.changes;
    const published = vi.fn();
    context.findings.subscribe(published, controller.signal);
    const claim = context.findings.ofKind('claim')[0];

    // The mentions change (a rescan) but the story reads the same.
    context.mentions.replace([mention(2)]);
    await new Promise((done) => setTimeout(done, 600));
    expect(asked).toHaveLength(1);
    expect(CountingHighlight.changes).toBe(changes);
    // Told once, of the new mention; the claim is the same finding.
    expect(published).toHaveBeenCalledTimes(1);
    expect(context.findings.ofKind('claim')[0]).toBe(claim);

    // Its prose changes: asked again, and marked anew.
    document.getElementById('p')!.firstChild!.textContent = 'Arfon Jones spoke once more. Supervised rooms save lives.';
    context.mentions.replace([mention(3)]);
    await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2_000 });
    await vi.waitFor(() => expect(context.findings.ofKind('claim')[0]).not.toBe(claim));
    expect(highlighted(CLAIM_HIGHLIGHT)).toEqual(['Supervised rooms save lives.']);
  });

  it('reads nothing while a scan under way shows its mentions early, however long they stand still, and reads once it has caught up', async () => {
    const context = start();
    context.mentions.replace([mention(1)], false);
    await new Promise((done) => setTimeout(done, 600));
    expect(asked).toHaveLength(0);
    context.mentions.replace([mention(1), mention(2)], true);
    await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 2_000 });
  });

  /** A started frame whose first read is done, and whose story then changed (so a later read asks again). */
  async function afterFirstRead(): Promise<ContentContext> {
    const context = start();
    context.mentions.replace([mention(1)]);
    await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toHaveLength(1), { timeout: 2_000 });
    document.getElementById('p')!.firstChild!.textContent = 'Arfon Jones spoke again. Supervised rooms save lives.';
    asked = [];
    return context;
  }

  it('after the first read, asks for no idle period before the mentions have stood still, then reads in one', async () => {
    const context = await afterFirstRead();
    const idle = queuedIdleWork();
    context.mentions.replace([mention(2)]);
    // While they may still change, the page is not woken in each idle period to check.
    expect(idle).toHaveLength(0);
    await new Promise((done) => setTimeout(done, 250));
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(asked).toHaveLength(1);
    expect(idle).toHaveLength(0);
  });

  it('after the first read, waits again when the mentions change before its idle period comes', async () => {
    const context = await afterFirstRead();
    const idle = queuedIdleWork();
    context.mentions.replace([mention(2)]);
    await new Promise((done) => setTimeout(done, 250));
    expect(idle).toHaveLength(1);
    context.mentions.replace([mention(2), mention(3)]);
    idle.shift()!();
    expect(asked).toHaveLength(0);
    expect(idle).toHaveLength(0);
    await new Promise((done) => setTimeout(done, 250));
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(asked).toHaveLength(1);
  });

  describe('when the page rewrites prose with no mention changing', () => {
    /** The page watcher's word that these blocks changed, as the annotator passes it on. */
    const told = (context: ContentContext, ...blocks: Node[]): void => context.proseChanges.tell(new Set(blocks));

    /** A started frame whose first read is done, with a paragraph of its story that holds neither mention nor claim. */
    async function readWithQuietParagraph(): Promise<{ context: ContentContext; quiet: HTMLElement }> {
      const quiet = Object.assign(document.createElement('p'), { textContent: 'The meeting ended late.' });
      document.querySelector('article')!.append(quiet);
      const context = start();
      context.mentions.replace([mention(1)]);
      await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toHaveLength(1), { timeout: 2_000 });
      return { context, quiet };
    }

    it('reads the story again once it stands still and marks the claim a paragraph without a mention now makes', async () => {
      const { context, quiet } = await readWithQuietParagraph();
      quiet.textContent = 'Critics were answered. Supervised rooms cut deaths.';
      told(context, quiet);
      await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2_000 });
      await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toEqual(['Supervised rooms save lives.', 'Supervised rooms cut deaths.']));
      expect(context.findings.ofKind('claim').map((f) => f.text)).toEqual(['Supervised rooms save lives.', 'Supervised rooms cut deaths.']);
      // What the background said of each sentence comes with it: its cues, or the words it was inferred from.
      expect(context.findings.ofKind('claim').map((f) => [f.cues, f.inferredFrom])).toEqual([
        [['save* lives'], undefined],
        [[], ['deaths']],
      ]);
    });

    it('reads nothing for changes outside the stories it read, nor before its first read', async () => {
      const football = document.querySelector('body > p')!;
      const context = start();
      // Before the first read: that read reads the prose as it is then.
      told(context, document.getElementById('p')!);
      context.mentions.replace([mention(1)]);
      await vi.waitFor(() => expect(highlighted(CLAIM_HIGHLIGHT)).toHaveLength(1), { timeout: 2_000 });
      expect(asked).toHaveLength(1);
      const idle = queuedIdleWork();
      football.textContent = 'Elsewhere: the match was drawn.';
      for (let i = 0; i < 5; i++) {
        told(context, football);
        // No read is queued (a queued one holds the frame's report back).
        expect(context.findings.reading).toBe(false);
      }
      await new Promise((done) => setTimeout(done, 600));
      expect(idle).toHaveLength(0);
      expect(asked).toHaveLength(1);
    });

    it('reads a story that keeps changing only once it stands still', async () => {
      const { context, quiet } = await readWithQuietParagraph();
      for (let i = 0; i < 6; i++) {
        quiet.textContent = `Update ${i}.`;
        told(context, quiet);
        await new Promise((done) => setTimeout(done, 50));
      }
      expect(asked).toHaveLength(1);
      await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2_000 });
      await new Promise((done) => setTimeout(done, 400));
      expect(asked).toHaveLength(2);
      expect(asked[1]!.map((p) => p.text)).toContain('Update 5.');
    });

    it('spaces the reads of a story that keeps changing, each further from the last up to a few seconds, and reads its last state', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      vi.stubGlobal('requestIdleCallback', undefined);
      try {
        const { context, quiet } = await readWithQuietParagraph();
        // A clock in the story ticks every half second for 20 s, each tick leaving the page still long enough to settle.
        for (let tick = 0; tick < 40; tick++) {
          quiet.textContent = `Minute ${tick}.`;
          told(context, quiet);
          await vi.advanceTimersByTimeAsync(500);
        }
        // A read on every tick would be 40; spaced up to 3.2 s they are fewer than a dozen (9).
        expect(asked.length - 1).toBeGreaterThan(3);
        expect(asked.length - 1).toBeLessThanOrEqual(12);
        await vi.advanceTimersByTimeAsync(4_000);
        expect(asked.at(-1)!.map((p) => p.text)).toContain('Minute 39.');
      } finally {
        vi.useRealTimers();
      }
    });

    it('keeps no claim whose words the page rewrote in place, even at the same offsets with the same meaning', async () => {
      const { context } = await readWithQuietParagraph();
      const [before] = context.findings.ofKind('claim');
      const text = document.getElementById('p')!.firstChild as Text;
      text.data = text.data.replace('save lives.', 'cut deaths.');
      told(context, document.getElementById('p')!);
      // The old range covers the new words at once (the same node and offsets): the finding must follow.
      await vi.waitFor(() => expect(context.findings.ofKind('claim').map((f) => f.text)).toEqual(['Supervised rooms cut deaths.']), { timeout: 2_000 });
      expect(asked).toHaveLength(2);
      expect(context.findings.ofKind('claim')[0]!.id).not.toBe(before!.id);
    });

    it('keeps a claim whose words and paragraph read as before, with its id', async () => {
      const { context, quiet } = await readWithQuietParagraph();
      const [claim] = context.findings.ofKind('claim');
      quiet.textContent = 'The meeting ended at nine.';
      told(context, quiet);
      await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2_000 });
      expect(context.findings.ofKind('claim')).toEqual([claim]);
    });

    it('unmarks and unlists at once a claim whose text left the page, whatever the change names', async () => {
      const { context } = await readWithQuietParagraph();
      const names = context.findings.ofKind('stakeholder');
      document.getElementById('p')!.firstChild!.remove();
      told(context, document.body);
      expect(highlighted(CLAIM_HIGHLIGHT)).toEqual([]);
      expect(context.findings.ofKind('claim')).toEqual([]);
      expect(context.findings.ofKind('stakeholder')).toHaveLength(names.length - 1);
    });
  });
});
