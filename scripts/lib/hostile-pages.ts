/**
 * Hostile pages for the e2e suite (tests/e2e/hostile*.test.ts) and the bench
 * (scripts/bench/hostile.ts), in a module of their own that both import; generated rather than
 * committed: sizes are parameters, so the tests use small ones and the bench the full ones.
 *
 * Every page carries the same probe, the page's own script: a 50 ms heartbeat that records
 * how late it ran (the page's responsiveness), long tasks where the browser reports them, and
 * a button whose click handler counts (the page still works). Tests read it as `__probe`.
 */

import { MENTION_HIGHLIGHT } from '../../src/content/highlight-names';

/** Lets the probe (and each page's own script) run under the strict-CSP pages. */
export const PAGE_NONCE = 'claimlens-hostile';

/** What the probe records; read with `readProbe` (hostile-measure.ts). */
export interface ProbeReading {
  /** Heartbeats since the last reset. */
  ticks: number;
  /** The heartbeat's worst lateness since the last reset, in ms: how long the page could not run. */
  maxLateMs: number;
  /** Clicks the page's own handler counted on #probe-button. */
  clicks: number;
  /** Durations of long tasks (over 50 ms) since the last reset; null where the browser has no longtask entries. */
  longTasks: number[] | null;
}

const PROBE = `(() => {
  const PERIOD = 50;
  const probe = { ticks: 0, maxLateMs: 0, clicks: 0, longTasks: null };
  let due = performance.now() + PERIOD;
  setInterval(() => {
    const now = performance.now();
    if (now - due > probe.maxLateMs) probe.maxLateMs = now - due;
    due = now + PERIOD;
    probe.ticks++;
  }, PERIOD);
  if (typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0) {
    probe.longTasks = [];
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) probe.longTasks[probe.longTasks.length] = Math.round(entries[i].duration);
    }).observe({ type: 'longtask' });
  }
  probe.reset = () => {
    probe.ticks = 0;
    probe.maxLateMs = 0;
    due = performance.now() + PERIOD;
    if (probe.longTasks) probe.longTasks.length = 0;
  };
  document.addEventListener('click', (event) => {
    const button = event.target;
    if (button && button.id === 'probe-button') button.textContent = 'clicked ' + ++probe.clicks;
  });
  window.__probe = probe;
})();`;

export interface PageParts {
  title: string;
  /** Markup for <head> after the probe (styles, <base>, a script that must run first). */
  head?: string;
  body: string;
  /** The page's own script, run at the end of <body> (before the content script, which runs at document idle). */
  script?: string;
  dir?: 'rtl' | 'ltr';
  lang?: string;
}

const scriptTag = (source: string): string => `<script nonce="${PAGE_NONCE}">${source}</script>`;

