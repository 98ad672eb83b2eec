import { clear, createStore, del, get, keys, set } from 'idb-keyval';
import { withTimeout } from '../with-timeout';
import { createMemoryStorage } from './memory-storage';
import { type StorageEngine, type StorageJournal, storageFailure } from './storage-engine';

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

/** What the page offers for its last moments: localStorage, and the events of being left. */
export interface PageParts {
  /** Undefined where the browser refuses it (reading `localStorage` can throw). */
  localStorage: Storage | undefined;
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

const JOURNAL_PREFIX = 'at-practice-sandbox:journal:';

/** The journal in localStorage, each key under one prefix; a refused write keeps nothing. */
export function localStorageJournal(local: Storage | undefined): StorageJournal {
  const journal: StorageJournal = {
    write(key, value) {
      try {
        local?.setItem(JOURNAL_PREFIX + key, value);
        return Boolean(local);
      } catch {
        return false;
      }
    },
    entries() {
      const out: [string, string][] = [];
      try {
        for (let i = 0; local && i < local.length; i += 1) {
          const name = local.key(i);
          const value = name?.startsWith(JOURNAL_PREFIX) ? local.getItem(name) : null;
          if (name && value !== null) out.push([name.slice(JOURNAL_PREFIX.length), value]);
        }
      } catch {
        // Unreadable: nothing to replay.
      }
      return out;
    },
    remove(key) {
      try {
        local?.removeItem(JOURNAL_PREFIX + key);
      } catch {
        // Nothing more to do: a stale entry is older than what is saved, and ignored.
      }
    },
    clear() {
      for (const [key] of journal.entries()) journal.remove(key);
    },
  };
  return journal;
}

/** pagehide, and the tab being hidden (on phones often the last event a page gets). */
function leaveEvents(page: PageParts | undefined) {
  return (listener: () => void) => {
    if (!page) return () => {};
    const onHidden = () => {
      if (page.document.visibilityState === 'hidden') listener();
    };
    page.window.addEventListener('pagehide', listener);
    page.document.addEventListener('visibilitychange', onHidden);
    return () => {
      page.window.removeEventListener('pagehide', listener);
      page.document.removeEventListener('visibilitychange', onHidden);
    };
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
  page?: PageParts,
): Promise<StorageEngine> {
  if (!indexedDb) return createMemoryStorage({}, false);
  const journal = localStorageJournal(page?.localStorage);
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
      clear: async () => {
        await clear(store);
        journal.clear();
      },
      journal,
      onLeave: leaveEvents(page),
      ...storageManagerParts(manager),
    };
  } catch {
    return createMemoryStorage({}, false);
  }
}
