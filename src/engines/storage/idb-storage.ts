import { clear, createStore, del, get, keys, set } from 'idb-keyval';
import { withTimeout } from '../with-timeout';
import { createMemoryStorage } from './memory-storage';
import { type StorageEngine, storageFailure } from './storage-engine';

export const DATABASE_NAME = 'at-practice-sandbox';
const STORE_NAME = 'keyval';

/** Some browsers never settle IndexedDB requests (old Firefox private windows); do not wait forever. */
const OPEN_TIMEOUT_MS = 3000;

/** navigator.storage, where the browser has it (not in every WebView, nor on plain http). */
function storageManagerParts(manager: StorageManager | undefined) {
  return {
    estimate: async () => {
      if (!manager?.estimate) return null;
      try {
        const { usage, quota } = await manager.estimate();
        return usage === undefined || quota === undefined ? null : { usage, quota };
      } catch {
        return null;
      }
    },
    requestPersistence: async () => {
      try {
        return (await manager?.persist?.()) ?? false;
      } catch {
        return false;
      }
    },
    persisted: async () => {
      try {
        return (await manager?.persisted?.()) ?? false;
      } catch {
        return false;
      }
    },
  };
}

/**
 * IndexedDB through idb-keyval, after a probe write; memory (not durable) if
 * the browser refuses. A full disk is not a refusal: what was saved can still
 * be read, and each failed write is reported where it happens.
 */
export async function openIdbStorage(
  indexedDb: IDBFactory | undefined,
  manager?: StorageManager,
): Promise<StorageEngine> {
  if (!indexedDb) return createMemoryStorage({}, false);
  try {
    const store = createStore(DATABASE_NAME, STORE_NAME);
    try {
      await withTimeout(
        set('__probe__', '1', store),
        OPEN_TIMEOUT_MS,
        () => new Error('IndexedDB did not answer'),
      );
      await del('__probe__', store);
    } catch (error) {
      if (storageFailure(error, '__probe__').kind !== 'quota') throw error;
    }
    return {
      durable: true,
      getItem: async (key) => (await get<string>(key, store)) ?? null,
      setItem: async (key, value) => {
        try {
          await set(key, value, store);
        } catch (error) {
          throw storageFailure(error, key);
        }
      },
      removeItem: (key) => del(key, store),
      keys: async () => (await keys(store)).map(String),
      clear: () => clear(store),
      ...storageManagerParts(manager),
    };
  } catch {
    return createMemoryStorage({}, false);
  }
}