/** A page with the probe and its button, then `parts`. */
export function hostilePage(parts: PageParts): string {
  return [
    '<!doctype html>',
    `<html lang="${parts.lang ?? 'en'}"${parts.dir ? ` dir="${parts.dir}"` : ''}>`,
    `<head><meta charset="utf-8"><title>${parts.title}</title>`,
    scriptTag(PROBE),
    parts.head ?? '',
    '</head>',
    '<body>',
    '<button id="probe-button" type="button">not clicked</button>',
    parts.body,
    parts.script ? scriptTag(parts.script) : '',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The topic cue every generated mention stands in, so ambiguity rules never decide a case. */
export const MENTION_SENTENCE = 'The council wants a drug consumption room near the station.';
export const MENTION_TEXT = 'drug consumption room';

/**
 * Built-ins a page can overwrite before the content script runs. Each is replaced by a
 * function that, while the page has them armed, counts the call and throws; disarmed it
 * forwards to the original, so the page's own code (and the test) can still use them.
 * Chromium's isolated worlds and Firefox's Xray vision should mean Claimlens never sees them.
 */
export const POISONED: readonly string[] = [
  'Array.prototype.map',
  'Array.prototype.includes',
  'Array.prototype.filter',
  'Array.prototype.forEach',
  'Array.prototype.push',
  'Array.prototype.some',
  'Array.prototype.sort',
  'Array.prototype.slice',
  'Array.prototype.flatMap',
  'Array.prototype.find',
  'Array.from',
  'Object.keys',
  'Object.assign',
  'Object.entries',
  'Object.defineProperty',
  'JSON.stringify',
  'JSON.parse',
  'String.prototype.replace',
  'String.prototype.slice',
  'String.prototype.toLowerCase',
  'String.prototype.normalize',
  'RegExp.prototype.exec',
  'Function.prototype.bind',
  'Promise.prototype.then',
  'Promise.resolve',
  'EventTarget.prototype.addEventListener',
  'EventTarget.prototype.removeEventListener',
  'EventTarget.prototype.dispatchEvent',
  'Node.prototype.appendChild',
  'Node.prototype.insertBefore',
  'Node.prototype.removeChild',
  'Node.prototype.contains',
  'Element.prototype.attachShadow',
  'Element.prototype.append',
  'Element.prototype.remove',
  'Element.prototype.setAttribute',
  'Element.prototype.matches',
  'Element.prototype.closest',
  'Element.prototype.getBoundingClientRect',
  'HTMLElement.prototype.showPopover',
  'HTMLElement.prototype.hidePopover',
  'HTMLElement.prototype.focus',
  'Document.prototype.createElement',
  'Document.prototype.createTreeWalker',
  'Document.prototype.createRange',
  'Range.prototype.getClientRects',
  'CSSStyleSheet.prototype.replaceSync',
  'CSSStyleDeclaration.prototype.setProperty',
  'HighlightRegistry.prototype.set',
  'HighlightRegistry.prototype.get',
  'HighlightRegistry.prototype.delete',
  'Highlight.prototype.add',
  'Highlight.prototype.delete',
  'MutationObserver.prototype.observe',
  'window.getComputedStyle',
  'window.requestAnimationFrame',
  'window.requestIdleCallback',
  'window.setTimeout',
  'window.queueMicrotask',
  'window.matchMedia',
  'window.Map',
  'window.Set',
  'window.WeakMap',
  'window.Promise',
  'window.MutationObserver',
  'window.StaticRange',
  'window.Highlight',
  'window.CSSStyleSheet',
];

/**
 * The page script that poisons POISONED. Runs in <head>, before anything else of the page but
 * the probe. While armed, the page's (and the test's) only way to look is `__hostile`, which
 * uses the originals: `highlighted()` (ranges painted), `cardOpen()`, `point(id)` (where the
 * mention in element #id is), and `calls()`, which disarms and reports each poison's calls.
 */
function poisonScript(): string {
  return `(() => {
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const pristine = {
    get: HighlightRegistry.prototype.get,
    matches: Element.prototype.matches,
    createRange: Document.prototype.createRange,
    rects: Range.prototype.getClientRects,
  };
  const calls = Object.create(null);
  let armed = false; // armed once all are in place (the loop below uses some of them)
  const poison = (path) => {
    const dot = path.lastIndexOf('.');
    const name = path.slice(dot + 1);
    let owner = window;
    for (const part of path.slice(0, dot).split('.')) if (part !== 'window') owner = owner && owner[part];
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    const replacement = function (...args) {
      if (armed) {
        calls[path] = (calls[path] || 0) + 1;
        throw new Error('hostile page: ' + path + ' was called while poisoned');
      }
      return new.target ? construct(original, args, new.target) : apply(original, this, args);
    };
    if (original.prototype) replacement.prototype = original.prototype;
    owner[name] = replacement;
  };
  const paths = ${JSON.stringify(POISONED)};
  for (let i = 0; i < paths.length; i++) poison(paths[i]);
  armed = true;
  window.__hostile = {
    highlighted: () => { const h = apply(pristine.get, CSS.highlights, [${JSON.stringify(MENTION_HIGHLIGHT)}]); return h ? h.size : -1; },
    cardOpen: () => { const host = document.querySelector('claimlens-card'); return !!host && apply(pristine.matches, host, [':popover-open']); },
    point: (id) => {
      const text = document.getElementById(id).firstChild;
      const at = text.data.indexOf(${JSON.stringify(MENTION_TEXT)});
      const range = apply(pristine.createRange, document, []);
      range.setStart(text, at);
      range.setEnd(text, at + ${MENTION_TEXT.length});
      const rect = apply(pristine.rects, range, [])[0];
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    },
    calls: () => { armed = false; const copy = {}; for (const key in calls) copy[key] = calls[key]; return copy; },
  };
})();`;
}

/** A page that overwrites built-ins (POISONED) before the content script runs. */
export function builtinsPage(): string {
  return hostilePage({
    title: 'Overwritten built-ins',
    head: scriptTag(poisonScript()),
    body: `<h1>Harm reduction</h1>\n<p id="first">${MENTION_SENTENCE}</p>\n<p>Later: a supervised injection site is planned.</p>`,
  });
}

/** A page that empties `CSS.highlights` every `everyMs` (until `__stopClearing()`) and counts how often it did (`__clears`). */
export function highlightClearPage(everyMs: number): string {
  return hostilePage({
    title: 'Highlights cleared',
    body: `<h1>Highlights cleared</h1>\n<p>${MENTION_SENTENCE}</p>\n<p>An overdose prevention centre, too.</p>`,
    script: `window.__clears = 0;
const clearing = setInterval(() => { CSS.highlights.clear(); window.__clears++; }, ${everyMs});
window.__stopClearing = () => clearInterval(clearing);`,
  });
}

/** Words that are nowhere near the lexicon. */
const FILLER = ['harbour', 'morning', 'ferry', 'lantern', 'granite', 'market', 'orchard', 'weather', 'library', 'bicycle', 'meadow', 'pottery'];
const filler = (i: number, words: number): string => {
  let text = '';
  for (let w = 0; w < words; w++) text += `${w ? ' ' : ''}${FILLER[(i * 7 + w * 3) % FILLER.length]!}`;
  return text;
};

/**
 * About `nodes` DOM nodes of prose (14 per paragraph: text and inline elements), with a
 * mention in every `mentionEvery`th paragraph. Returns the page and how many mentions it has.
 */
export function manyNodesPage(nodes: number, mentionEvery = 1000): { html: string; mentions: number } {
  const paragraphs = Math.ceil(nodes / 14);
  const parts: string[] = [];
  let mentions = 0;
  for (let i = 0; i < paragraphs; i++) {
    const mention = i % mentionEvery === 0;
    if (mention) mentions++;
    // p + 4 inline elements + their 4 texts + 5 texts between = 14 nodes.
    parts.push(
      `<p>${filler(i, 3)} <b>${filler(i + 1, 2)}</b> ${mention ? MENTION_SENTENCE : filler(i + 2, 4)} <i>${filler(i + 3, 2)}</i> ${filler(i, 2)} <a href="#p${i}">${filler(i + 4, 1)}</a> ${filler(i + 5, 3)} <span>${filler(i + 6, 2)}</span>.</p>`,
    );
  }
  return { html: hostilePage({ title: `${nodes} nodes`, body: `<h1>A very long page</h1>\n<main>${parts.join('\n')}</main>` }), mentions };
}

/**
 * `depth` nested elements (built by script: HTML parsers stop nesting at a few hundred), a
 * mention at the bottom, and one at the top to hover. Half the levels are blocks, half inline.
 * They are `display: contents`: Chromium by itself (no extension) does not finish laying out
 * 3,000 nested blocks within 30 s, so boxes would measure the browser; the DOM our walker
 * descends is 10,000 deep all the same, and the text renders.
 */
export function deepNestingPage(depth: number): string {
  return hostilePage({
    title: `Nesting ${depth} deep`,
    head: '<style>#deep * { display: contents; }</style>',
    body: `<p id="top">${MENTION_SENTENCE}</p>\n<div id="deep"></div>`,
    script: `(() => {
  let at = document.getElementById('deep');
  for (let i = 0; i < ${depth}; i++) {
    const child = document.createElement(i % 2 ? 'span' : 'div');
    at.appendChild(child);
    at = child;
  }
  at.textContent = 'At the bottom: an overdose prevention centre.';
})();`,
  });
}

/** One text node of `chars` characters (made by script: parsers split long text), with a mention near its start and one at its end. */
export function hugeTextNodePage(chars: number): string {
  const head = `Start: ${MENTION_SENTENCE} `;
  const tail = ' End: a supervised injection site.';
  return hostilePage({
    title: `One ${chars}-character text node`,
    body: `<p id="top">${MENTION_SENTENCE}</p>\n<p id="huge"></p>`,
    script: `(() => {
  const words = ${JSON.stringify(FILLER)};
  const head = ${JSON.stringify(head)};
  const tail = ${JSON.stringify(tail)};
  let middle = '';
  for (let i = 0; middle.length < ${chars} - head.length - tail.length; i++) middle += words[i % words.length] + ' ';
  document.getElementById('huge').appendChild(document.createTextNode(head + middle.slice(0, ${chars} - head.length - tail.length) + tail));
})();`,
  });
}

/** `count` mentions, five to a paragraph, in the lexicon's several names. */
export function manyMentionsPage(count: number): string {
  const names = ['drug consumption room', 'supervised injection site', 'overdose prevention centre', 'safe consumption site', 'drug consumption facility'];
  const paragraphs: string[] = [];
  for (let i = 0; i < count / 5; i++) {
    paragraphs.push(`<p>${names.map((name, n) => `${filler(i + n, 2)} ${name}`).join(', ')}.</p>`);
  }
  return hostilePage({ title: `${count} mentions`, body: `<h1>Everything, everywhere</h1>\n${paragraphs.join('\n')}` });
}

/**
 * A live page that, once `__storm.start(perSecond, seconds)` is called, changes itself
 * `perSecond` times a second in every way a page can: text edits (in and around mentions),
 * paragraphs with mentions added and removed, inline elements wrapped around half a mention,
 * attributes. Resolves with the number of changes; `__storm.expected()` is how many mentions
 * the page then has.
 */
export function stormPage(): string {
  return hostilePage({
    title: 'Mutation storm',
    body: `<h1>Live blog</h1>\n<p id="lead">${MENTION_SENTENCE}</p>\n<p id="ticker">Updated 0 times</p>\n<p id="split">A supervised injection site opens.</p>\n<ul id="log"></ul>`,
    script: `(() => {
  const ticker = document.getElementById('ticker').firstChild;
  const split = document.getElementById('split');
  const log = document.getElementById('log');
  window.__storm = {
    start: (perSecond, seconds) => new Promise((done) => {
      let count = 0;
      const started = performance.now();
      const timer = setInterval(() => {
        const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
        for (; count < due; count++) {
          switch (count % 6) {
            case 0: ticker.data = 'Updated ' + count + ' times'; break;
            case 1: {
              const li = document.createElement('li');
              li.textContent = 'entry ' + count + ': a drug consumption room report';
              log.appendChild(li);
              break;
            }
            case 2: if (log.childElementCount > 30) log.firstElementChild.remove(); break;
            case 3:
              if (count % 12 === 3) split.replaceChildren('A supervised injection site opens.');
              else split.replaceChildren('A supervised ', Object.assign(document.createElement('em'), { textContent: 'injection' }), ' site opens.');
              break;
            case 4: split.setAttribute('data-n', String(count)); break;
            case 5: { const li = log.lastElementChild; if (li) li.firstChild.data = 'entry ' + count + ' (edited): a drug consumption room report'; break; }
          }
        }
        if (performance.now() - started >= seconds * 1000) {
          clearInterval(timer);
          done(count);
        }
      }, 10);
    }),
    expected: () => 2 + log.childElementCount,
  };
})();`,
  });
}

/** The Content-Security-Policy headers of the strict-CSP cases. */
export const STRICT_CSP: Readonly<Record<string, string>> = {
  'default-src': `default-src 'none'; script-src 'nonce-${PAGE_NONCE}'`,
  'style-src': `default-src 'none'; script-src 'nonce-${PAGE_NONCE}'; style-src 'none'`,
  'trusted-types': `default-src 'none'; script-src 'nonce-${PAGE_NONCE}'; style-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'`,
};

/**
 * A page with two mentions for the strict-CSP cases, and a canary: an inline style without
 * the nonce that colours #canary rgb(1, 2, 3), which the policy must block.
 */
export const CSP_CANARY_CSS = '#canary { color: rgb(1, 2, 3); }';

export function cspPage(title: string): string {
  return hostilePage({
    title,
    head: `<style>${CSP_CANARY_CSS}</style>`,
    body: `<h1 id="canary">${title}</h1>\n<p id="first">${MENTION_SENTENCE}</p>\n<p id="second">A supervised injection site opened in Vancouver in 2003.</p>`,
  });
}

/** A page that removes every <claimlens-card> it finds when asked (`__removeCard()`), as a page "cleaning up" unknown elements would. */
export function cardRemovingPage(): string {
  return hostilePage({
    title: 'Removes the card',
    body: `<h1>Removes the card</h1>\n<p id="first">${MENTION_SENTENCE}</p>\n<p id="second">A supervised injection site opened in Vancouver in 2003.</p>`,
    script: `window.__removed = 0;
window.__removeCard = () => { for (const card of document.querySelectorAll('claimlens-card')) { card.remove(); window.__removed++; } return window.__removed; };`,
  });
}

/** A page whose <base> points at another origin and path, so every relative URL resolves elsewhere. */
export function basePage(elsewhere: string): string {
  return hostilePage({
    title: 'Base elsewhere',
    head: `<base href="${elsewhere}/nowhere/at/all/">`,
    body: `<h1>Base elsewhere</h1>\n<p id="first">${MENTION_SENTENCE} <a href="relative.html">a relative link</a></p>\n<p>A supervised injection site, <a href="../elsewhere.html#x">and another relative link</a>.</p>`,
  });
}

/**
 * One level of the nested frames: a mention and, unless it is the last level, a frame with the
 * next level (`next`, an absolute URL, usually on the other origin).
 */
export function framePage(level: number, next: string | null): string {
  return hostilePage({
    title: `Frame level ${level}`,
    body: `<p id="first">Level ${level}: ${MENTION_SENTENCE}</p>${next ? `\n<iframe src="${next}" title="level ${level + 1}" style="width: 90%; height: 480px"></iframe>` : ''}`,
  });
}

/**
 * Right-to-left and bidirectional text, bidi controls, emoji and combining marks around and
 * inside mentions, with exactly what each paragraph must highlight (the raw characters, marks
 * included: a range never cuts a character from its marks or a surrogate pair in two).
 */
export const BIDI_CASES: readonly { html: string; dir?: 'rtl' | 'ltr'; expect: string[] }[] = [
  { dir: 'rtl', html: 'قالت الحكومة إن drug consumption room سيفتح قريبا في المدينة.', expect: ['drug consumption room'] },
  { dir: 'rtl', html: 'המועצה תומכת ב-supervised injection site ליד התחנה.', expect: ['supervised injection site'] },
  { html: 'Mixed \u200fעברית\u200f then a drug consumption room then العربية again.', expect: ['drug consumption room'] },
  { html: 'Isolated: <bdi>مرحبا</bdi> an <bdo dir="rtl">overdose</bdo> prevention centre <bdi dir="rtl">שלום</bdi>.', expect: ['overdose prevention centre'] },
  {
    dir: 'rtl',
    html: 'סימנים: drug\u200e consumption\u200e room\u200e ו-\u2067supervised injection site\u2069.',
    expect: ['drug\u200e consumption\u200e room', 'supervised injection site'],
  },
  {
    html: 'Emoji 💉🏥 drug consumption room 👩🏽\u200d⚕️ and 🏳️\u200d🌈 a supervised injection site 🚑.',
    expect: ['drug consumption room', 'supervised injection site'],
  },
  { html: 'Tight: 💉drug consumption room💉 and 🏳️\u200d🌈overdose prevention centre🚑.', expect: ['drug consumption room', 'overdose prevention centre'] },
  // An emoji inside splits the phrase: what is left is the (ambiguous, here topical) short name.
  { html: 'Emoji inside: a drug 💊 consumption room splits it; a drug consumption room does not.', expect: ['consumption room', 'drug consumption room'] },
  {
    html: 'Combining marks: une salle de consommation a\u0300 moindre risque, and Drogenkonsumra\u0308ume.',
    expect: ['salle de consommation a\u0300 moindre risque', 'Drogenkonsumra\u0308ume'],
  },
  {
    html: 'Marks inside: drug consumption roo\u0301ms; a mark on the last letter: drug consumption room\u0301 here.',
    expect: ['drug consumption roo\u0301ms', 'drug consumption room\u0301'],
  },
];

export function bidiPage(): string {
  const body = BIDI_CASES.map((c, i) => `<p id="bidi-${i}"${c.dir ? ` dir="${c.dir}"` : ''}>${c.html}</p>`).join('\n');
  return hostilePage({ title: 'Bidirectional text', body: `<h1>Bidirectional text, emoji and combining marks</h1>\n${body}` });
}

/** Page CSS that goes after the card (and everything else) as hard as CSS can. */
export const CARD_ATTACKS: Readonly<Record<string, string>> = {
  'hidden host': 'claimlens-card { display: none !important; visibility: hidden !important; opacity: 0 !important; }',
  'popover rules': ':popover-open, [popover] { display: none !important; transform: scale(0) !important; clip-path: inset(50%) !important; }',
  backdrop: '::backdrop { background: red !important; backdrop-filter: blur(20px) !important; }',
  'all unset': '* { all: unset !important; } head, script, style { display: none !important; } html, body, p, h1 { display: block !important; }',
  'giant fonts': 'html { font-size: 120px !important; } * { font-size: 90px !important; line-height: 3 !important; letter-spacing: 1em !important; }',
  zoom: 'html { zoom: 3; }',
  transform: 'html { transform: rotate(180deg) scale(0.5); filter: invert(1) blur(2px); }',
  'host selectors':
    'html > :not(head, body), html > :not(head, body) * { position: absolute !important; left: -99999px !important; width: 0 !important; height: 0 !important; overflow: hidden !important; }',
};

export function hostileCssPage(css: string): string {
  return hostilePage({
    title: 'Hostile CSS',
    head: `<style nonce="${PAGE_NONCE}">${css}</style>`,
    body: `<h1>Hostile CSS</h1>\n<p id="first">${MENTION_SENTENCE}</p>`,
  });
}
