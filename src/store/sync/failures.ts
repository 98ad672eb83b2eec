import type { StorageFailureKind, StorageWriteError } from '../../engines/storage/storage-engine';

export interface UnsavedRecord {
  key: string;
  /** What the person would call it ("your settings and progress"). */
  label: string;
  kind: StorageFailureKind;
}

/** The records whose last write failed, for one alert that lists them all. */
export interface FailureList {
  snapshot(): readonly UnsavedRecord[];
  subscribe(listener: () => void): () => void;
  add(key: string, label: string, error: StorageWriteError): void;
  resolve(key: string): void;
  clear(): void;
}

export function createFailureList(): FailureList {
  let list: readonly UnsavedRecord[] = [];
  const listeners = new Set<() => void>();
  const change = (next: readonly UnsavedRecord[]) => {
    list = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    snapshot: () => list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(key, label, error) {
      const existing = list.find((item) => item.key === key);
      if (existing?.kind === error.kind) return;
      change([...list.filter((item) => item.key !== key), { key, label, kind: error.kind }]);
    },
    resolve(key) {
      if (list.some((item) => item.key === key)) change(list.filter((item) => item.key !== key));
    },
    clear() {
      if (list.length) change([]);
    },
  };
}
