/** The page watcher tells the scanner what changed, says when nodes left, and stops on abort. */
import { describe, expect, it } from 'vitest';
import type { MentionScanner } from '../../../src/engine';
import { PageWatcher } from '../../../src/content/page-watcher';
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
});
