/**
 * A quote with its source, for pasting elsewhere: plain text, Markdown and CSL-JSON. Only what
 * the article gives: the speaker and role as it reported them, the outlet as it names it, and
 * a link to the item on the extension's sources page. The article's title, date and address
 * are unknown, so they are left out, never guessed.
 */
import type { CardEvidence } from '../data/card-data';
import { t } from '../platform/i18n';

export const CITATION_FORMATS = ['text', 'markdown', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export type CitableItem = Pick<CardEvidence, 'id' | 'kind' | 'text' | 'speakers' | 'outlet' | 'outletInferred' | 'date'>;

/** The item on the sources page: `…/pages/sources.html#<item-id>`. */
export function itemUrl(sourcesPageUrl: string, itemId: string): string {
  return `${sourcesPageUrl.replace(/#.*$/, '')}#${encodeURIComponent(itemId)}`;
}

/** "Alison Thewliss (MP for Glasgow Central)": each speaker with the role the article gave. */
function who(item: CitableItem): string {
  return item.speakers
    .map((s) => {
      const place = s.organisation && !s.role.includes(s.organisation) && s.organisation !== s.name ? `, ${s.organisation}` : '';
      // A body the article gives no role beyond its own name is cited by its name alone.
      return s.role === s.name && !place ? s.name : `${s.name} (${s.role}${place})`;
    })
    .join('; ');
}

/** The words, verbatim: a quote in quotation marks, a reported position as the article's. */
function words(item: CitableItem): string {
  return item.kind === 'reported-position' ? t('citeReported', item.text) : `“${item.text}”`;
}

/** The outlet as the article names it, said to be inferred where it is read from the article's words. */
function outlet(item: CitableItem): string {
  if (!item.outlet) return t('citeOutletUnknown');
  return item.outletInferred ? t('citeOutletInferred', item.outlet) : item.outlet;
}

function date(item: CitableItem): string {
  return item.date ?? t('cardUndated');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export function citation(format: CitationFormat, item: CitableItem, sourcesPageUrl: string): string {
  const url = itemUrl(sourcesPageUrl, item.id);
  if (format === 'text') return t('citeText', [words(item), who(item), outlet(item), date(item), url]);
  if (format === 'markdown') {
    return t('citeMarkdown', [escapeMarkdown(words(item)), escapeMarkdown(who(item)), escapeMarkdown(outlet(item)), date(item), url]);
  }
  // CSL-JSON: no title, issued or URL, because the article gives none; the speaker is not the author.
  const entry: Record<string, unknown> = { id: `claimlens-${item.id}`, type: 'article' };
  // An inferred outlet is no field of the record: the note says it, and that it is inferred.
  if (item.outlet && !item.outletInferred) entry['container-title'] = item.outlet;
  if (item.date) entry.issued = { raw: item.date };
  entry.note = t('citeCslNote', [who(item), words(item), url]) + (item.outlet && item.outletInferred ? ` ${t('citeCslOutletInferred', item.outlet)}` : '');
  return JSON.stringify([entry], null, 2);
}

/** Can this page copy? `navigator.clipboard` exists only in secure contexts (not on `http:` pages). */
export function canCopy(): boolean {
  return 'isSecureContext' in globalThis && isSecureContext && 'clipboard' in navigator;
}

/**
 * Writes the text on the clipboard (call it from a click: a user gesture). The async
 * Clipboard API fires no `copy` event, so the page hears nothing of it.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
