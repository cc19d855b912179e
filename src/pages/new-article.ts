/**
 * A reader's new article as Claimlens stores it: the stored text, its sha256, an id made from
 * that hash (the same text is the same article), and the source facts only as stated — the
 * outlet only where the text itself names it, as the builder requires. No annotations yet.
 */
import type { ReaderArticle } from '../data/evidence-file';
import { sha256Hex } from '../data/sha256';
import type { ExtractedArticle } from './extract-article';

export async function newReaderArticle({ text, title, siteName, date, url }: ExtractedArticle): Promise<ReaderArticle> {
  const sha256 = await sha256Hex(new TextEncoder().encode(text));
  const outlet = siteName !== null && text.includes(siteName) ? siteName : null;
  return {
    id: `reader_${sha256.slice(0, 16)}`,
    text,
    sha256,
    annotations: {
      source: { outlet, outletNote: outlet ? 'Named by the page as its site, and in the article’s text.' : null, date, url, title },
      stakeholders: [],
      evidence: [],
      notQuotations: [],
    },
  };
}
