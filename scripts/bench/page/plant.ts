/**
 * Puts mentions of the topic into a page's own prose, so every method has matches to find
 * and wrap. A third of them are split across an inline element (`drug <em>consumption</em>
 * rooms`, a link around the last word, half a compound in `<b>`), a third are capitalised.
 * Deterministic: the same page and forms always get the same mentions in the same places.
 */

/** Where mentions may go: prose containers outside anything a text model skips. */
const HOSTS = 'p, li, td, dd, blockquote, figcaption';
const NOT_PROSE = 'script, style, noscript, template, textarea, select, option, button, svg, math, [contenteditable]';
const SPLITTERS = ['em', 'a', 'strong', 'span', 'b'] as const;

export type MentionShape = 'plain' | 'capitalised' | 'split';

/** The shape the `index`-th planted mention takes. */
export function mentionShape(index: number): MentionShape {
  return (['plain', 'capitalised', 'split'] as const)[index % 3]!;
}

function titleCase(form: string): string {
  return form.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The form as nodes: text, or text with part of it inside an inline element. */
function mentionNodes(document: Document, form: string, index: number): Node[] {
  const shape = mentionShape(index);
  if (shape !== 'split') return [document.createTextNode(shape === 'capitalised' ? titleCase(form) : form)];
  const tag = SPLITTERS[Math.floor(index / 3) % SPLITTERS.length]!;
  const words = form.split(' ');
  let before: string, inside: string, after: string;
  if (words.length === 1) {
    // No space to split at: the element cuts through the word.
    const half = Math.ceil(form.length / 2);
    [before, inside, after] = [form.slice(0, half), form.slice(half), ''];
  } else if (tag === 'a' || words.length === 2) {
    [before, inside, after] = [`${words.slice(0, -1).join(' ')} `, words.at(-1)!, ''];
  } else {
    [before, inside, after] = [`${words[0]!} `, words.slice(1, -1).join(' '), ` ${words.at(-1)!}`];
  }
  const element = document.createElement(tag);
  if (tag === 'a') element.setAttribute('href', '#planted');
  element.textContent = inside;
  return [document.createTextNode(before), element, ...(after ? [document.createTextNode(after)] : [])].filter((node) => node.textContent !== '');
}

/** Appends a sentence holding the `index`-th mention (a variant of `form`) to `host`. */
export function appendMention(host: Element, form: string, index: number): void {
  const document = host.ownerDocument;
  host.append(document.createTextNode(' Plans for the '), ...mentionNodes(document, form, index), document.createTextNode(' were discussed again.'));
}

export interface PlantOptions {
  /** The forms to plant, used in turn. */
  forms: readonly string[];
  /** One mention per this many characters of the page's text. */
  charsPerMention?: number;
  min?: number;
  max?: number;
}

export interface PlantSummary {
  planted: number;
  split: number;
}

/** How many mentions a page with `textChars` characters of text gets. */
export function mentionCount(textChars: number, { charsPerMention = 2_000, min = 3, max = 50 }: Omit<PlantOptions, 'forms'> = {}): number {
  return Math.min(max, Math.max(min, Math.round(textChars / charsPerMention)));
}

/** Plants mentions evenly through the prose under `root`. */
export function plantMentions(root: Element, options: PlantOptions): PlantSummary {
  if (options.forms.length === 0) throw new Error('plantMentions: no forms to plant');
  const count = mentionCount(root.textContent.length, options);
  let hosts = [...root.querySelectorAll(HOSTS)].filter((host) => !host.closest(NOT_PROSE));
  if (hosts.length === 0) {
    // A page without prose containers still gets its mentions, in one paragraph at the end.
    const paragraph = root.ownerDocument.createElement('p');
    root.append(paragraph);
    hosts = [paragraph];
  }
  let split = 0;
  for (let index = 0; index < count; index++) {
    const host = hosts[Math.floor((index * hosts.length) / count)]!;
    appendMention(host, options.forms[index % options.forms.length]!, index);
    if (mentionShape(index) === 'split') split++;
  }
  return { planted: count, split };
}
