import { createBrowserFiles, createRecordingFiles, type FilesEngine } from './files/files-engine';
import { openIdbStorage } from './storage/idb-storage';
import { createMemoryStorage } from './storage/memory-storage';
import type { StorageEngine } from './storage/storage-engine';

/** Every engine the app uses, created once by this factory and handed down. */
export interface Engines {
  storage: StorageEngine;
  files: FilesEngine;
  /** The clock, so tests can control time. */
  now(): number;
}

export async function createBrowserEngines(win: Window = window): Promise<Engines> {
  return {
    storage: await openIdbStorage(win.indexedDB),
    files: createBrowserFiles(win),
    now: () => Date.now(),
  };
}

/** Deterministic engines for tests and demos; override any of them. */
export function createFakeEngines(overrides: Partial<Engines> = {}): Engines {
  return {
    storage: createMemoryStorage(),
    files: createRecordingFiles(),
    now: () => Date.now(),
    ...overrides,
  };
}
