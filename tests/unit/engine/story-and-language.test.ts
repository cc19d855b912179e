/**
 * Evidence scoped to the story, language decided by the text's own `lang` or the browser's
 * detector, and the reason each mention carries.
 */
import { describe, expect, it, vi } from 'vitest';
import { findMentions, MentionScanner } from '../../../src/engine';
import { StoryScope, storyText } from '../../../src/engine/story-scope';
import { COMPILED, mentionsIn, mount, rangeText } from './support/dom';

describe('stories', () => {
  it('keeps a long article one story: a short form defined in its opening counts in its last section', () => {
    const root = mount(
      '<article lang="en"><h1>Five years on</h1><p>The city’s drug consumption rooms (DCRs) opened in 2021.</p>' +
        '<h2>Costs</h2><p>Budgets rose.</p><h2>What next</h2><p>A third DCR is planned.</p></article>',
    );
    const found = findMentions(root, COMPILED);
    expect(found.map((m) => [rangeText(m.range), m.reason])).toEqual([
      ['drug consumption rooms', { kind: 'unambiguous' }],
      ['DCRs', { kind: 'defined', as: 'drug consumption rooms' }],
      ['DCR', { kind: 'defined', as: 'drug consumption rooms' }],
    ]);
    root.remove();
  });

  it('splits a page without articles at its headings, so a definition holds only under its own', () => {
    expect(
      mentionsIn(
        '<div lang="en"><h2>Harm reduction</h2><p>Drug consumption rooms (DCRs) save lives.</p>' +
          '<h2>Eye health</h2><p>Waiting times for DCR fell after the new theatre opened; patients take drugs for pain.</p></div>',
      ),
    ).toEqual(['Drug consumption rooms', 'DCRs']);
  });

  it('does not carry a definition or a clear mention from one article to the next', () => {
    expect(
      mentionsIn(
        '<section lang="en"><article><p>Supervised consumption sites (SCS) are spreading.</p></article>' +
          '<article><p>In the trial, SCS reduced back pain in patients.</p></article></section>',
      ),
    ).toEqual(['Supervised consumption sites', 'SCS']);
  });
});

describe('finding stories in page order', () => {
  it('gives each paragraph the story a fresh search gives it, with headings, articles and regions between or inside siblings', () => {
    const root = mount(
      '<p id="a">One.</p><p id="b">Two.</p><h2>Next</h2><p id="c">Three.</p><div><h3>Inside</h3></div><p id="d">Four.</p>' +
        '<article id="e"><p>Five.</p></article><p id="f">Six.</p><section id="g">Seven.</section><p id="h">Eight.</p>' +
        `${'<span>filler</span>'.repeat(40)}<p id="i">Nine.</p>`,
    );
    const owners = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => root.querySelector(`#${id}`)!);
    const inOrder = new StoryScope();
    const stories = owners.map((owner) => inOrder.storyOf(owner));
    // Each on its own: no earlier owner to start from.
    expect(stories).toEqual(owners.map((owner) => new StoryScope().storyOf(owner)));
    // What the headings make them: a, b open the page; c under "Next"; d, f, h, i under "Inside"; the article and the section their own.
    expect(stories.map((story) => story.start?.textContent ?? null)).toEqual([null, null, 'Next', 'Inside', null, 'Inside', null, 'Inside', 'Inside']);
    expect([stories[4]!.container, stories[6]!.container]).toEqual([owners[4], owners[6]]);
    root.remove();
  });
});

/** A document whose root says `rootLang`, holding `body`. */
function documentWith(rootLang: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('story');
  doc.documentElement.setAttribute('lang', rootLang);
  doc.body.innerHTML = body;
  return doc;
}

const GERMAN_STORY = '<article><p>Die Stadt will einen Konsumraum für Menschen einrichten, die Heroin spritzen.</p></article>';
const ENGLISH_STORY = '<article><p>The council debated a consumption room for people who inject drugs.</p></article>';

