import type { StorageEngine } from './storage-engine';

/** In-memory storage: the fake for tests, and the fallback when IndexedDB is refused. */
export function createMemoryStorage(
  initial: Record<string, string> = {},
  durable = true,
): StorageEngine {
  const data = new Map(Object.entries(initial));
  return {
    durable,
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => {
      data.set(key, value);
    },
    removeItem: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
    clear: async () => data.clear(),
  };
}
