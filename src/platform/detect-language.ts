/**
 * The browser's own language detector (`i18n.detectLanguage`, in content scripts of both
 * browsers: no model shipped, no request made). Asked by the engine once per story, and only
 * for a story whose ambiguous candidate has no `lang` of its own below the page's root.
 */
import { browser } from './browser';

/** A detection that has not answered by then counts as unreliable. */
const TIMEOUT_MS = 2_000;
/** The top language must cover at least this share of the text. */
const MIN_PERCENTAGE = 60;

/** The language `text` is written in (a BCP 47 tag), or null when the browser cannot tell reliably. */
export async function detectLanguage(text: string): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((done) => (timer = setTimeout(() => done(null), TIMEOUT_MS)));
  try {
    const result = await Promise.race([browser.i18n.detectLanguage(text), timeout]);
    const top = result?.isReliable ? result.languages[0] : undefined;
    return top && top.percentage >= MIN_PERCENTAGE ? top.language : null;
  } catch {
    return null; // an unknown language is judged by the page's own `lang`
  } finally {
    clearTimeout(timer);
  }
}
