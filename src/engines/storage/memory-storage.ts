import {
  type StorageEngine,
  type StorageEstimateBytes,
  type StorageFailureKind,
  type StorageJournal,
  StorageWriteError,
} from './storage-engine';

export interface MemoryStorage extends StorageEngine {
  /** Scripts a fault: every write fails this way until called with null (a full disk, a blocked store). */
  failWrites(kind: StorageFailureKind | null): void;
  /** Scripts what estimate() reports. */
  setEstimate(estimate: StorageEstimateBytes | null): void;
  /** How many times the app asked for persistent storage. */
  readonly persistenceRequests: number;
  /** Scripts the page being left (pagehide): every onLeave listener runs. */
  leave(): void;
}

/** A journal kept in a Map: pass the same Map to a second storage to script a reload. */
export function createMemoryJournal(entries = new Map<string, string>()): StorageJournal {
  return {
    write(key, value) {
      entries.set(key, value);
      return true;
    },
    entries: () => [...entries],
    remove(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}

/** In-memory storage: the fake for tests, and the fallback when IndexedDB is refused. */
export function createMemoryStorage(
  initial: Record<string, string> = {},
  durable = true,
  journal: StorageJournal = createMemoryJournal(),
): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const leaveListeners = new Set<() => void>();
  let failing: StorageFailureKind | null = null;
  let estimate: StorageEstimateBytes | null = null;
  let persisted = false;
  let persistenceRequests = 0;
  const refuse = (key: string) => {
    if (!failing) return;
    // Shaped as the browser's own errors so the app's sorting of them is tested too.
    const name = failing === 'quota' ? 'QuotaExceededError' : 'InvalidStateError';
    throw new StorageWriteError(failing, key, Object.assign(new Error(name), { name }));
  };
  return {
    durable,
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => {
      refuse(key);
      data.set(key, value);
    },
    removeItem: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
    clear: async () => {
      data.clear();
      journal.clear();
    },
    journal,
    onLeave(listener) {
      leaveListeners.add(listener);
      return () => leaveListeners.delete(listener);
    },
    leave() {
      for (const listener of [...leaveListeners]) listener();
    },
    estimate: async () => estimate,
    requestPersistence: async () => {
      persistenceRequests += 1;
      persisted = durable;
      return persisted;
    },
    persisted: async () => persisted,
    failWrites(kind) {
      failing = kind;
    },
    setEstimate(next) {
      estimate = next;
    },
    get persistenceRequests() {
      return persistenceRequests;
    },
  };
}
