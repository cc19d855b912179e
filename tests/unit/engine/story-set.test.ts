/**
 * Whether a change touched a story that was read: the prose `storyProse` reads, from the
 * opening heading to the next, across shadow trees, and nothing of the stories beside it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { StoryScope, StorySet } from '../../../src/engine/story-scope';

const byId = (id: string): HTMLElement => document.getElementById(id)!;

describe('StorySet', () => {
  afterEach(() => document.body.replaceChildren());

  /** A front page: two stories under headings in a section, an article, a ticker aside; the rooms' story and the article were read. */
  function frontPage(): StorySet {
    document.body.innerHTML =
      '<section id="news"><h2 id="rooms">Rooms</h2><p id="a1">A drug consumption room opened.</p><div id="wrap"><p id="a2">Staff were hired.</p></div>' +
      '<div id="host-in"></div><h2 id="sport">Football</h2><p id="b1">The match was drawn.</p><div id="host-out"></div></section>' +
      '<article id="story"><p id="c1">The council met.</p><div id="host-article"></div></article>' +
      '<aside><p id="ticker">12:00</p></aside>';
    for (const id of ['host-in', 'host-out', 'host-article']) byId(id).attachShadow({ mode: 'open' }).innerHTML = `<p>${id} prose</p>`;
    const scope = new StoryScope();
    return new StorySet([scope.storyOf(byId('a1')), scope.storyOf(byId('c1'))]);
  }
  const shadowParagraph = (host: string): Node => byId(host).shadowRoot!.querySelector('p')!.firstChild!;

  it('answers yes for prose between a read story’s heading and the next, its heading included, and in a read article', () => {
    const read = frontPage();
    for (const node of [byId('a1').firstChild!, byId('a2'), byId('wrap'), byId('rooms'), byId('c1'), byId('story')]) {
      expect(read.touchedBy([node]), (node as Element).id || (node.textContent ?? '')).toBe(true);
    }
  });

  it('answers no for the next story under its own heading, another region, and the section that holds both (a removal there names no story)', () => {
    const read = frontPage();
    for (const node of [byId('b1'), byId('sport'), byId('ticker'), byId('news'), document.body]) {
      expect(read.touchedBy([node]), (node as Element).id || node.nodeName).toBe(false);
    }
  });

  it('places shadow trees where their hosts stand', () => {
    const read = frontPage();
    expect(read.touchedBy([shadowParagraph('host-in')])).toBe(true);
    expect(read.touchedBy([shadowParagraph('host-article')])).toBe(true);
    expect(read.touchedBy([shadowParagraph('host-out')])).toBe(false);
  });

  it('places a block added later by where it stands: before the next heading, or after it', () => {
    const read = frontPage();
    const before = document.createElement('p');
    byId('sport').before(before);
    const after = document.createElement('p');
    byId('b1').after(after);
    expect(read.touchedBy([before])).toBe(true);
    expect(read.touchedBy([after])).toBe(false);
  });

  it('places a run of blocks added together (white space between them) by its ends', () => {
    const read = frontPage();
    const run = (count: number): HTMLElement[] =>
      Array.from({ length: count }, (_, i) => Object.assign(document.createElement('p'), { textContent: `Added ${i}.` }));
    const afterNext = run(3);
    byId('b1').after(...afterNext.flatMap((p) => [p, document.createTextNode('\n')]));
    expect(read.touchedBy(afterNext)).toBe(false);
    const beforeNext = run(3);
    byId('sport').before(...beforeNext.flatMap((p) => [document.createComment('ad'), p]));
    expect(read.touchedBy(beforeNext)).toBe(true);
    // A run from the read story's last block across the next heading reaches into it.
    expect(read.touchedBy([byId('host-in'), byId('sport'), byId('b1')])).toBe(true);
    expect(read.touchedBy([byId('sport'), byId('b1')])).toBe(false);
  });

  it('places the blocks inside a block under the container by that block, unless it holds a story’s heading', () => {
    const read = frontPage();
    const thread = document.createElement('div');
    thread.innerHTML = '<p>First comment.</p><div><p>A reply.</p></div><p>Last comment.</p>';
    const inStory = thread.cloneNode(true) as HTMLElement;
    byId('b1').after(thread);
    byId('sport').before(inStory);
    const comments = (block: HTMLElement): Node[] => [...block.querySelectorAll('p')].map((p) => p.firstChild!);
    expect(read.touchedBy(comments(thread))).toBe(false);
    expect(read.touchedBy([...comments(thread), ...comments(inStory)])).toBe(true);
    // Headings inside a wrapper: its blocks are placed one by one.
    document.body.innerHTML =
      '<div><h2>Rooms</h2><p id="r1">A drug consumption room.</p><h2>Other</h2><p id="o1">Football.</p></div><div><p id="t1">A comment.</p></div>';
    const wrapped = new StorySet([new StoryScope().storyOf(byId('r1'))]);
    expect(wrapped.touchedBy([byId('o1'), byId('t1')])).toBe(false);
    expect(wrapped.touchedBy([byId('o1'), byId('t1'), byId('r1').firstChild!])).toBe(true);
  });

  it('finds a node of a read story after others of the same container that are not (the container is not remembered as outside)', () => {
    const read = frontPage();
    expect(read.touchedBy([byId('b1'), byId('ticker'), byId('a2')])).toBe(true);
    expect(read.touchedBy([byId('ticker'), byId('b1'), shadowParagraph('host-in')])).toBe(true);
  });

  it('answers no for nodes off the page, and for any node when no story was read', () => {
    const read = frontPage();
    expect(read.touchedBy([document.createElement('p')])).toBe(false);
    expect(new StorySet([]).touchedBy([byId('a1')])).toBe(false);
  });
});
