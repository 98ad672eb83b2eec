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
/** localStorage as the Web Storage interface describes it, for the IndexedDB engine's journal. */
class WebStorage implements Storage {
  private readonly data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

/** A page to leave: pagehide on the window, visibilitychange on the document. */
function pageToLeave() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  const parts = { localStorage: new WebStorage(), window: win, document: doc };
  return {
    parts,
    leave: () => win.dispatchEvent(new Event('pagehide')),
    hide: () => {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

type Opened = { storage: StorageEngine; leave(): void; hide?(): void };

const engines: [string, () => Promise<Opened>][] = [
  [
    'memory',
    async () => {
      const storage = createMemoryStorage();
      return { storage, leave: () => storage.leave() };
    },
  ],
  [
    'IndexedDB (idb-keyval)',
    async () => {
      const page = pageToLeave();
      const storage = await openIdbStorage(indexedDB, undefined, page.parts);
      return { storage, leave: page.leave, hide: page.hide };
    },
  ],
];

describe.each(engines)('storage contract: %s', (_name, openEngine) => {
  const open = async () => (await openEngine()).storage;
  it('is durable', async () => {
    expect((await open()).durable).toBe(true);
  });

  it('keeps journal entries at once, lists and removes them; clear() empties the journal too', async () => {
    const storage = await open();
    expect(storage.journal.write('dictation:text', '{"rev":2}')).toBe(true);
    expect(storage.journal.write('reading:text', '{"rev":1}')).toBe(true);
    expect(storage.journal.entries().sort()).toEqual([
      ['dictation:text', '{"rev":2}'],
      ['reading:text', '{"rev":1}'],
    ]);
    storage.journal.remove('reading:text');
    expect(storage.journal.entries()).toEqual([['dictation:text', '{"rev":2}']]);
    await storage.clear();
    expect(storage.journal.entries()).toEqual([]);
  });

  it('tells its listeners when the page is left, until they stop listening', async () => {
    const { storage, leave, hide } = await openEngine();
    let calls = 0;
    const stop = storage.onLeave(() => {
      calls += 1;
    });
    leave();
    expect(calls).toBe(1);
    hide?.();
    expect(calls).toBe(hide ? 2 : 1);
    stop();
    leave();
    expect(calls).toBe(hide ? 2 : 1);
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
