/**
 * The evaluation's arithmetic: what one page showed (highlights and labelled spans, matched
 * by overlap in the browser), tallied into precision and recall per language and per family.
 */

/** One highlight or one labelled span as the page showed it. */
export interface Observed {
  /** The words, as the page reads them. */
  text: string;
  /** The prose around it, to find it again. */
  context: string;
  /** A highlight: does it overlap a labelled span? A span: does a highlight overlap it? */
  matched: boolean;
  /** The `lang` of its nearest element that declares one below the root. */
  lang?: string;
}

/** What one page (or frame) showed. */
export interface PageObservation {
  page: string;
  /** The page's declared language, used when a mention's own language is not known. */
  lang: string;
  highlights: Observed[];
  spans: Observed[];
}

/** A name's family and language, as the lexicon has it (null when it names no term). */
export type Classify = (text: string) => { family: string; lang: string } | null;

export interface Counts {
  found: number;
  falseAlarms: number;
  missed: number;
}

export interface Tally {
  total: Counts;
  byLang: Map<string, Counts>;
  byFamily: Map<string, Counts>;
  falseAlarms: string[];
  misses: string[];
}

const empty = (): Counts => ({ found: 0, falseAlarms: 0, missed: 0 });

export const precision = (c: Counts): number => (c.found + c.falseAlarms === 0 ? 1 : c.found / (c.found + c.falseAlarms));
export const recall = (c: Counts): number => (c.found + c.missed === 0 ? 1 : c.found / (c.found + c.missed));

/** True positives are labelled spans a highlight overlaps (one each); false alarms are highlights that overlap none. */
export function tally(pages: readonly PageObservation[], classify: Classify): Tally {
  const result: Tally = { total: empty(), byLang: new Map(), byFamily: new Map(), falseAlarms: [], misses: [] };
  const count = ({ text, lang }: Observed, pageLang: string, field: keyof Counts): void => {
    const known = classify(text);
    const language = (lang ?? known?.lang ?? pageLang).toLowerCase().split('-')[0] ?? '';
    const keys: [Map<string, Counts>, string][] = [
      [result.byLang, language],
      [result.byFamily, known?.family ?? '(no lexicon term)'],
    ];
    result.total[field]++;
    for (const [map, key] of keys) {
      const counts = map.get(key) ?? empty();
      counts[field]++;
      map.set(key, counts);
    }
  };
  for (const page of pages) {
    for (const span of page.spans) {
      count(span, page.lang, span.matched ? 'found' : 'missed');
      if (!span.matched) result.misses.push(`${page.page}: "${span.text}" in “${span.context}”`);
    }
    for (const highlight of page.highlights) {
      if (highlight.matched) continue;
      count(highlight, page.lang, 'falseAlarms');
      result.falseAlarms.push(`${page.page}: "${highlight.text}" in “${highlight.context}”`);
    }
  }
  return result;
}

/** One line of counts, labelled. */
const line = (label: string, c: Counts): string =>
  `  ${label.padEnd(30)} precision ${precision(c).toFixed(3)}  recall ${recall(c).toFixed(3)}  (${c.found} found, ${c.falseAlarms} false, ${c.missed} missed)`;
const sorted = (map: Map<string, Counts>): [string, Counts][] => [...map].sort(([a], [b]) => a.localeCompare(b));
/** Every false alarm and miss, quoted with where it stood. */
const listed = (t: { falseAlarms: string[]; misses: string[] }): string[] => [
  ` false alarms (${t.falseAlarms.length}):`,
  ...t.falseAlarms.map((text) => `  ${text}`),
  ` missed (${t.misses.length}):`,
  ...t.misses.map((text) => `  ${text}`),
];
/** Only how many: for a held-out set. */
const notQuoted = (t: { falseAlarms: string[]; misses: string[] }): string =>
  ` false alarms (${t.falseAlarms.length}) and misses (${t.misses.length}) not quoted: the set is held out`;

/**
 * The tally as text: totals, one line per language and per family, then every false alarm and
 * miss. `listTexts: false` gives the totals and languages only: a held-out set's prose should not
 * reach whoever reads the log while tuning the lexicon, and a family beside a language would
 * all but name the term that missed or collided.
 */
export function report(name: string, t: Tally, listTexts = true): string {
  return [
    `${name}: precision ${precision(t.total).toFixed(3)}, recall ${recall(t.total).toFixed(3)} (${t.total.found} found, ${t.total.falseAlarms} false, ${t.total.missed} missed)`,
    ' by language:',
    ...sorted(t.byLang).map(([lang, c]) => line(lang, c)),
    ...(listTexts ? [' by family:', ...sorted(t.byFamily).map(([family, c]) => line(family, c)), ...listed(t)] : [notQuoted(t)]),
  ].join('\n');
}

