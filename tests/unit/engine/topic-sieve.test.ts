/**
 * The topic sieve must never say "no" where the engine finds a mention: a frame it turns away
 * starts nothing. Held to that on generated written forms (any case, accents, dropped
 * characters, spelled-out letters, markup and skipped elements inside), on every page and
 * passage of the evaluation and mention sets, and unit by unit on the fold it relies on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import fc from 'fast-check';
import sieveSource from 'virtual:claimlens/topic-sieve';
import { findMentions, MentionScanner, ownerOf, type EngineMention } from '../../../src/engine';
import { writtenForms } from '../../../src/engine/compile-lexicon';
import { DROP, foldUnit, MULTI, normalizePhrase, spelledOut } from '../../../src/engine/normalize';
import { foldingUnits, sievePatterns } from '../../../src/engine/sieve-pattern';
import { builtReading, COMMON_RANGES, TopicSieve, TreeReading, unitReading } from '../../../src/engine/topic-sieve';
import { COMPILED, LEXICON, mount } from './support/dom';

const SIEVE = new TopicSieve(sieveSource);
/** fast-check runs until done; Vitest's per-test limit must not cut it short on a loaded machine. */
const LONG = 120_000;

/** Every unit the normaliser folds to each ASCII unit, and the units it spells out as two or more. */
const byFold = new Map<string, string[]>();
const spelled = new Map<string, string[]>();
for (let code = 0; code < 0x10000; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const folded = foldUnit(code);
  if (folded === DROP) continue;
  const key = folded === MULTI ? spelledOut(code) : String.fromCharCode(folded);
  const into = folded === MULTI ? spelled : byFold;
  into.set(key, [...(into.get(key) ?? []), String.fromCharCode(code)]);
}

const SPACES = [' ', '  ', '\u00a0', '\n', '-', '\u2011', '\u2013', '\u3000', ' \u00ad '];
const DROPPED = ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u200e', '\u202a', '\u2066', '\u0301', '\u0308', '\u0327', '\u1ab0'];
const INLINE = ['em', 'span', 'a', 'b', 'sup', 'code'];
const SKIPPED = ['<script>var x = 1;</script>', '<button>Share</button>', '<style>p{}</style>', '<svg><title>icon</title></svg>', '<noscript>on</noscript>'];

const FORMS = LEXICON.terms.flatMap((term) => writtenForms(term).map((written) => ({ written, term })));

/** A written form as a page may write it: each unit any the normaliser folds to it, in either case, with dropped units between. */
const writtenAsPage = fc.constantFrom(...FORMS).chain(({ written }) => {
  const text = normalizePhrase(written);
  return fc.tuple(fc.constant(written), fc.array(fc.nat(), { minLength: text.length * 3, maxLength: text.length * 3 })).map(([original, picks]) => {
    let raw = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      const [pick, mode, between] = [picks[i * 3]!, picks[i * 3 + 1]!, picks[i * 3 + 2]!];
      const pair = text.slice(i, i + 2);
      if (mode % 7 === 0 && spelled.has(pair)) {
        const units = spelled.get(pair)!;
        raw += units[pick % units.length]!;
        i++;
      } else if (char === ' ') {
        raw += SPACES[pick % SPACES.length]!;
      } else if (mode % 3 === 0) {
        raw += original[i] ?? char; // as the lexicon spells it (capitals kept)
      } else {
        const units = byFold.get(char) ?? [char];
        raw += units[pick % units.length]!;
      }
      if (between % 5 === 0) raw += DROPPED[between % DROPPED.length]!;
    }
    return raw;
  });
});

