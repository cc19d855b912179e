/**
 * The page watcher tells the scanner what changed, says when nodes left, and stops on abort;
 * its records say which prose a batch touched, for what else reads prose.
 */
import { describe, expect, it } from 'vitest';
import type { MentionScanner } from '../../../src/engine';
import { PageWatcher, touchedProse } from '../../../src/content/page-watcher';
import { WorkMeter } from '../../../src/content/work-meter';

function setup() {
  const told: string[] = [];
  const batches: boolean[] = [];
  const scanner = {
    textChanged: (node: Node) => told.push(`text ${node.textContent ?? ''}`),
    childrenChanged: (record: MutationRecord) => told.push(`children +${record.addedNodes.length} -${record.removedNodes.length}`),
  } as unknown as MentionScanner;
  const controller = new AbortController();
  const watcher = new PageWatcher(scanner, new WorkMeter(), (removed) => batches.push(removed), controller.signal);
  const root = document.createElement('div');
  root.innerHTML = '<p>first</p><p>second</p>';
  document.body.replaceChildren(root);
  watcher.watch(root);
  return { told, batches, controller, root, watcher };
}

const mutationsDelivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageWatcher', () => {
  it('passes text edits and added children to the scanner, in one call per batch', async () => {
    const { told, batches, root } = setup();
    root.querySelector('p')!.firstChild!.textContent = 'edited';
    root.append(document.createElement('p'));
    await mutationsDelivered();
    expect(told).toEqual(['text edited', 'children +1 -0']);
    expect(batches).toEqual([false]);
  });

  it('says when nodes left the page, so their marks go at once', async () => {
    const { batches, root } = setup();
    root.lastElementChild!.remove();
    await mutationsDelivered();
    expect(batches).toEqual([true]);
  });

  it('watches a root once however often it is asked, and nothing after abort', async () => {
    const { told, controller, root, watcher } = setup();
    watcher.watch(root);
    root.append(document.createElement('p'));
    await mutationsDelivered();
    expect(told).toHaveLength(1);
    controller.abort();
    root.append(document.createElement('p'));
    await mutationsDelivered();
    expect(told).toHaveLength(1);
  });

  /** The records of one batch of changes made by `change`. */
  async function recordsOf(root: Node, change: () => void): Promise<MutationRecord[]> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    change();
    await mutationsDelivered();
    observer.disconnect();
    return records;
  }

  it('names the block around each change once, and blocks added on their own as themselves', async () => {
    document.body.innerHTML =
      '<article><p id="edited">A <em>first</em> line.</p><p id="replaced">Old text.</p><div id="feed"></div><p id="plain">Untouched.</p></article>';
    const at = (id: string): HTMLElement => document.getElementById(id)!;
    const added = document.createElement('p');
    const records = await recordsOf(document.body, () => {
      // Text rewritten in place twice, and inline markup added: one block.
      (at('edited').firstChild as Text).data = 'The ';
      (at('edited').querySelector('em')!.firstChild as Text).data = 'second';
      at('edited').append(document.createElement('strong'));
      // Its whole text set: the block itself.
      at('replaced').textContent = 'New text.';
      // A block appended to a container: the block, not the container.
      at('feed').append(added);
    });
    expect([...touchedProse(records)]).toEqual([at('edited'), at('replaced'), added]);
  });

  it('names the block a removal happened in, and nothing inside a skipped element', async () => {
    document.body.innerHTML = '<article id="story"><p>One.</p><p id="gone">Two.</p></article><script id="code">let a = 1;</script>';
    const records = await recordsOf(document.body, () => {
      document.getElementById('gone')!.remove();
      (document.getElementById('code')!.firstChild as Text).data = 'let a = 2;';
    });
    expect([...touchedProse(records)]).toEqual([document.getElementById('story')]);
  });
});