/**
 * Claims and stakeholders' names: what a page showed of `claimlens-claim` or
 * `claimlens-stakeholder`, each labelled span with the labels it carries (claim ids; a
 * stakeholder's id) and the texts of the highlights over it, each highlight with the labels of
 * the spans under it.
 */
export interface DebateObservation {
  page: string;
  highlights: (Highlighted & { lang: string; context: string; labels: string[] | null })[];
  spans: { text: string; lang: string; labels: string[]; covering: Highlighted[] }[];
}

/**
 * A highlight's text, and the text around it in its block: the sentence after a question may
 * answer it ("…? The residents say yes."), and one before may name the room a pronoun stands for
 * ("Rooms save lives. Open one now!"), so the finder's verdict on the highlight alone would not be
 * the page's.
 */
export interface Highlighted {
  text: string;
  following?: string;
  /** The text before it in its block: a pronoun call ("Open one now!") stands for the room named there. */
  preceding?: string;
}

/** Which claims a highlighted sentence makes (the finder's verdict on its words, read with the text before and after it in its block), for a highlight that overlaps no label of its claim. */
export type AttributeClaims = (sentence: string, lang: string, following?: string, preceding?: string) => readonly string[];

export interface DebateTally {
  total: Counts;
  /** Per claim (claims), or per stakeholder id for what was labelled (names). */
  byKey: Map<string, Counts>;
  byLang: Map<string, Counts>;
  falseAlarms: string[];
  misses: string[];
}

function emptyDebate(): DebateTally {
  return { total: empty(), byKey: new Map(), byLang: new Map(), falseAlarms: [], misses: [] };
}

function add(t: DebateTally, key: string, lang: string, field: keyof Counts): void {
  t.total[field]++;
  for (const [map, k] of [
    [t.byKey, key],
    [t.byLang, lang],
  ] as const) {
    const counts = map.get(k) ?? empty();
    counts[field]++;
    map.set(k, counts);
  }
}

/**
 * Claims, per claim: a labelled claim is found when a highlight over its sentence makes it; a
 * claim a highlight makes that no span under it is labelled with is a false alarm (a
 * highlight over an unlabelled sentence makes only false alarms).
 */
export function tallyClaims(pages: readonly DebateObservation[], attribute: AttributeClaims): DebateTally {
  const t = emptyDebate();
  for (const page of pages) {
    for (const span of page.spans) {
      const made = new Set(span.covering.flatMap((covering) => attribute(covering.text, span.lang, covering.following, covering.preceding)));
      for (const claim of span.labels) {
        add(t, claim, span.lang, made.has(claim) ? 'found' : 'missed');
        if (!made.has(claim)) t.misses.push(`${page.page}: ${claim} in “${span.text}”`);
      }
    }
    for (const highlight of page.highlights) {
      const made = attribute(highlight.text, highlight.lang, highlight.following, highlight.preceding);
      const labels = highlight.labels ?? [];
      const wrong = made.length ? made.filter((claim) => !labels.includes(claim)) : labels.length ? [] : ['(no claim)'];
      for (const claim of wrong) {
        add(t, claim, highlight.lang, 'falseAlarms');
        t.falseAlarms.push(`${page.page}: ${claim} in “${highlight.text}” (${highlight.context})`);
      }
    }
  }
  return t;
}

/** Names: a labelled name is found when a highlight covers it; a highlight over no labelled name is a false alarm. */
export function tallyNames(pages: readonly DebateObservation[]): DebateTally {
  const t = emptyDebate();
  for (const page of pages) {
    for (const span of page.spans) {
      const found = span.covering.length > 0;
      add(t, span.labels[0] ?? '?', span.lang, found ? 'found' : 'missed');
      if (!found) t.misses.push(`${page.page}: "${span.text}"`);
    }
    for (const highlight of page.highlights) {
      if (highlight.labels?.length) continue;
      add(t, '(unlabelled)', highlight.lang, 'falseAlarms');
      t.falseAlarms.push(`${page.page}: "${highlight.text}" in “${highlight.context}”`);
    }
  }
  return t;
}

/**
 * The report of a debate tally. `listTexts: false` gives the counts without quoting the false
 * alarms and misses: a held-out set's sentences should not reach whoever reads a test log while
 * tuning cues.
 */
export function reportDebate(name: string, t: DebateTally, keyTitle: string, listTexts = true): string {
  return [
    `${name}: precision ${precision(t.total).toFixed(3)}, recall ${recall(t.total).toFixed(3)} (${t.total.found} found, ${t.total.falseAlarms} false, ${t.total.missed} missed)`,
    ` by ${keyTitle}:`,
    ...sorted(t.byKey).map(([key, c]) => line(key, c)),
    ' by language:',
    ...sorted(t.byLang).map(([lang, c]) => line(lang, c)),
    ...(listTexts ? listed(t) : [notQuoted(t)]),
  ].join('\n');
}