describe('the text a story hands the language detector', () => {
  it('is its own prose from its heading to the next, without scripts or styles, and stops at a few thousand characters', () => {
    const root = mount(
      '<h2>Erste Meldung</h2><p>Die Stadt plant einen Raum.</p><script>var x = "code";</script><style>p{}</style>' +
        `<h2>Second story</h2><p>${'word '.repeat(2000)}</p>`,
    );
    const scope = new StoryScope();
    const [first, second] = [...root.querySelectorAll('p')];
    expect(storyText(scope.storyOf(first!))).toBe('Erste MeldungDie Stadt plant einen Raum.');
    const long = storyText(scope.storyOf(second!));
    expect(long.startsWith('Second story')).toBe(true);
    expect(long.length).toBe(4000);
  });
});

describe('the language of the text', () => {
  it('matches a language’s ambiguous forms only in text of that language, by an element’s own lang', () => {
    expect(mentionsIn(`<div lang="de">${GERMAN_STORY}</div>`)).toEqual(['Konsumraum']);
    expect(mentionsIn(`<div lang="en">${GERMAN_STORY}</div>`)).toEqual([]);
    // Unambiguous forms count in any text.
    expect(mentionsIn('<p lang="en">Frankfurt’s Drogenkonsumräume are studied abroad.</p>')).toEqual(['Drogenkonsumräume']);
  });

  it('lets a reliable detection overrule a site-wide root lang, asking once per story, after the scan', async () => {
    const doc = documentWith('en', GERMAN_STORY + ENGLISH_STORY);
    const detectLanguage = vi.fn((text: string) => Promise.resolve(text.includes('Stadt') ? 'de' : 'en'));
    const onJudged = vi.fn();
    const scanner = new MentionScanner(doc, COMPILED, { detectLanguage, onJudged });
    expect(scanner.runToEnd()).toEqual([]); // held until the stories' languages are known
    expect(scanner.judging).toBe(true);
    await vi.waitFor(() => expect(onJudged).toHaveBeenCalledTimes(2));
    expect(scanner.judging).toBe(false);
    expect(scanner.mentions().map((m) => [m.text, m.lang])).toEqual([
      ['Konsumraum', 'de'],
      ['consumption room', 'en'],
    ]);
    scanner.mentions();
    expect(detectLanguage).toHaveBeenCalledTimes(2);
  });

  it('falls back to the root lang when detection cannot tell, and asks nothing when an element says', async () => {
    const unsure = vi.fn(() => Promise.resolve(null));
    const doc = documentWith('en', GERMAN_STORY + ENGLISH_STORY);
    const scanner = new MentionScanner(doc, COMPILED, { detectLanguage: unsure });
    scanner.runToEnd();
    await vi.waitFor(() => expect(scanner.judging).toBe(false));
    expect(scanner.mentions().map((m) => m.text)).toEqual(['consumption room']);

    const told = vi.fn(() => Promise.resolve('en'));
    const declared = new MentionScanner(documentWith('en', `<div lang="de">${GERMAN_STORY}</div>`), COMPILED, { detectLanguage: told });
    expect(declared.runToEnd().map((m) => m.text)).toEqual(['Konsumraum']);
    expect(told).not.toHaveBeenCalled();
  });

  it('asks nothing on a page without ambiguous candidates', () => {
    const detect = vi.fn(() => Promise.resolve('de'));
    new MentionScanner(documentWith('en', '<p>A drug consumption room opened.</p>'), COMPILED, { detectLanguage: detect }).runToEnd();
    expect(detect).not.toHaveBeenCalled();
  });
});

describe('the reason a mention carries', () => {
  const reasons = (html: string) => {
    const root = mount(html);
    const found = findMentions(root, COMPILED).map((m) => [m.text, m.reason]);
    root.remove();
    return found;
  };

  it('names the cues, the clear mention in its story, or that nothing suggests another sense', () => {
    expect(reasons('<p lang="en">The injection site serves people who inject drugs and stocks naloxone.</p>')).toEqual([
      ['injection site', { kind: 'cues', cues: ['people who inject', 'inject drugs', 'naloxone', 'drug'] }],
    ]);
    expect(reasons('<article lang="en"><p>A drug consumption room opened.</p><p>The fix room has six booths.</p></article>')).toEqual([
      ['drug consumption room', { kind: 'unambiguous' }],
      ['fix room', { kind: 'clear-mention', mention: 'drug consumption room' }],
    ]);
    expect(reasons('<p lang="it">In Italia non esiste una stanza del consumo.</p>')).toEqual([['stanza del consumo', { kind: 'no-other-sense' }]]);
  });
});
