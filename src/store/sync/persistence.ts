import type { BroadcastEngine } from '../../engines/broadcast/broadcast-engine';
import {
  type StorageEngine,
  type StorageWriteError,
  storageFailure,
} from '../../engines/storage/storage-engine';
import { createFailureList, type FailureList } from './failures';
import type { MergeRecord } from './merge';
import {
  decodeGeneration,
  decodeRecord,
  encodeRecord,
  GENERATION_KEY,
  newGeneration,
  type StoredRecord,
} from './record-codec';
import { openSlot, type RecordMessage, type Slot, type SlotContext } from './record-slot';

export type SaveOutcome = { ok: true } | { ok: false; error: StorageWriteError };

export interface RecordOptions {
  /** What the person would call it, for the alert when it cannot be saved ("the magnifier settings"). */
  label: string;
  /** How another tab's version and this tab's become one; per-field last writer wins by default. */
  merge?: MergeRecord;
  /**
   * The value that stands for "nothing saved yet" (the defaults): what two
   * tabs that both started from nothing have in common, so a merge keeps
   * only the fields each one changed.
   */
  empty?: unknown;
  /**
   * For values that change many times a second (a long text as it is typed):
   * write once the value has been still this long (and at least every eight
   * times this while it keeps changing), not after every change. What is
   * unsaved when the page is left goes to the storage journal meanwhile.
   */
  settleMs?: number;
}

/** Why a record's value changed without this tab saving it. */
export type ChangeOrigin = 'restored' | 'other-tab' | 'merged' | 'cleared';

/** One persisted value, shared by every hook and slice of this tab that uses its key. */
export interface PersistedRecord {
  readonly key: string;
  /** The latest value this tab knows (undefined when nothing is saved, or before restore). */
  value(): unknown;
  /** True once the saved value has been read (or found absent). */
  isRestored(): boolean;
  /** Reads the saved value once; later calls return the same promise. */
  restore(): Promise<unknown>;
  /**
   * Saves a value: waits for restore first, merges with a newer version another
   * tab saved meanwhile, writes, and tells the other tabs. Never rejects: a
   * failed write resolves `{ ok: false }` and is also reported to the alert.
   * Saves in a row are coalesced: only the latest value is written.
   */
  save(value: unknown): Promise<SaveOutcome>;
  /**
   * Forgets a value whose save failed, back to the last saved one, so it is
   * never written later (a pack import that could not be saved stays out);
   * the alert keeps saying it was not saved.
   */
  discard(): void;
  /** Called when the value changes other than by this tab's save (another tab, a merge, a clear). */
  subscribe(listener: (value: unknown, origin: ChangeOrigin) => void): () => void;
}

export interface Persistence {
  record(key: string, options: RecordOptions): PersistedRecord;
  /** "Clear my data": deletes everything, starts a new generation, every tab drops its copy. */
  clearAll(): Promise<void>;
  /**
   * "Reset for the next person": a new generation in which only what `keep`
   * returns survives (undefined deletes the key); every tab reloads.
   */
  resetExcept(keep: (key: string, value: unknown) => unknown): Promise<void>;
  /** Called after a clear or reset, from this tab or another, before records reload. */
  onNewGeneration(listener: () => void): () => void;
  /** Writes that failed and are not yet saved, for the one storage alert. */
  readonly failures: FailureList;
  /** Tries every unsaved record again (after the person freed space). */
  retry(): Promise<void>;
  readonly storage: StorageEngine;
  close(): void;
}

type Message = RecordMessage | { type: 'generation'; gen: string };

const CHANNEL = 'at-practice-sandbox:records';
const STAMP_LABEL =
  'the note that your data was cleared (it is deleted; close other tabs of this app so none saves its copy again)';

/**
 * The one way the app persists: revisioned records over the storage engine,
 * kept in step with other tabs through the broadcast engine (see
 * ARCHITECTURE.md, "State"; modelled on tldraw's TLLocalSyncClient).
 */
