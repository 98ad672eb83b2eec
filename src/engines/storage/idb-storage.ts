import { clear, createStore, del, get, keys, set } from 'idb-keyval';
import { withTimeout } from '../with-timeout';
import { createMemoryStorage } from './memory-storage';
import type { StorageEngine } from './storage-engine';

export const DATABASE_NAME = 'at-practice-sandbox';
const STORE_NAME = 'keyval';

/** Some browsers never settle IndexedDB requests (old Firefox private windows); do not wait forever. */
const OPEN_TIMEOUT_MS = 3000;

/** IndexedDB through idb-keyval, after a probe write; memory (not durable) if the browser refuses. */
export async function openIdbStorage(indexedDb: IDBFactory | undefined): Promise<StorageEngine> {
  if (!indexedDb) return createMemoryStorage({}, false);
  try {
    const store = createStore(DATABASE_NAME, STORE_NAME);
    await withTimeout(
      set('__probe__', '1', store),
      OPEN_TIMEOUT_MS,
      () => new Error('IndexedDB did not answer'),
    );
    await del('__probe__', store);
    return {
      durable: true,
      getItem: async (key) => (await get<string>(key, store)) ?? null,
      setItem: (key, value) => set(key, value, store),
      removeItem: (key) => del(key, store),
      keys: async () => (await keys(store)).map(String),
      clear: () => clear(store),
    };
  } catch {
    return createMemoryStorage({}, false);
  }
}
