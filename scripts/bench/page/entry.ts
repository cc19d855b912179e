/**
 * The bench's page-side bundle (an IIFE, like the content script): the engine through its
 * adapter, the mention planter and the timed methods, offered to the driver as
 * `window.claimlensBench`.
 */
import * as v from 'valibot';
import { Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { syntheticLexicon } from '../synthetic-lexicon';
import { seededRandom } from '../random';
import { fillerParagraph } from '../filler-text';
import { compileLexicon, ENGINE_SOURCE, findMentions, INCREMENTAL_PATH, startIncrementalScan, type CompiledLexicon } from './engine-adapter';
import { advancedMark, find, findAndPaint, markJs, walkText } from './methods';
import type { BenchPageApi, CompileSamples, IncrementalSamples, MethodId, MethodSamples, PageProfile, SampleOptions } from './page-api';
import { appendMention, plantMentions } from './plant';
import { sample, settle, type Timed } from './timing';

const bundled = v.parse(Lexicon, bundledJson);

/** A term's form and its listed variants (plurals, inflections), when the schema has them. */
function writtenForms(term: Lexicon['terms'][number]): string[] {
  return [term.form, ...((term as { variants?: readonly string[] }).variants ?? [])];
}

/** What the peers search for: every written form the engine knows from the lexicon. */
const forms = [...new Set(bundled.terms.flatMap(writtenForms))];
/** Planted mentions must count without a topic cue, so only unambiguous forms are planted. */
const plantable = bundled.terms.filter((term) => !term.ambiguous).flatMap(writtenForms);

interface Prepared {
  pristine: HTMLElement;
  lexicon: CompiledLexicon;
  synthetic: CompiledLexicon;
  syntheticSize: number;
}

let prepared: Prepared | undefined;

function current(): Prepared {
  if (!prepared) throw new Error('claimlensBench.prepare() must run before measuring');
  return prepared;
}

/** Replaces the body with a fresh copy of the planted page (peers leave <mark>s behind). */
function restoreBody(): void {
  document.documentElement.replaceChild(current().pristine.cloneNode(true), document.body);
}

function timedMethod(method: MethodId): Timed {
  const { lexicon, synthetic } = current();
  const clearHighlights = () => CSS.highlights.clear();
  switch (method) {
    case 'floor': return { run: () => walkText(document.body).text.length };
    case 'find': return { run: () => find(lexicon) };
    case 'findPaint': return { reset: clearHighlights, run: () => findAndPaint(lexicon) };
    case 'find10k': return { run: () => find(synthetic) };
    case 'markjs': return { reset: restoreBody, run: () => markJs(forms) };
    case 'advancedMark': return { reset: restoreBody, run: () => advancedMark(forms) };
  }
}

function timeCompile(lexicon: Lexicon, runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    compileLexicon(lexicon);
    return performance.now() - started;
  });
}

const PARAGRAPH_SEED = 500;

const api: BenchPageApi = {
  engineSource: ENGINE_SOURCE,

  prepare({ syntheticTerms }): PageProfile {
    if (plantable.length === 0) throw new Error('the bundled lexicon has no unambiguous form to plant');
    const { planted, split } = plantMentions(document.body, { forms: plantable });
    const scaling = syntheticLexicon(bundled, syntheticTerms);
    prepared = {
      pristine: document.body.cloneNode(true) as HTMLElement,
      lexicon: compileLexicon(bundled),
      synthetic: compileLexicon(scaling),
      syntheticSize: scaling.terms.length,
    };
    restoreBody();
    const { text, nodes } = walkText(document.body);
    return { textChars: text.length, textNodes: nodes, elements: document.body.querySelectorAll('*').length, planted, split, crossOriginIsolated };
  },

  measure(method: MethodId, options: SampleOptions): MethodSamples {
    restoreBody();
    const result = sample(timedMethod(method), options);
    CSS.highlights.clear();
    return result;
  },

  compileTimes(runs: number): CompileSamples {
    return {
      bundledMs: timeCompile(bundled, runs),
      syntheticMs: timeCompile(syntheticLexicon(bundled, current().syntheticSize - bundled.terms.length), runs),
      bundledTerms: bundled.terms.length,
      scalingTerms: current().syntheticSize,
    };
  },

  incremental({ paragraphs, batches, runs }): IncrementalSamples {
    const { lexicon } = current();
    const perBatch = Math.ceil(paragraphs / batches);
    const incrementalMs: number[] = [];
    const fullMs: number[] = [];
    let appendedFound = 0;
    let fullFound = 0;
    let planted = 0;
    for (let run = 0; run < runs; run++) {
      restoreBody();
      const feed = document.getElementById('feed');
      if (!feed) throw new Error('the incremental page needs an element with id "feed"');
      const random = seededRandom(PARAGRAPH_SEED);
      const scan = startIncrementalScan(document.body, lexicon);
      let spent = 0;
      planted = 0;
      for (let batch = 0, made = 0; batch < batches; batch++) {
        const roots: HTMLElement[] = [];
        for (let i = 0; i < perBatch && made < paragraphs; i++, made++) {
          const paragraph = document.createElement('p');
          paragraph.textContent = fillerParagraph(random);
          // Every fourth paragraph carries a mention, in all the planted shapes.
          if (made % 4 === 0) appendMention(paragraph, plantable[planted % plantable.length]!, planted++);
          roots.push(paragraph);
        }
        feed.append(...roots);
        settle();
        const started = performance.now();
        appendedFound = scan.appended(feed, roots) - scan.initial;
        spent += performance.now() - started;
      }
      incrementalMs.push(spent);
      for (let i = 0; i < 3; i++) {
        settle();
        const started = performance.now();
        fullFound = findMentions(document.body, lexicon).length;
        fullMs.push(performance.now() - started);
      }
    }
    return { incrementalMs, fullMs, appendedFound, appendedPlanted: planted, fullFound, path: INCREMENTAL_PATH };
  },
};

Object.assign(window, { claimlensBench: api });
