/**
 * The reader's own evidence on disk: IndexedDB in the extension's origin (so only extension
 * pages and the background can open it), through `idb`. It holds only what the reader added;
 * the bundled dataset lives in the extension's code and is never written here, so clearing
 * this store leaves it intact. Nothing here is synced or sent anywhere.
 *
 * Every write is one transaction: a failure (the disk full, the browser refusing) aborts it
 * and leaves what was saved before exactly as it was.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { DatasetError, type Problem } from '../data/dataset-error';
import { dataset } from '../data/dataset';
import { readerArticleOf } from '../data/reader-dataset';
import { checkArticles, parseEvidenceFile, ReaderArticle, serializeEvidenceFile } from '../data/evidence-file';

export const EVIDENCE_DB_NAME = 'claimlens-reader-evidence';

/** The claims a reader's item may bear on: the bundled model's. */
const CLAIM_IDS: ReadonlySet<string> = new Set(dataset.claims.claims.map((claim) => claim.id));

/** A stakeholder the reader confirmed is the same voice as another (never merged silently). */
export interface StakeholderMerge {
  /** The stakeholder counted as `into` (its items keep the name and role their article gave). */
  from: string;
  into: string;
}

interface EvidenceDb extends DBSchema {
  articles: { key: string; value: ReaderArticle };
  /** Ids of the reader's articles switched off: kept, but not shown on cards or pages. */
  switchedOff: { key: string; value: { id: string } };
  merges: { key: string; value: StakeholderMerge };
}

/** What the reader chose about their evidence, beside the articles themselves. */
export interface EvidenceChoices {
  switchedOff: string[];
  merges: StakeholderMerge[];
}

type Db = IDBPDatabase<EvidenceDb>;

/**
 * One step per database version, run in order from the version on disk: step `i` takes a
 * database at version `i` to `i + 1`. Append steps; never edit one that has shipped.
 */
const MIGRATIONS: readonly ((db: Db) => void)[] = [
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
  },
  (db) => {
    db.createObjectStore('switchedOff', { keyPath: 'id' });
    db.createObjectStore('merges', { keyPath: 'from' });
  },
];

/** Why a read or write failed, in words a reader can act on; `kind` lets pages localise it. */
export class EvidenceStoreError extends Error {
  override readonly name = 'EvidenceStoreError';
  constructor(
    readonly kind: 'quota' | 'unavailable' | 'failed',
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

function storeError(action: string, error: unknown): EvidenceStoreError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new EvidenceStoreError(
      'quota',
      `Could not ${action}: the browser has no more room for Claimlens’s data. Nothing already saved was lost; free some disk space or delete articles you no longer need, then try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new EvidenceStoreError('failed', `Could not ${action}: the browser refused (${detail}). Nothing already saved was lost.`, { cause: error });
}

export interface StoredEvidence {
  articles: ReaderArticle[];
  /** Records on disk that no longer read as an article: kept there, reported here. */
  unreadable: Problem[];
}

export interface EvidenceStore {
  list(): Promise<StoredEvidence>;
  /** Saves (or replaces) one article after checking it by the builder's rules. */
  save(article: ReaderArticle): Promise<void>;
  /** Deletes an article, and the choices that named it. */
  remove(id: string): Promise<void>;
  choices(): Promise<EvidenceChoices>;
  /** Switches one of the reader's articles off (kept, not shown) or back on. */
  setSwitchedOff(id: string, off: boolean): Promise<void>;
  /** Records the reader's confirmation that `from` is the same voice as `into`; `into: null` undoes it. */
  setMerge(from: string, into: string | null): Promise<void>;
  /** The export file's content: every readable article. */
  exportFile(): Promise<string>;
  /**
   * Imports every article of an evidence file, or none: a broken file, an article already
   * saved, or a failed write each throw (DatasetError or EvidenceStoreError) and change nothing.
   */
  importFile(fileName: string, content: string): Promise<ReaderArticle[]>;
  close(): void;
}

export async function openEvidenceStore(name = EVIDENCE_DB_NAME): Promise<EvidenceStore> {
  let db: Db;
  try {
    db = await openDB<EvidenceDb>(name, MIGRATIONS.length, {
      upgrade(database, oldVersion) {
        for (const migrate of MIGRATIONS.slice(oldVersion)) migrate(database);
      },
      // A newer Claimlens (after an update) wants to upgrade: let it.
      blocking() {
        db.close();
      },
    });
  } catch (error) {
    throw new EvidenceStoreError(
      'unavailable',
      `Could not open your saved evidence: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      { cause: error },
    );
  }

