import { describe, expect, it } from 'vitest';
import { PAUSED, ProseWalker, ownerOf, type ProseContext } from '../../../src/engine/text-model';
import { mount } from './support/dom';

function contexts(root: Node, mode: 'subtree' | 'own' = 'subtree'): ProseContext[] {
  const walker = new ProseWalker(root, mode);
  const found: ProseContext[] = [];
  for (let context = walker.next(); context; context = walker.next()) if (context !== PAUSED) found.push(context);
  return found;
}
const texts = (root: Node, mode?: 'subtree' | 'own'): string[] => contexts(root, mode).map((c) => c.text);

describe('the text model', () => {
  it('keeps inline elements in the prose and splits at blocks and <br>', () => {
    const root = mount('<h2>Title</h2><p>drug <em>consumption</em> <a href="#">ro</a>oms<br>next line</p><div>after <span>a</span><div>nested</div>tail</div>');
    expect(texts(root)).toEqual(['Title', 'drug consumption rooms', 'next line', 'after a', 'nested', 'tail']);
  });

  it('skips what is not prose or not the reader’s', () => {
    const root = mount(
      `<p>keep <script>no</script><style>no</style><button>no</button><textarea>no</textarea>this</p>
       <div contenteditable="true"><p>editing</p></div><div contenteditable="false">read-only</div>
       <svg><text>no</text></svg><template><p>no</p></template>`,
    );
    expect(
      texts(root)
        .map((t) => t.trim())
        .filter(Boolean),
    ).toEqual(['keep this', 'read-only']);
  });

  it('reads the prose around an editable inline element as one run, without it', () => {
    expect(texts(mount('<p>A drug <span contenteditable="">typed</span>consumption room.</p>'))).toEqual(['A drug consumption room.']);
  });

  it('walks open shadow roots as their own prose', () => {
    const root = mount('<p>light</p><div id="host">slotted</div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>in the <b>shadow</b></p>';
    const walker = new ProseWalker(root, 'subtree');
    const found: string[] = [];
    for (let context = walker.next(); context; context = walker.next()) if (context !== PAUSED) found.push(context.text);
    expect(found).toEqual(['light', 'in the shadow', 'slotted']);
    expect(walker.shadowRoots).toEqual([shadow]);
  });

  it('walks a host it starts at as one met on the way: its shadow tree, then its light children', () => {
    const root = mount('<p>light</p><news-brief id="host">slotted</news-brief>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>in the <b>shadow</b></p>';
    const walker = new ProseWalker(host, 'subtree');
    const found: string[] = [];
    for (let context = walker.next(); context; context = walker.next()) if (context !== PAUSED) found.push(context.text);
    expect(found).toEqual(['in the shadow', 'slotted']);
    expect(walker.shadowRoots).toEqual([shadow]);
    // Its own prose alone ('own': a block's inline runs) stays out of the shadow tree.
    expect(texts(host, 'own')).toEqual(['slotted']);
  });

  it('walks a 10,000-deep DOM without overflowing the stack', () => {
    const root = mount('');
    let at: HTMLElement = root;
    for (let depth = 0; depth < 10_000; depth++) at = at.appendChild(document.createElement(depth % 2 ? 'div' : 'span'));
    at.textContent = 'deep down';
    expect(texts(root)).toEqual(['deep down']);
  });

  it('stops when asked to yield and carries on where it stopped', () => {
    const root = mount(Array.from({ length: 2000 }, (_, i) => `<span>w${i} </span>`).join(''));
    const walker = new ProseWalker(root, 'subtree');
    let pauses = 0;
    let context: ReturnType<ProseWalker['next']>;
    while ((context = walker.next(() => true)) === PAUSED) pauses++;
    expect(pauses).toBeGreaterThan(2000 / 64 - 2);
    expect(context?.text.split(' ').length).toBe(2001);
  });

  it('walks only the prose an owner holds itself in "own" mode', () => {
    const root = mount('<div id="o">before <p>nested</p> after</div>');
    const owner = root.querySelector('#o')!;
    expect(texts(owner, 'own')).toEqual(['before ', ' after']);
    expect(ownerOf(owner.firstChild!, root)).toBe(owner);
    expect(ownerOf(root.querySelector('p')!.firstChild!, root)).toBe(root.querySelector('p'));
  });

  it('maps each text node to its offset in the context', () => {
    const [context] = contexts(mount('<p>ab<b>cd</b>e</p>'));
    expect(context!.starts).toEqual([0, 2, 4]);
    expect(context!.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'e']);
  });
});
