/**
 * From a page's markup to the text Claimlens stores. The markup is parsed with `DOMParser`
 * into an inert document (no scripts run, nothing loads) and Readability picks the article;
 * only its text is kept — Readability's HTML is never inserted anywhere.
 *
 * The one rule for stored text (`storedTextOf`): every block (paragraph, heading, list item,
 * quotation, cell…) and every `<br>` ends a paragraph; inside one, each run of whitespace
 * becomes a single space and the ends are trimmed; empty paragraphs are dropped; paragraphs are
 * joined by one blank line. Pasted or dropped text gets the same rule, its paragraphs being
 * what blank lines separate.
 */
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  text: string;
  /** Each only as the page states it; null when it does not. */
  title: string | null;
  /** The site's name as the page's metadata gives it (Claimlens keeps it only if the text names it). */
  siteName: string | null;
  date: string | null;
  url: string | null;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The one rule above, over a subtree. */
export function storedTextOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const end = () => {
    paragraphs.push(current);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') return end();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return;
    const block = BLOCKS.has(tag);
    if (block) end();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) end();
  };
  walk(root);
  end();
  return joinParagraphs(paragraphs);
}

/** Pasted or dropped plain text under the same rule: blank lines separate its paragraphs. */
export function storedTextOfPlain(text: string): string {
  return joinParagraphs(text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/));
}

function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const stated = (value: string | null | undefined): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
};

/** The article of a page's markup, or null when Readability finds none. */
export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Relative links resolve against the page, as Readability expects; nothing is fetched.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  if (!article?.content) return null;
  const text = storedTextOf(article.content);
  if (!text) return null;
  return {
    text,
    title: stated(article.title),
    siteName: stated(article.siteName),
    date: stated(article.publishedTime),
    url: /^https?:/.test(url) ? url : null,
  };
}
