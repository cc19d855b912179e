/**
 * The bundled dataset with the reader's saved articles, for the extension's pages. When the
 * store cannot be read the pages show the bundled dataset and say why.
 */
import { dataset } from '../data/dataset';
import { withReaderEvidence, type ReaderView } from '../data/reader-dataset';
import { openEvidenceStore } from '../platform/evidence-store';

export async function loadReaderView(): Promise<ReaderView> {
  try {
    const store = await openEvidenceStore();
    try {
      const [{ articles }, choices] = await Promise.all([store.list(), store.choices()]);
      return await withReaderEvidence(dataset, articles, choices);
    } finally {
      store.close();
    }
  } catch (error) {
    return {
      data: dataset,
      mine: new Set(),
      sameVoice: new Map(),
      problems: [{ file: 'saved evidence', entry: '(store)', reason: error instanceof Error ? error.message : String(error) }],
    };
  }
}
