import lex from '../src/data/lexicon.json' with { type: 'json' };
import * as v from 'valibot';
import { Lexicon } from '../src/data/lexicon-schema';
import { normalizePhrase } from '../src/engine/normalize';
import { PhraseMatcher } from '../src/engine/phrase-matcher';
for (let i = 0; i < 3; i++) {
let t = performance.now(); v.safeParse(Lexicon, lex); console.log('parse', (performance.now() - t).toFixed(2));
t = performance.now(); const ps = (lex as Lexicon).terms.flatMap(x => [x.form, ...(x.variants ?? [])]).map(normalizePhrase); console.log('norm', (performance.now() - t).toFixed(2));
t = performance.now(); new PhraseMatcher(ps); console.log('matcher', (performance.now() - t).toFixed(2));
}
