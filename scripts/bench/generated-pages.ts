/**
 * Stand-ins for the real-page corpus on a fresh clone without ../shared: news-like pages from
 * a few KB to about 1.2 MB, with the markup that makes text walking hard (inline elements
 * inside prose, tables, lists, forms, inline SVG, deep nesting, hidden templates).
 */
import { fillerParagraph, fillerSentence } from './filler-text';
import { between, pick, seededRandom, type Random } from './random';

export interface BenchPageSource {
  /** Shown in reports, e.g. `guardian-1` or `generated-07`. */
  name: string;
  html: string;
}

const INLINE_TAGS = ['a', 'em', 'strong', 'span', 'b', 'i', 'code'] as const;

/** A site-relative address like real pages carry, so markup outweighs text as it does there. */
function href(random: Random): string {
  const slug = fillerSentence(random, 3, 7).toLowerCase().replace(/\W+/g, '-').replace(/-$/, '');
  return `/news/${between(random, 2015, 2025)}/${between(random, 1, 12)}/${slug}-${between(random, 1e5, 1e6)}?ref=${pick(random, ['home', 'nav', 'related'])}`;
}

function inlineProse(random: Random): string {
  return fillerParagraph(random)
    .split(' ')
    .map((word) => {
      if (random() > 0.08) return word;
      const tag = pick(random, INLINE_TAGS);
      return tag === 'a' ? `<a href="${href(random)}" class="inline-link" data-track="body">${word}</a>` : `<${tag} class="t-${tag}">${word}</${tag}>`;
    })
    .join(' ');
}

function paragraph(random: Random): string {
  return `<div class="story-body__block" data-block="${between(random, 1, 9999)}"><p class="story-body__text">${inlineProse(random)}</p></div>`;
}

function linkList(random: Random, items: number): string {
  const links = Array.from(
    { length: items },
    () => `<li class="menu__item"><a class="menu__link" href="${href(random)}">${fillerSentence(random, 1, 4)}</a></li>`,
  );
  return `<ul class="menu">${links.join('')}</ul>`;
}

function table(random: Random): string {
  const rows = Array.from(
    { length: between(random, 3, 12) },
    () => `<tr>${Array.from({ length: 4 }, () => `<td>${fillerSentence(random, 1, 5)}</td>`).join('')}</tr>`,
  );
  return `<table><thead><tr><th>Item</th><th>Area</th><th>Year</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function deepNest(random: Random, depth: number): string {
  return `${'<div>'.repeat(depth)}<p>${inlineProse(random)}</p>${'</div>'.repeat(depth)}`;
}

/** One block of an article body, picked at random. */
function section(random: Random): string {
  const parts = [`<h2 class="section__title">${fillerSentence(random, 3, 8)}</h2>`];
  for (let i = between(random, 2, 6); i > 0; i--) parts.push(paragraph(random));
  const extra = random();
  if (extra < 0.15) parts.push(table(random));
  else if (extra < 0.3) parts.push(linkList(random, between(random, 3, 8)));
  else if (extra < 0.4) parts.push(`<blockquote><p>${inlineProse(random)}</p></blockquote>`);
  else if (extra < 0.5)
    parts.push(
      `<figure><svg width="40" height="20"><text x="0" y="15">${fillerSentence(random, 1, 3)}</text></svg><figcaption>${fillerSentence(random)}</figcaption></figure>`,
    );
  else if (extra < 0.55)
    parts.push(
      `<form><label>Name <input value="${fillerSentence(random, 1, 2)}"></label><textarea>${fillerSentence(random)}</textarea><select><option>${fillerSentence(random, 1, 2)}</option></select><button>Send</button></form>`,
    );
  else if (extra < 0.6) parts.push(deepNest(random, between(random, 20, 80)));
  else if (extra < 0.65) parts.push(`<template><p>${fillerSentence(random)}</p></template><noscript><p>${fillerSentence(random)}</p></noscript>`);
  return `<section class="section" aria-label="Section">${parts.join('\n')}<aside class="related">${linkList(random, between(random, 2, 5))}</aside></section>`;
}

function generatedPage(random: Random, title: string, targetBytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font:16px/1.5 serif;max-width:60em;margin:auto}</style></head><body>`;
  const header = `<header><nav>${linkList(random, between(random, 6, 30))}</nav></header><main><article><h1>${title}</h1>`;
  const tail = `</article><aside>${linkList(random, between(random, 5, 40))}</aside></main><footer><p>${fillerSentence(random)}</p></footer></body></html>`;
  const sections: string[] = [];
  let size = head.length + header.length + tail.length;
  while (size < targetBytes) {
    const next = section(random);
    sections.push(next);
    size += next.length + 1;
  }
  return `${head}\n${header}\n${sections.join('\n')}\n${tail}\n`;
}

/**
 * `count` pages whose sizes grow geometrically from `minBytes` to `maxBytes`. Less than half
 * of their bytes is text (the corpus: 38 %), and the largest holds about as much text as the
 * corpus's most text-heavy page (500,000 characters).
 */
export function generatedPages(count = 24, minBytes = 3_000, maxBytes = 1_200_000): BenchPageSource[] {
  const random = seededRandom(count);
  const growth = count > 1 ? (maxBytes / minBytes) ** (1 / (count - 1)) : 1;
  return Array.from({ length: count }, (_, index) => {
    const name = `generated-${String(index + 1).padStart(2, '0')}`;
    return { name, html: generatedPage(random, `Generated page ${index + 1}`, Math.round(minBytes * growth ** index)) };
  });
}
