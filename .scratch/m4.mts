import lex from '../src/data/lexicon.json' with { type: 'json' };
import type { Lexicon } from '../src/data/lexicon-schema';
import { normalizePhrase } from '../src/engine/normalize';
import { PhraseMatcher } from '../src/engine/phrase-matcher';
const ps = (lex as Lexicon).terms.flatMap(x => [x.form, ...(x.variants ?? [])]).map(normalizePhrase);
console.log(ps.length, ps.reduce((a, p) => a + p.length, 0));
for (let i = 0; i < 5; i++) { const t = performance.now(); const m = new PhraseMatcher(ps); console.log('matcher', (performance.now() - t).toFixed(2), m.stateCount); }
