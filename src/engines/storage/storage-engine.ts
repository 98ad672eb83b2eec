/**
 * Key-value storage for the app's own data (settings, progress, what a person
 * typed). Shaped like Zustand's `StateStorage` so `persist` can use it as is.
 */
export interface StorageEngine {
  /** False when the browser refused durable storage and data lasts only until the tab closes. */
  readonly durable: boolean;
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** Deletes everything the app has stored. */
  clear(): Promise<void>;
}
