/**
 * The bench's page-side bundle (an IIFE, like the content script): the engine through its
 * adapter, the mention planter and the timed methods, offered to the driver as
 * `window.claimlensBench`.
 */
import * as v from 'valibot';
import { Lexicon } from '../../../src/data/lexicon-schema';
import bundledJson from '../../../src/data/lexicon.json';
import { syntheticLexicon } from '../synthetic-lexicon';
import { compileLexicon, ENGINE_SOURCE, sieveAgrees, sieveSaysMaybe, type CompiledLexicon } from './engine-adapter';
import { timeIncremental } from './incremental';
import { advancedMark, find, findAndPaint, markJs, walkText } from './methods';
import type { BenchPageApi, CompileSamples, IncrementalOptions, IncrementalSamples, MethodId, MethodSamples, PageProfile, SampleOptions } from './page-api';
import { plantMentions } from './plant';
import { sampleInTurns, type Timed } from './timing';

const bundled = v.parse(Lexicon, bundledJson);

/** A term's form and its listed variants (plurals, inflections). */
function writtenForms(term: Lexicon['terms'][number]): string[] {
  return [term.form, ...(term.variants ?? [])];
}

/** What the peers search for: every written form the engine knows from the lexicon. */
const forms = [...new Set(bundled.terms.flatMap(writtenForms))];
/** Planted mentions must count without a topic cue, so only unambiguous forms are planted. */
const plantable = bundled.terms.filter((term) => !term.ambiguous).flatMap(writtenForms);

interface Prepared {
  /** The planted body, never attached: each measurement starts from a copy. */
  pristine: HTMLElement;
  lexicon: CompiledLexicon;
  /** The bundled lexicon plus the synthetic terms, as data and compiled. */
  scaling: Lexicon;
  synthetic: CompiledLexicon;
}

let prepared: Prepared | undefined;
/** Whether the body may differ from the pristine copy (the peers leave their marks behind). */
let bodyChanged = false;

function current(): Prepared {
  if (!prepared) throw new Error('claimlensBench.prepare() must run before measuring');
  return prepared;
}

/** Replaces the body with a fresh copy of the planted page (peers leave <mark>s behind). */
function restoreBody(): void {
  document.documentElement.replaceChild(current().pristine.cloneNode(true), document.body);
  bodyChanged = false;
}

/** Before a peer's run: a fresh body, which the run will then change. */
function freshBodyToMark(): void {
  restoreBody();
  bodyChanged = true;
}

function timedMethod(method: MethodId): Timed {
  const { lexicon, synthetic } = current();
  // Highlights left by find + paint are cleared before every run, whichever method it is.
  const clearHighlights = () => CSS.highlights.clear();
  switch (method) {
    case 'floor':
      return { reset: clearHighlights, run: () => walkText(document.body).text.length };
    case 'find':
      return { reset: clearHighlights, run: () => find(lexicon) };
    case 'findPaint':
      return { reset: clearHighlights, run: () => findAndPaint(lexicon) };
    case 'find10k':
      return { reset: clearHighlights, run: () => find(synthetic) };
    case 'markjs':
      return { reset: freshBodyToMark, run: () => markJs(forms) };
    case 'advancedMark':
      return { reset: freshBodyToMark, run: () => advancedMark(forms) };
  }
}

function timeCompile(lexicon: Lexicon, runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    compileLexicon(lexicon);
    return performance.now() - started;
  });
}

const api: BenchPageApi = {
  engineSource: ENGINE_SOURCE,

  prepare({ syntheticTerms }): PageProfile {
    if (plantable.length === 0) throw new Error('the bundled lexicon has no unambiguous form to plant');
    const lexicon = compileLexicon(bundled);
    const bareMaybe = sieveSaysMaybe(document);
    const bareSame = sieveAgrees(document, lexicon);
    const { planted, split } = plantMentions(document.body, { forms: plantable });
    const scaling = syntheticLexicon(bundled, syntheticTerms);
    prepared = {
      pristine: document.body.cloneNode(true) as HTMLElement,
      lexicon,
      scaling,
      synthetic: compileLexicon(scaling),
    };
    restoreBody();
    const sieve = { bareMaybe, sameMentions: bareSame && sieveAgrees(document, lexicon) };
    const { text, nodes } = walkText(document.body);
    return { textChars: text.length, textNodes: nodes, elements: document.body.querySelectorAll('*').length, planted, split, crossOriginIsolated, sieve };
  },

  measure(methods: readonly MethodId[], options: SampleOptions): MethodSamples[] {
    // A fresh body costs a full layout on large pages: only when something changed the last one.
    if (bodyChanged) restoreBody();
    const results = sampleInTurns(methods.map(timedMethod), options);
    CSS.highlights.clear();
    return results;
  },

  compileTimes(runs: number): CompileSamples {
    const { scaling } = current();
    return {
      bundledMs: timeCompile(bundled, runs),
      syntheticMs: timeCompile(scaling, runs),
      bundledTerms: bundled.terms.length,
      scalingTerms: scaling.terms.length,
    };
  },

  incremental(options: IncrementalOptions): IncrementalSamples {
    return timeIncremental(options, { lexicon: current().lexicon, forms: plantable, restore: restoreBody });
  },
};

Object.assign(window, { claimlensBench: api });
