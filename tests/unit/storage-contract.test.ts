import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIdbStorage } from '../../src/engines/storage/idb-storage';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import {
  type StorageEngine,
  StorageWriteError,
  storageFailure,
} from '../../src/engines/storage/storage-engine';

/**
 * One contract for every storage engine: the in-memory fake, and the real
 * IndexedDB engine (here on fake-indexeddb; the browser tier proves it in
 * Chromium by reloading the app).
 */
const engines: [string, () => Promise<StorageEngine>][] = [
  ['memory', async () => createMemoryStorage()],
  ['IndexedDB (idb-keyval)', () => openIdbStorage(indexedDB)],
];

describe.each(engines)('storage contract: %s', (_name, open) => {
  it('is durable', async () => {
    expect((await open()).durable).toBe(true);
  });

  it('round-trips values and reports missing keys as null', async () => {
    const storage = await open();
    await storage.clear();
    expect(await storage.getItem('missing')).toBeNull();
    await storage.setItem('text', 'Full stop. “Quotes” and émoji 🎉');
    expect(await storage.getItem('text')).toBe('Full stop. “Quotes” and émoji 🎉');
  });

  it('removes one key, lists keys, and clears everything', async () => {
    const storage = await open();
    await storage.clear();
    await storage.setItem('a', '1');
    await storage.setItem('b', '2');
    await storage.removeItem('a');
    expect(await storage.keys()).toEqual(['b']);
    await storage.clear();
    expect(await storage.keys()).toEqual([]);
  });
});

describe('IndexedDB storage when the browser refuses', () => {
  it('falls back to memory and says it is not durable', async () => {
    const storage = await openIdbStorage(undefined);
    expect(storage.durable).toBe(false);
    await storage.setItem('k', 'v');
    expect(await storage.getItem('k')).toBe('v');
  });
});

describe('storage failures are typed', () => {
  it('sorts the browser’s errors into "no room" and "blocked"', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageFailure(quota, 'k')).toMatchObject({ kind: 'quota', key: 'k' });
    expect(storageFailure(new DOMException('closed', 'InvalidStateError'), 'k').kind).toBe(
      'unavailable',
    );
    expect(storageFailure(new Error('anything else'), 'k').kind).toBe('unavailable');
  });

  it('IndexedDB on a full disk: writes reject with a quota error, what was saved still reads', async () => {
    const storage = await openIdbStorage(indexedDB);
    await storage.setItem('saved', 'before the disk filled');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    try {
      await expect(storage.setItem('new', 'x')).rejects.toBeInstanceOf(StorageWriteError);
      await expect(storage.setItem('new', 'x')).rejects.toMatchObject({ kind: 'quota' });
      // Opening on a full disk is not a refusal: the saved data is still there to read.
      const reopened = await openIdbStorage(indexedDB);
      expect(reopened.durable).toBe(true);
      expect(await reopened.getItem('saved')).toBe('before the disk filled');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('the fake fails the same way when told to', async () => {
    const storage = createMemoryStorage();
    storage.failWrites('quota');
    await expect(storage.setItem('k', 'v')).rejects.toMatchObject({ kind: 'quota' });
    storage.failWrites(null);
    await storage.setItem('k', 'v');
    expect(await storage.getItem('k')).toBe('v');
  });

  it('says how much is stored where the browser says, and asks to persist', async () => {
    const manager = {
      estimate: async () => ({ usage: 2048, quota: 1024 * 1024 }),
      persist: async () => true,
      persisted: async () => false,
    } as unknown as StorageManager;
    const storage = await openIdbStorage(indexedDB, manager);
    expect(await storage.estimate()).toEqual({ usage: 2048, quota: 1024 * 1024 });
    expect(await storage.requestPersistence()).toBe(true);
    expect(await (await openIdbStorage(indexedDB)).estimate()).toBeNull();
  });
});
