import type { BroadcastEngine } from '../../engines/broadcast/broadcast-engine';
import {
  type StorageEngine,
  type StorageWriteError,
  storageFailure,
} from '../../engines/storage/storage-engine';
import { createFailureList, type FailureList } from './failures';
import { type MergeRecord, mergeFields } from './merge';
import {
  decodeGeneration,
  decodeRecord,
  encodeRecord,
  GENERATION_KEY,
  newGeneration,
  type StoredRecord,
} from './record-codec';

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

type Message =
  | { type: 'record'; key: string; rev: number; gen: string; state: unknown }
  | { type: 'generation'; gen: string };

const CHANNEL = 'at-practice-sandbox:records';
const STAMP_LABEL =
  'the note that your data was cleared (it is deleted; close other tabs of this app so none saves its copy again)';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byJson = (a: unknown, b: unknown) => {
  const [x, y] = [JSON.stringify(a) ?? '', JSON.stringify(b) ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

interface Slot {
  handle: PersistedRecord;
  options: RecordOptions;
  reload(): Promise<void>;
  drop(): void;
  onMessage(message: Extract<Message, { type: 'record' }>): void;
  retry(): Promise<SaveOutcome>;
}

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

  // A clear or reset in progress in this tab: saves and restores wait for it.
  let settling: Promise<void> = Promise.resolve();
  let generation: Promise<string> = storage
    .getItem(GENERATION_KEY)
    .then(decodeGeneration, () => decodeGeneration(null));

  const readCurrent = async (key: string, gen: string): Promise<StoredRecord | null> => {
    const record = decodeRecord(await storage.getItem(key));
    // A record from before the last clear is as good as deleted.
    return record && record.gen === gen ? record : null;
  };

  const askForPersistenceOnce = () => {
    if (asked) return;
    asked = true;
    void storage.persisted().then((already) => (already ? true : storage.requestPersistence()));
  };

  const adoptGeneration = async (gen: string) => {
    generation = Promise.resolve(gen);
    failures.clear();
    for (const slot of slots.values()) slot.drop();
    for (const listener of [...generationListeners]) listener();
    await Promise.all([...slots.values()].map((slot) => slot.reload()));
  };

  function openSlot(key: string, options: RecordOptions): Slot {
    const listeners = new Set<(value: unknown, origin: ChangeOrigin) => void>();
    // The last saved version this tab knows, and (after its own write) the one that write replaced.
    let base: { value: unknown; rev: number; ancestor?: unknown } | null = null;
    let local: unknown;
    let dirty = false;
    let restored = false;
    let restoring: Promise<unknown> | null = null;
    // Bumped by a clear or reset: a write started before it must not survive it.
    let epoch = 0;
    let running: Promise<unknown> = Promise.resolve();
    let queued: Promise<SaveOutcome> | null = null;

    const notify = (origin: ChangeOrigin) => {
      for (const listener of [...listeners]) listener(local, origin);
    };

    const restore = () => {
      restoring ??= (async () => {
        const started = epoch;
        let record: StoredRecord | null = null;
        await settling;
        try {
          record = await readCurrent(key, await generation);
        } catch {
          // Unreadable: start from nothing, and say nothing was restored.
        }
        if (started !== epoch) return local;
        if (record && (!base || record.rev > base.rev)) {
          const before = base;
          base = { value: record.state, rev: record.rev };
          // A save made before the saved value arrived goes on top of it, never instead of it.
          local = dirty
            ? (options.merge ?? mergeFields)(
                record.state,
                local,
                before ? before.value : options.empty,
              )
            : record.state;
        }
        restored = true;
        if (record) notify('restored');
        return local;
      })();
      return restoring;
    };

    const flush = async (): Promise<SaveOutcome> => {
      queued = null;
      await settling;
      await restore();
      if (!dirty) return { ok: true };
      const started = epoch;
      const gen = await generation;
      const snapshot = local;
      try {
        const stored = decodeGeneration(await storage.getItem(GENERATION_KEY));
        if (stored !== gen) {
          // Another tab cleared the data and this tab missed the message: drop, never write back.
          await adoptGeneration(stored);
          return { ok: true };
        }
        const current = await readCurrent(key, gen);
        let value = snapshot;
        if (current && current.rev !== (base?.rev ?? 0)) {
          value = (options.merge ?? mergeFields)(
            current.state,
            snapshot,
            base ? base.value : options.empty,
          );
        }
        const rev = Math.max(current?.rev ?? 0, base?.rev ?? 0) + 1;
        await storage.setItem(key, encodeRecord({ state: value, rev, gen }));
        const after = decodeGeneration(await storage.getItem(GENERATION_KEY));
        if (started !== epoch || after !== gen) {
          // A clear landed while this write was on its way: take it back out.
          await storage.removeItem(key);
          if (after !== gen && started === epoch) await adoptGeneration(after);
          return { ok: true };
        }
        if (!base || rev >= base.rev) base = { value, rev, ancestor: current?.state };
        if (local === snapshot) {
          local = value;
          dirty = false;
          if (value !== snapshot) notify('merged');
        }
        failures.resolve(key);
        port.post({ type: 'record', key, rev, gen, state: value } satisfies Message);
        askForPersistenceOnce();
        return { ok: true };
      } catch (problem) {
        const error = storageFailure(problem, key);
        // Still dirty: the next save, or "Try again", writes it.
        if (started === epoch) failures.add(key, options.label, error);
        return { ok: false, error };
      }
    };

    const schedule = () => {
      if (queued) return queued;
      const next = running.then(flush);
      queued = next;
      running = next;
      return next;
    };

    const handle: PersistedRecord = {
      key,
      value: () => local,
      isRestored: () => restored,
      restore,
      save(value) {
        local = value;
        dirty = true;
        return schedule();
      },
      discard() {
        // Still listed in the alert until "Try saving again": the person should know it was lost.
        local = base?.value;
        dirty = false;
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };

    return {
      handle,
      options,
      drop() {
        epoch += 1;
        base = null;
        local = undefined;
        dirty = false;
        restored = false;
        restoring = null;
        queued = null;
        running = Promise.resolve();
      },
      async reload() {
        await restore();
        notify('cleared');
      },
      onMessage(message) {
        if (base && message.rev === base.rev && !sameJson(message.state, base.value)) {
          // Two tabs wrote the same revision at once: both merge, in the same order, and save again.
          const [first, second] = [message.state, base.value].sort(byJson);
          const merge = options.merge ?? mergeFields;
          local = merge(first, dirty ? merge(second, local, base.value) : second, base.ancestor);
          dirty = true;
          notify('merged');
          void schedule();
          return;
        }
        if (base && message.rev <= base.rev) return;
        const before = base;
        base = { value: message.state, rev: message.rev };
        restored = true;
        restoring ??= Promise.resolve(message.state);
        local = dirty
          ? (options.merge ?? mergeFields)(
              message.state,
              local,
              before ? before.value : options.empty,
            )
          : message.state;
        notify(dirty ? 'merged' : 'other-tab');
        if (dirty) void schedule();
      },
      retry() {
        if (dirty) return schedule();
        failures.resolve(key);
        return Promise.resolve({ ok: true });
      },
    };
  }

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
        slot = openSlot(key, options);
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
    close: () => port.close(),
  };
}
