import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error';
import { serializeEvidenceFile } from '../../../src/data/evidence-file';
import { clearEvidenceStore, EvidenceStoreError, openEvidenceStore, type EvidenceStore } from '../../../src/platform/evidence-store';
import { evidenceFileOf, harbourArticle, renameIds } from '../../support/reader-evidence';

let name = 0;
const opened: EvidenceStore[] = [];
async function freshStore(): Promise<{ store: EvidenceStore; dbName: string }> {
  const dbName = `evidence-test-${++name}`;
  const store = await openEvidenceStore(dbName);
  opened.push(store);
  return { store, dbName };
}

// Kept to call with the store as `this`, and to put back after each test.
// eslint-disable-next-line @typescript-eslint/unbound-method -- restored onto the prototype, never called unbound
const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  for (const store of opened.splice(0)) store.close();
});

/** A disk that fills up after `room` more writes, as a browser over its quota does. */
function diskFullAfter(room: number): void {
  let left = room;
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
}

describe('the reader’s evidence store', () => {
  it('keeps saved articles across closing and reopening, as after a browser restart', async () => {
    const { store, dbName } = await freshStore();
    await store.save(await harbourArticle());
    store.close();
    const reopened = await openEvidenceStore(dbName);
    opened.push(reopened);
    const { articles, unreadable } = await reopened.list();
    expect(articles.map((a) => a.id)).toEqual(['harbour-street']);
    expect(unreadable).toEqual([]);
  });

  it('exports, deletes, imports, and has the same articles back', async () => {
    const { store } = await freshStore();
    await store.save(await harbourArticle('harbour-street'));
    await store.save(await harbourArticle('harbour-street-2').then((a) => renameIds(a, '-2')));
    const file = await store.exportFile();
    await store.remove('harbour-street');
    await store.remove('harbour-street-2');
    expect((await store.list()).articles).toEqual([]);
    await store.importFile('export.json', file);
    const back = (await store.list()).articles;
    expect(back.map((a) => a.id)).toEqual(['harbour-street', 'harbour-street-2']);
    expect(serializeEvidenceFile(back)).toBe(file);
  });

  it('imports nothing from a broken file and keeps what was saved', async () => {
    const { store } = await freshStore();
    await store.save(await harbourArticle());
    const other = renameIds(await harbourArticle('other'), '-other');
    const cut = evidenceFileOf([other]).slice(0, 500);
    await expect(store.importFile('cut.json', cut)).rejects.toBeInstanceOf(DatasetError);
    expect((await store.list()).articles.map((a) => a.id)).toEqual(['harbour-street']);
  });

  it('refuses to import over an article already saved, naming it', async () => {
    const { store } = await freshStore();
    await store.save(await harbourArticle());
    const error = await store.importFile('again.json', evidenceFileOf([await harbourArticle()])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      { file: 'again.json', entry: 'articles "harbour-street"', reason: 'is already in your evidence: delete it first to replace it' },
    ]);
  });

  it('refuses to save an article whose quote is not in its text', async () => {
    const { store } = await freshStore();
    const article = await harbourArticle();
    article.annotations.evidence[1]!.text = 'Words nobody wrote';
    await expect(store.save(article)).rejects.toThrow(/"Words nobody wrote" is not in the article/);
    expect((await store.list()).articles).toEqual([]);
  });

  it('says the disk is full, and loses nothing already saved nor writes half an import', async () => {
    const { store } = await freshStore();
    await store.save(await harbourArticle());
    diskFullAfter(1);
    const file = evidenceFileOf([renameIds(await harbourArticle('a'), '-a'), renameIds(await harbourArticle('b'), '-b')]);
    const error = await store.importFile('two.json', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceStoreError);
    expect((error as EvidenceStoreError).kind).toBe('quota');
    expect((error as Error).message).toMatch(/no more room.*Nothing already saved was lost/);
    IDBObjectStore.prototype.put = realPut;
    expect((await store.list()).articles.map((a) => a.id)).toEqual(['harbour-street']);
  });

  it('reports a record that no longer reads as an article, and keeps it on disk', async () => {
    const { store, dbName } = await freshStore();
    await store.save(await harbourArticle());
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ id: 'damaged', text: 42 });
      tx.oncomplete = () => resolve();
    });
    raw.close();
    const { articles, unreadable } = await store.list();
    expect(articles.map((a) => a.id)).toEqual(['harbour-street']);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.reason).toMatch(/text/);
  });

  it('keeps the articles of a database from the first version when it migrates it, and adds the choices', async () => {
    const dbName = `evidence-test-${++name}`;
    const article = await harbourArticle();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'id' }).put(article);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const store = await openEvidenceStore(dbName);
    opened.push(store);
    // Read back through the schema (which fills its defaults), the same text and annotations.
    const [read] = (await store.list()).articles;
    expect(read!.text).toBe(article.text);
    expect(read!.annotations.evidence.map((item) => item.id)).toEqual(article.annotations.evidence.map((item) => item.id));
    expect(await store.choices()).toEqual({ switchedOff: [], merges: [] });
  });

  it('keeps the reader’s choices, and deleting an article deletes the choices that name it', async () => {
    const { store, dbName } = await freshStore();
    await store.save(await harbourArticle('harbour-street'));
    await store.setSwitchedOff('harbour-street', true);
    await store.setMerge('mine:harbour-street:councillor', 'mine:other:councillor');
    await store.setMerge('mine:other:mayor', 'mayor');
    store.close();
    const reopened = await openEvidenceStore(dbName);
    opened.push(reopened);
    expect(await reopened.choices()).toEqual({
      switchedOff: ['harbour-street'],
      merges: [
        { from: 'mine:harbour-street:councillor', into: 'mine:other:councillor' },
        { from: 'mine:other:mayor', into: 'mayor' },
      ],
    });
    await reopened.setSwitchedOff('harbour-street', false);
    expect((await reopened.choices()).switchedOff).toEqual([]);
    await reopened.setSwitchedOff('harbour-street', true);
    await reopened.remove('harbour-street');
    expect(await reopened.choices()).toEqual({ switchedOff: [], merges: [{ from: 'mine:other:mayor', into: 'mayor' }] });
  });

  it('clearing the reader’s evidence deletes only the reader’s database', async () => {
    const { store, dbName } = await freshStore();
    await store.save(await harbourArticle());
    store.close();
    await clearEvidenceStore(dbName);
    const reopened = await openEvidenceStore(dbName);
    opened.push(reopened);
    expect((await reopened.list()).articles).toEqual([]);
  });
});