/** The raw form cut into pieces, each maybe inside inline markup, with a skipped element maybe at one cut. */
const markedUp = (raw: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.nat({ max: raw.length }), { maxLength: 3 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.boolean())
    .map(([cuts, picks, skip]) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const pieces = [0, ...points].map((start, i, all) => raw.slice(start, all[i + 1] ?? raw.length));
      return pieces
        .map((piece, i) => {
          const tag = INLINE[(picks[i] ?? 0) % INLINE.length]!;
          const wrapped = (picks[i] ?? 0) % 2 ? `<${tag}>${escape(piece)}</${tag}>` : escape(piece);
          return i === 1 && skip ? SKIPPED[(picks[3] ?? 0) % SKIPPED.length]! + wrapped : wrapped;
        })
        .join('');
    });

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Sentences around the form that make an ambiguous one count (cues, a definition), holding no anchor themselves. */
const SETTINGS = [
  ['<p>', '</p>'],
  ['<p>Supervised, with naloxone against overdose: the ', ' opened as a harm reduction service for people who inject drugs.</p>'],
  ['<article lang="de"><p>Der ', ' für Menschen, die Drogen konsumieren, beugt Überdosen vor und ist Teil der Schadensminderung.</p></article>'],
  ['<p lang="fr">La ', ' accueille des usagers de drogues, réduction des risques, surdose, naloxone.</p>'],
  ['<div><p>Harm reduction workers said the</p><p>', ' (a supervised service against overdose) will open.</p></div>'],
] as const;

/** What a reader would see of the mentions found: where each is, what it reads, why it counts. */
const seen = (mentions: readonly EngineMention[]): string[] =>
  mentions.map(
    ({ range, text, term, reason }) => `${range.startContainer.textContent}@${range.startOffset}-${range.endOffset} ${text} ${term} ${JSON.stringify(reason)}`,
  );

/** A first scan of only what the sieve located, against a scan of the whole. */
function scopedAndWhole(root: Node): [string[], string[]] {
  const scope = SIEVE.locate(root);
  const scoped = new MentionScanner(root, COMPILED, { scope }).runToEnd();
  return [seen(scoped), seen(findMentions(root, COMPILED))];
}

const NOISE = [
  '<p>The council talked about the new car park and room bookings.</p>',
  '<h2>Drug policy</h2>',
  '<p>Police said heroin and overdose numbers fell; the DCR of the eye clinic is elsewhere.</p>',
  '<div><span>Share</span><button>drug consumption room</button></div>',
  '<p>The surgery <script>var s = "supervised";</script> ward reopened, patients said.</p>',
  '<ul><li>SIS</li><li>Overdose prevention</li></ul>',
  '<p>Drogenkonsumräume (DKR) gibt es in Berlin. Der DKR ist offen.</p>',
];