export function createPersistence(deps: {
  storage: StorageEngine;
  broadcast: BroadcastEngine;
  now: () => number;
}): Persistence {
  const { storage } = deps;
  const port = deps.broadcast.open(CHANNEL);
  const slots = new Map<string, Slot>();
  const generationListeners = new Set<() => void>();
  const failures = createFailureList();
  let asked = false;

  let generation: Promise<string> = storage
    .getItem(GENERATION_KEY)
    .then(decodeGeneration, () => decodeGeneration(null));
  // The generation as last known, for the page-leave handler, which cannot wait.
  let knownGeneration: string | null = null;
  void generation.then((gen) => {
    knownGeneration ??= gen;
  });
  // Keys this tab put in the journal (or found there): removed once saved.
  const journalled = new Set<string>();

  const readCurrent = async (key: string, gen: string): Promise<StoredRecord | null> => {
    const record = decodeRecord(await storage.getItem(key));
    // A record from before the last clear is as good as deleted.
    return record && record.gen === gen ? record : null;
  };

  /**
   * What a page left unsaved last time (its journal), written now where it is
   * newer than what storage has; an entry from before a clear is dropped.
   * Saves and restores wait for this, as for a clear.
   */
  const replayJournal = async () => {
    const entries = storage.journal.entries();
    if (!entries.length) return;
    const gen = await generation;
    for (const [key, raw] of entries) {
      try {
        const left = decodeRecord(raw);
        const saved = await readCurrent(key, gen);
        if (left && left.gen === gen && left.rev > (saved?.rev ?? 0)) {
          await storage.setItem(key, raw);
        }
        storage.journal.remove(key);
      } catch {
        // Kept in the journal and tried again next time (a full disk may have room then).
        journalled.add(key);
      }
    }
  };
  // A clear or reset in progress in this tab: saves and restores wait for it.
  let settling: Promise<void> = replayJournal().catch(() => {});

  const keepUnsaved = () => {
    const gen = knownGeneration;
    if (gen === null) return;
    for (const [key, slot] of slots) {
      const unsaved = slot.unsaved();
      if (!unsaved) continue;
      const kept = storage.journal.write(
        key,
        encodeRecord({ state: unsaved.value, rev: unsaved.rev, gen }),
      );
      if (kept) journalled.add(key);
      slot.flushNow();
    }
  };
  const stopLeaving = storage.onLeave(keepUnsaved);

  const askForPersistenceOnce = () => {
    if (asked) return;
    asked = true;
    void storage.persisted().then((already) => (already ? true : storage.requestPersistence()));
  };

  const adoptGeneration = async (gen: string) => {
    generation = Promise.resolve(gen);
    knownGeneration = gen;
    failures.clear();
    for (const slot of slots.values()) slot.drop();
    for (const listener of [...generationListeners]) listener();
    await Promise.all([...slots.values()].map((slot) => slot.reload()));
  };

  const context: SlotContext = {
    storage,
    failures,
    generation: () => generation,
    settling: () => settling,
    adoptGeneration,
    readCurrent,
    post: (message) => port.post(message),
    saved: (key, clean) => {
      askForPersistenceOnce();
      if (clean && journalled.delete(key)) storage.journal.remove(key);
    },
  };

  port.subscribe((raw) => {
    const message = raw as Message;
    void generation.then((gen) => {
      if (message.type === 'generation') {
        if (message.gen !== gen) void adoptGeneration(message.gen);
      } else if (message.type === 'record' && message.gen === gen) {
        slots.get(message.key)?.onMessage(message);
      }
    });
  });

  const startGeneration = async (rewrite: (old: string) => Promise<void>): Promise<void> => {
    const old = await generation;
    const gen = newGeneration(deps.now());
    // Claimed at once, so no save of this tab can start in the old generation from here on.
    generation = Promise.resolve(gen);
    knownGeneration = gen;
    for (const slot of slots.values()) slot.drop();
    const work = (async () => {
      await rewrite(old);
      await storage.setItem(GENERATION_KEY, gen);
    })();
    settling = work.then(
      () => {},
      () => {},
    );
    let failed: StorageWriteError | null = null;
    try {
      await work;
    } catch (problem) {
      failed = storageFailure(problem, GENERATION_KEY);
    }
    // Every tab drops its copy even if the stamp could not be written.
    port.post({ type: 'generation', gen } satisfies Message);
    await adoptGeneration(gen);
    if (failed) failures.add(GENERATION_KEY, STAMP_LABEL, failed);
  };

  const retryStamp = async () => {
    if (!failures.snapshot().some((item) => item.key === GENERATION_KEY)) return;
    try {
      await storage.setItem(GENERATION_KEY, await generation);
      failures.resolve(GENERATION_KEY);
    } catch {
      // Still listed in the alert.
    }
  };

  return {
    storage,
    failures,
    record(key, options) {
      let slot = slots.get(key);
      if (!slot) {
        slot = openSlot(key, options, context);
        slots.set(key, slot);
      }
      return slot.handle;
    },
    clearAll: () => startGeneration(() => storage.clear()),
    resetExcept(keep) {
      return startGeneration(async (old) => {
        const gen = await generation;
        for (const key of await storage.keys()) {
          if (key === GENERATION_KEY) continue;
          const record = await readCurrent(key, old);
          const kept = record ? keep(key, record.state) : undefined;
          if (record && kept !== undefined) {
            await storage.setItem(key, encodeRecord({ state: kept, rev: record.rev + 1, gen }));
          } else {
            await storage.removeItem(key);
          }
        }
      });
    },
    onNewGeneration(listener) {
      generationListeners.add(listener);
      return () => generationListeners.delete(listener);
    },
    async retry() {
      await retryStamp();
      await Promise.all([...slots.values()].map((slot) => slot.retry()));
    },
    close: () => {
      stopLeaving();
      port.close();
    },
  };
}