  const putAll = async (articles: readonly ReaderArticle[], action: string): Promise<void> => {
    const tx = db.transaction('articles', 'readwrite');
    const done = tx.done;
    // Awaited below; handled here too, so an abort is not also an unhandled rejection.
    done.catch(() => undefined);
    try {
      for (const article of articles) await tx.store.put(article);
      await done;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the browser: nothing was written either way.
      }
      await done.catch(() => undefined);
      throw storeError(action, error);
    }
  };

  const store: EvidenceStore = {
    async list() {
      let records: unknown[];
      try {
        records = await db.getAll('articles');
      } catch (error) {
        throw storeError('read your saved evidence', error);
      }
      const articles: ReaderArticle[] = [];
      const unreadable: Problem[] = [];
      for (const [index, record] of records.entries()) {
        const parsed = v.safeParse(ReaderArticle, record);
        if (parsed.success) articles.push(parsed.output);
        else
          unreadable.push({
            file: 'saved evidence',
            entry: `record ${index}`,
            reason: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`).join('; '),
          });
      }
      return { articles, unreadable };
    },
    async save(article) {
      await checkArticles('article', [article], CLAIM_IDS);
      await putAll([article], `save “${article.id}”`);
    },
    async remove(id) {
      try {
        const tx = db.transaction(['articles', 'switchedOff', 'merges'], 'readwrite');
        await tx.objectStore('articles').delete(id);
        await tx.objectStore('switchedOff').delete(id);
        const merges = tx.objectStore('merges');
        for (const merge of await merges.getAll()) {
          if (readerArticleOf(merge.from) === id || readerArticleOf(merge.into) === id) await merges.delete(merge.from);
        }
        await tx.done;
      } catch (error) {
        throw storeError(`delete “${id}”`, error);
      }
    },
    async choices() {
      try {
        const [off, merges] = await Promise.all([db.getAllKeys('switchedOff'), db.getAll('merges')]);
        return { switchedOff: off, merges: merges.map(({ from, into }) => ({ from, into })) };
      } catch (error) {
        throw storeError('read your choices', error);
      }
    },
    async setSwitchedOff(id, off) {
      try {
        await (off ? db.put('switchedOff', { id }) : db.delete('switchedOff', id));
      } catch (error) {
        throw storeError(off ? `switch “${id}” off` : `switch “${id}” on`, error);
      }
    },
    async setMerge(from, into) {
      try {
        await (into ? db.put('merges', { from, into }) : db.delete('merges', from));
      } catch (error) {
        throw storeError('record the merge', error);
      }
    },
    async exportFile() {
      const { articles } = await store.list();
      return serializeEvidenceFile(articles);
    },
    async importFile(fileName, content) {
      const articles = await parseEvidenceFile(fileName, content, CLAIM_IDS);
      const saved = new Set(await db.getAllKeys('articles'));
      const clashes = articles.filter((article) => saved.has(article.id));
      if (clashes.length) {
        throw new DatasetError(
          clashes.map((article) => ({
            file: fileName,
            entry: `articles "${article.id}"`,
            reason: 'is already in your evidence: delete it first to replace it',
          })),
        );
      }
      await putAll(articles, `import ${fileName}`);
      return articles;
    },
    close() {
      db.close();
    },
  };
  return store;
}

/** Deletes every article the reader saved (the bundled dataset is not in this store). */
export async function clearEvidenceStore(name = EVIDENCE_DB_NAME): Promise<void> {
  await deleteDB(name);
}

/**
 * Asks the browser not to evict the reader's evidence under storage pressure. Returns whether
 * it is persisted; false where the browser declines or has no such API (the data still stays
 * until the browser needs the room; `unlimitedStorage` lifts the extension's quota).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('storage' in navigator) || typeof navigator.storage.persist !== 'function') return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
