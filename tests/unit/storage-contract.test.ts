import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIdbStorage } from '../../src/engines/storage/idb-storage';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import type { StorageEngine } from '../../src/engines/storage/storage-engine';

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
