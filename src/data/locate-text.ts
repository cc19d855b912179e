/**
 * Finds the one place in an article that a curated selector (exact text, optionally with the
 * words before and after it) names. Never fuzzy: the text must stand in the article verbatim.
 */
import { lineOf } from './article-text';
import type { TextSelector } from './annotations-schema';

export type Located = { start: number; end: number } | { error: string };

export function locateText(article: string, { text, prefix = '', suffix = '' }: TextSelector): Located {
  const found = occurrences(article, prefix + text + suffix);
  if (found.length === 1) {
    const start = found[0]! + prefix.length;
    return { start, end: start + text.length };
  }
  if (found.length > 1) {
    const lines = found.map((at) => lineOf(article, at)).join(', ');
    return { error: `${describe(text, prefix, suffix)} appears ${found.length} times in the article (lines ${lines}): add a prefix or suffix that picks one` };
  }
  if ((prefix || suffix) && occurrences(article, text).length) {
    return { error: `${describe(text, prefix, suffix)} is not in the article, though the text without its prefix/suffix is` };
  }
  const typographic = occurrences(plainMarks(article), plainMarks(prefix + text + suffix)).length > 0;
  return {
    error: `${describe(text, prefix, suffix)} is not in the article${typographic ? ' (it differs only in quotation marks or apostrophes: copy them as the article has them)' : ''}`,
  };
}

/** Every start offset of `needle`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Same length as the input, so offsets stay comparable. */
function plainMarks(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

function describe(text: string, prefix: string, suffix: string): string {
  const shown = `"${clip(text)}"`;
  return prefix || suffix ? `${shown} (prefix "${prefix}", suffix "${suffix}")` : shown;
}

/** The start of a long text, enough to recognise it in a message. */
export function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