describe('the topic sieve', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('folds before the test every unit the normaliser drops, or folds or spells into ASCII', () => {
    const folding = new RegExp(sieveSource.folding, 'u');
    const missed = foldingUnits().filter((code) => !folding.test(String.fromCharCode(code)));
    expect(missed).toEqual([]);
    // And the build's module is what the lexicon gives now.
    expect(sievePatterns(LEXICON)).toEqual(sieveSource);
  });

  it('says "maybe" for every written form of every term, as the lexicon writes it', () => {
    const missed = FORMS.filter(({ written }) => !SIEVE.test(written)).map(({ written }) => written);
    expect(missed).toEqual([]);
  });

  it(
    'never says "no" where the engine finds a mention, however the page writes and marks it up',
    () => {
      let found = 0;
      fc.assert(
        fc.property(
          writtenAsPage.chain((raw) => markedUp(raw)),
          fc.constantFrom(...SETTINGS),
          (html, [before, after]) => {
            document.body.innerHTML = '';
            const host = mount(`${before}${html}${after}`);
            const mentions = findMentions(host, COMPILED);
            if (mentions.length === 0) return true;
            found++;
            return SIEVE.testTree(host) && SIEVE.testTree(document);
          },
        ),
        { numRuns: 1500 },
      );
      // The property is only as good as the mentions it saw.
      expect(found).toBeGreaterThan(300);
    },
    LONG,
  );

  it('reads prose split by a skipped element the way the engine does', () => {
    const host = mount('<p>The drug consumpt<script>var inserted = "text";</script>ion room opened.</p>');
    expect(findMentions(host, COMPILED)).toHaveLength(1);
    expect(SIEVE.test(host.textContent)).toBe(false); // read whole, the script's text splits the term
    expect(SIEVE.testTree(host)).toBe(true);
  });

  it('reads no style sheet, script or fallback a page keeps in its body, and locates the prose after them', () => {
    // Inlined style sheets and server-rendered CSS can outweigh a page's prose; their words are no mention, and reading them cost most of the test.
    const sheet = `.drug-consumption-room { color: red; }\n${'.card { margin: 0 auto; }\n'.repeat(2_000)}`;
    const host = mount(`<style>${sheet}</style><p>Opening hours of the library.</p><script>var label = "drug consumption room";</script>`);
    expect(SIEVE.test(host.textContent)).toBe(true); // read whole, the sheet's class name would say "maybe"
    expect(findMentions(host, COMPILED)).toHaveLength(0);
    expect(SIEVE.testTree(host)).toBe(false);
    // After a sheet, and after a script the page built with elements inside, the hit still names its own paragraph.
    const built = document.createElement('script');
    built.append(document.createElement('b'));
    built.firstElementChild!.textContent = 'drug consumption room '.repeat(5);
    host.append(built);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'The drug consumption room opened on Monday.';
    host.append(paragraph);
    expect(SIEVE.testTree(host)).toBe(true);
    expect(SIEVE.locate(host)).toEqual([paragraph]);
    // A term split by a sheet inside prose reads as the engine reads it.
    const split = mount('<p>The drug consumpt<style>p { color: red; }</style>ion room opened.</p>');
    expect(findMentions(split, COMPILED)).toHaveLength(1);
    expect(SIEVE.testTree(split)).toBe(true);
    expect(SIEVE.locate(split)).toEqual([split.firstElementChild]);
  });

  it('reads open shadow trees, which textContent leaves out, and lists them', () => {
    const host = mount('<p>Nothing about it here.</p><div></div>');
    const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>A drug consumption room opened.</p>';
    expect(findMentions(host, COMPILED)).toHaveLength(1);
    const roots: ShadowRoot[] = [];
    expect(SIEVE.testTree(host, roots)).toBe(true);
    expect(roots).toEqual([shadow]);
  });

  it('reads prose split by skipped elements where the page also holds editable content, before or after it', () => {
    const split = '<p>The drug <button>Share</button>consumption <script>var x = 1;</script>room opened.</p>';
    const editable = '<div contenteditable><p>A draft.</p></div><p>Some <span contenteditable="true">typed</span> words.</p>';
    for (const html of [editable + split, split + editable]) {
      const host = mount(html);
      expect(findMentions(host, COMPILED), html).toHaveLength(1);
      expect(SIEVE.test(host.textContent), html).toBe(false);
      expect(SIEVE.testTree(document), html).toBe(true);
      document.body.innerHTML = '';
    }
  });

  it('lists the open shadow roots of custom elements and built-in hosts, and of shadow trees inside them', () => {
    const host = mount('<p>Nothing about it here.</p><x-card></x-card><span></span><a href="#">link</a>');
    const outer = host.querySelector('x-card')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Still nothing.</p><div></div>';
    const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Nor here.</p>';
    const span = host.querySelector('span')!.attachShadow({ mode: 'open' });
    span.textContent = 'Not here either.';
    const roots: ShadowRoot[] = [];
    expect(SIEVE.testTree(document, roots)).toBe(false);
    expect(roots).toEqual([outer, inner, span]);
    inner.innerHTML = '<p>A drug consumption room opened.</p>';
    expect(findMentions(host, COMPILED)).toHaveLength(1);
    expect(SIEVE.testTree(document)).toBe(true);
  });

  it('reads a whole document past its head: the body as a shadow host, and parts the page put after the body', () => {
    // The test's own document, its head and body put back after: happy-dom's ranges read nothing in a document made by createHTMLDocument.
    const page = document;
    const [head, body] = [page.head, page.body];
    page.documentElement.replaceChildren(page.createElement('head'), page.createElement('body'));
    onTestFinished(() => page.documentElement.replaceChildren(head, body));
    // A term split in the head is no prose; the same split in an element after the body is.
    page.head.innerHTML = '<noscript>A drug consumpt<script>1</script>ion room</noscript>';
    page.body.innerHTML = '<p>Nothing about it here.</p>';
    expect(SIEVE.testTree(page)).toBe(false);
    const after = page.createElement('section');
    after.innerHTML = 'The drug consumpt<script>var x = 1;</script>ion room opened.';
    page.documentElement.append(after);
    expect(findMentions(after, COMPILED)).toHaveLength(1);
    expect(SIEVE.testTree(page)).toBe(true);
    expect(SIEVE.locate(page)).toEqual([after]);
    after.remove();
    const shadow = page.body.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>A drug consumption room opened.</p>';
    const roots: ShadowRoot[] = [];
    expect(SIEVE.testTree(page, roots)).toBe(true);
    expect(roots).toEqual([shadow]);
    expect(SIEVE.locate(page)).toEqual([shadow]);
  });

  it('says "no" for prose without the topic, and for short forms in lower case', () => {
    const host = mount('<p>The council discussed consumption of energy and a smoking ban. The sis said ops were fine.</p>');
    expect(SIEVE.testTree(host)).toBe(false);
    expect(SIEVE.test('the DCR opened')).toBe(true);
    expect(SIEVE.test('the SCs opened')).toBe(true); // a plural's s in lower case still counts
  });

  it('never says "no" on a page or passage of the evaluation and mention sets where the engine finds a mention', () => {
    const root = resolve(import.meta.dirname, '../../fixtures');
    const pages = readdirSync(resolve(root, 'eval/pages')).map((name) => readFileSync(resolve(root, 'eval/pages', name), 'utf8'));
    const passages = readdirSync(resolve(root, 'eval/passages')).flatMap((name) =>
      (JSON.parse(readFileSync(resolve(root, 'eval/passages', name), 'utf8')) as { html: string }[]).map((passage) => passage.html),
    );
    const mentions = (JSON.parse(readFileSync(resolve(root, 'mentions/passages.json'), 'utf8')) as { html: string }[]).map((passage) => passage.html);
    let positive = 0;
    let turnedAway = 0;
    const missed: string[] = [];
    for (const html of [...pages, ...passages, ...mentions]) {
      document.body.innerHTML = '';
      const host = mount(html);
      const hit = SIEVE.testTree(host);
      if (findMentions(host, COMPILED).length > 0) {
        positive++;
        if (!hit) missed.push(html.slice(0, 80));
      } else if (!hit) turnedAway++;
    }
    expect(missed).toEqual([]);
    expect(positive).toBeGreaterThan(100);
    // Passages about colliding senses mostly hold an anchor's words; some are turned away.
    expect(turnedAway).toBeGreaterThan(0);
  });

  it(
    'locates every mention: a first scan of only where it points finds what a scan of the whole page finds',
    () => {
      let found = 0;
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.constantFrom(...NOISE),
              fc
                .tuple(
                  writtenAsPage.chain((raw) => markedUp(raw)),
                  fc.constantFrom(...SETTINGS),
                )
                .map(([html, [before, after]]) => `${before}${html}${after}`),
            ),
            {
              minLength: 1,
              maxLength: 6,
            },
          ),
          fc.boolean(),
          (blocks, nest) => {
            document.body.innerHTML = '';
            const host = mount(nest ? `<section>${blocks.slice(0, 2).join('')}<div>${blocks.slice(2).join('')}</div></section>` : blocks.join(''));
            const [scoped, whole] = scopedAndWhole(host);
            if (whole.length > 0) found++;
            expect(scoped).toEqual(whole);
          },
        ),
        { numRuns: 400 },
      );
      expect(found).toBeGreaterThan(150);
    },
    LONG,
  );

  it('reads the common ranges from the build exactly as the normaliser folds them, and answers as a sieve that works them out', () => {
    const codes = COMMON_RANGES.flatMap(([first, end]) => Array.from({ length: end - first }, (_, i) => first + i));
    const readings = sieveSource.readings ?? [];
    expect(codes.map((code) => builtReading(code, readings))).toEqual(codes.map(unitReading));
    expect(builtReading(0x4e00, readings)).toBeUndefined(); // outside the ranges: worked out from the rules
    // A sieve without the build's readings works each unit out from the normaliser's rules: both answer alike.
    const working = new TopicSieve({ ...sieveSource, readings: undefined });
    const units = String.fromCharCode(...codes);
    for (const text of [
      'dr\u00fcg\u00a0c\u00f6nsumption \u2014 r\u00f2\u00f6m',
      `${units} drug consumption room`,
      'DRUG\u2011CONSUMPTION\u00a0ROOM',
      'the D\u00c7R',
      units,
    ]) {
      expect(SIEVE.test(text), text).toBe(working.test(text));
      expect([...SIEVE.anchorsIn(text)], text).toEqual([...working.anchorsIn(text)]);
    }
  });

  it('folds a long run of non-ASCII units as it folds a short one', () => {
    // Every unit not ASCII, so the term is one run of them, with or without more around it.
    const accented = 'ďŕūġ\u00a0ćőńşūṁṕţîőń\u00a0ŕőőṁ';
    for (const [before, after] of [
      ['', ''],
      ['«\u00a0', '\u00a0»'],
      ['漢字漢字漢字漢字\u3000', '\u3000漢字'],
    ]) {
      document.body.innerHTML = '';
      const host = mount(`<p>${before}${accented}${after} opened.</p>`);
      expect(findMentions(host, COMPILED), before).toHaveLength(1);
      expect(SIEVE.testTree(host), before).toBe(true);
    }
  });

  it('answers in steps as in one piece, with no anchor lost at a cut, however long the text between its words', () => {
    const inSteps = (root: Node): [boolean, number] => {
      const steps = SIEVE.testTreeInSteps(root);
      let count = 0;
      for (let step = steps.next(); ; step = steps.next(), count++) if (step.done) return [step.value, count];
    };
    const filler = 'The council discussed parking, bus lanes and a new library. '.repeat(4_000);
    // Terms across where fixed-size chunks would be cut, one with a run of spaces longer than a chunk inside it.
    for (const term of ['drug consumption room', `drug${' '.repeat(70_000)}consumption room`, 'Drogenkonsumraum', 'the DCR']) {
      for (const shift of [0, 7, 19, 33]) {
        document.body.innerHTML = '';
        const host = mount(`<p>${filler.slice(0, 32_768 - shift)}${term}${filler}</p>`);
        expect(inSteps(host)).toEqual([true, expect.any(Number)]);
        expect(SIEVE.testTree(host)).toBe(true);
      }
    }
    document.body.innerHTML = '';
    const [maybe, steps] = inSteps(mount(`<p>${filler}</p><p>${filler}</p>`));
    expect(maybe).toBe(false);
    expect(steps).toBeGreaterThan(8); // 480,000 units, tested a chunk at a time
  });

  it(
    'says "maybe" around any text node of a mention, reading its neighbours in the prose and not its block',
    () => {
      let found = 0;
      fc.assert(
        fc.property(
          writtenAsPage.chain((raw) => markedUp(raw)),
          fc.constantFrom(...SETTINGS),
          (html, [before, after]) => {
            document.body.innerHTML = '';
            const host = mount(`${before}${html}${after}`);
            const mentions = findMentions(host, COMPILED);
            for (const { range } of mentions) {
              const live = document.createRange();
              live.setStart(range.startContainer, range.startOffset);
              live.setEnd(range.endContainer, range.endOffset);
              const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                // A script's text inside the mention is no part of its prose (the watch passes over changes there).
                if (!live.intersectsNode(node) || ownerOf(node, host) === null) continue;
                found++;
                if (!SIEVE.testAround(node)) return false;
              }
            }
            return true;
          },
        ),
        { numRuns: 800 },
      );
      expect(found).toBeGreaterThan(300);
    },
    LONG,
  );

  it(
    'locates from what its test of the document learned as it does reading the document afresh',
    () => {
      const filler = '<p>The council discussed parking, bus lanes and a new library.</p>';
      let maybes = 0;
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              writtenAsPage.chain((raw) => markedUp(raw)),
              fc.constantFrom(...SETTINGS),
              fc.nat({ max: 1_200 }),
              fc.boolean(),
            ),
            { maxLength: 3 },
          ),
          fc.nat({ max: 1_200 }),
          (mentions, tail) => {
            document.body.innerHTML = '';
            // Past a chunk of text or several, each mention in the prose or in a shadow tree.
            const host = mount('');
            for (const [html, [before, after], fillers, inShadow] of mentions) {
              host.insertAdjacentHTML('beforeend', filler.repeat(fillers));
              if (!inShadow) host.insertAdjacentHTML('beforeend', `${before}${html}${after}`);
              else {
                host.append(document.createElement('x-card'));
                host.lastElementChild!.attachShadow({ mode: 'open' }).innerHTML = `${before}${html}${after}`;
              }
            }
            host.insertAdjacentHTML('beforeend', filler.repeat(tail));
            const read = new TreeReading();
            const steps = SIEVE.testTreeInSteps(document, [], read);
            let step = steps.next();
            while (!step.done) step = steps.next();
            if (!step.value) return true;
            maybes++;
            const [learned, afresh] = [new Set<number>(), new Set<number>()];
            const fromReading = SIEVE.locate(document, [], { anchors: learned, read });
            const fromDocument = SIEVE.locate(document, [], { anchors: afresh });
            expect(fromReading).toEqual(fromDocument);
            expect([...learned].sort()).toEqual([...afresh].sort());
            return true;
          },
        ),
        { numRuns: 60 },
      );
      expect(maybes).toBeGreaterThan(30);
    },
    LONG,
  );

  it('gives up locating past a limit of places, so a page of thousands of mentions is scanned whole, in slices', () => {
    const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>Item ${i}: the drug consumption room and a fix room.</p>`).join('');
    const host = mount(paragraphs(3));
    expect(SIEVE.locate(host)).toHaveLength(3);
    // The fewest places it needs room for: at least one a paragraph; one fewer and it gives up.
    let limit = 0;
    while (SIEVE.locate(host, [], { limit }) === null) limit++;
    expect(limit).toBeGreaterThanOrEqual(3);
    expect(SIEVE.locate(host, [], { limit })).toHaveLength(3);
    expect(SIEVE.locate(host, [], { limit: limit - 1 })).toBeNull();
  });

  it('locates nothing in a page without the topic, and the pages of the evaluation set as a whole scan finds them', () => {
    expect(SIEVE.locate(mount('<p>Only parking here.</p>'))).toEqual([]);
    const dir = resolve(import.meta.dirname, '../../fixtures/eval/pages');
    let positive = 0;
    for (const name of readdirSync(dir)) {
      document.body.innerHTML = '';
      const host = mount(readFileSync(resolve(dir, name), 'utf8'));
      const [scoped, whole] = scopedAndWhole(host);
      expect(scoped, name).toEqual(whole);
      if (whole.length > 0) positive++;
    }
    expect(positive).toBeGreaterThan(20);
  });
});
