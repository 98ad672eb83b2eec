/**
 * Key-value storage for the app's own data (settings, progress, what a person
 * typed). Values are strings; the store's persistence layer (src/store/sync/)
 * wraps each in a revisioned record.
 */
export interface StorageEngine {
  /** False when the browser refused durable storage and data lasts only until the tab closes. */
  readonly durable: boolean;
  getItem(key: string): Promise<string | null>;
  /** Rejects with the browser's error (QuotaExceededError on a full disk); see storageFailure(). */
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** Deletes everything the app has stored. */
  clear(): Promise<void>;
  /** How much this site uses and may use, in bytes; null where the browser does not say. */
  estimate(): Promise<StorageEstimateBytes | null>;
  /** Asks the browser not to evict this site's data under pressure; true when granted. */
  requestPersistence(): Promise<boolean>;
  /** True when the browser already promised not to evict this site's data. */
  persisted(): Promise<boolean>;
  /**
   * A small store written at once, that outlives the page (localStorage), for
   * what is still unsaved when the page is left: an IndexedDB write begun as
   * the page goes may never finish. clear() empties it too.
   */
  readonly journal: StorageJournal;
  /**
   * Calls `listener` when the page is hidden or left (pagehide, or the tab
   * hidden): the last moment to keep what is not yet saved.
   */
  onLeave(listener: () => void): () => void;
}

/** Whole encoded values by key, written synchronously. */
export interface StorageJournal {
  /** False when the browser refused (no room, storage blocked): nothing was kept. */
  write(key: string, value: string): boolean;
  entries(): [string, string][];
  remove(key: string): void;
  /** Removes every entry. */
  clear(): void;
}

export interface StorageEstimateBytes {
  usage: number;
  quota: number;
}

/** Why a write failed, in the two ways a person can act on. */
export type StorageFailureKind = 'quota' | 'unavailable';

/** A write the browser refused; `kind` says whether space ran out or storage is blocked. */
export class StorageWriteError extends Error {
  readonly kind: StorageFailureKind;
  readonly key: string;
  constructor(kind: StorageFailureKind, key: string, cause?: unknown) {
    super(
      kind === 'quota'
        ? `The browser has no room left to save "${key}".`
        : `The browser would not let the app save "${key}".`,
    );
    this.name = 'StorageWriteError';
    this.kind = kind;
    this.key = key;
    if (cause !== undefined) this.cause = cause;
  }
}

/** Sorts a rejected write into "full" or "blocked" (private mode, policy, a closed database). */
export function storageFailure(error: unknown, key: string): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const quota =
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (error as { code?: unknown } | null)?.code === 22;
  return new StorageWriteError(quota ? 'quota' : 'unavailable', key, error);
}
