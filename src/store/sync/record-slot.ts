import type { StorageEngine } from '../../engines/storage/storage-engine';
import { storageFailure } from '../../engines/storage/storage-engine';
import type { FailureList } from './failures';
import { mergeFields } from './merge';
import type { ChangeOrigin, PersistedRecord, RecordOptions, SaveOutcome } from './persistence';
import {
  decodeGeneration,
  decodeRecord,
  encodeRecord,
  GENERATION_KEY,
  peekRecord,
  type StoredRecord,
} from './record-codec';

/** A record from before the last clear is as good as deleted. */
const currentOf = (record: StoredRecord | null, gen: string) =>
  record && record.gen === gen ? record : null;

export interface RecordMessage {
  type: 'record';
  key: string;
  rev: number;
  gen: string;
  state: unknown;
}

/** What a record needs from the tab's persistence: its storage, generation, channel and alert list. */
export interface SlotContext {
  storage: StorageEngine;
  failures: FailureList;
  generation(): Promise<string>;
  /** Resolves once a clear or reset started in this tab has finished. */
  settling(): Promise<void>;
  adoptGeneration(gen: string): Promise<void>;
  readCurrent(key: string, gen: string): Promise<StoredRecord | null>;
  post(message: RecordMessage): void;
  /**
   * Called after each successful write (the first asks for persistent
   * storage); `clean` when nothing newer waits, so a journal entry can go.
   */
  saved(key: string, clean: boolean): void;
}

export interface Slot {
  handle: PersistedRecord;
  reload(): Promise<void>;
  drop(): void;
  onMessage(message: RecordMessage): void;
  retry(): Promise<SaveOutcome>;
  /**
   * What this tab holds that storage may not have yet, with the revision it
   * would be written at, for the journal when the page is left; null when saved.
   */
  unsaved(): { value: unknown; rev: number } | null;
  /** Starts any write still waiting for the value to settle. */
  flushNow(): void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byJson = (a: unknown, b: unknown) => {
  const [x, y] = [JSON.stringify(a) ?? '', JSON.stringify(b) ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * One record in one tab: restore before save, coalesced writes that merge
 * with a newer revision, messages from other tabs, and dropping on a clear.
 */
export function openSlot(key: string, options: RecordOptions, tab: SlotContext): Slot {
  const { storage, failures } = tab;
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
  let writing = false;
  // With options.settleMs: saves waiting for the value to be still, and who waits on them.
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleLimit: ReturnType<typeof setTimeout> | undefined;
  let settleWaiters: ((outcome: SaveOutcome) => void)[] = [];

  const notify = (origin: ChangeOrigin) => {
    for (const listener of [...listeners]) listener(local, origin);
  };

  const restore = () => {
    restoring ??= (async () => {
      const started = epoch;
      let record: StoredRecord | null = null;
      await tab.settling();
      try {
        record = await tab.readCurrent(key, await tab.generation());
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
    await tab.settling();
    await restore();
    if (!dirty) return { ok: true };
    const started = epoch;
    const gen = await tab.generation();
    const snapshot = local;
    try {
      const stored = decodeGeneration(await storage.getItem(GENERATION_KEY));
      if (stored !== gen) {
        // Another tab cleared the data and this tab missed the message: drop, never write back.
        await tab.adoptGeneration(stored);
        return { ok: true };
      }
      const raw = await storage.getItem(key);
      const head = peekRecord(raw);
      // Unchanged since this tab last saw it (the usual case): no need to parse a long value.
      const current: StoredRecord | null =
        base && head?.gen === gen && head.rev === base.rev
          ? { state: base.value, rev: base.rev, gen }
          : currentOf(decodeRecord(raw), gen);
      let value = snapshot;
      if (current && current.rev !== (base?.rev ?? 0)) {
        value = (options.merge ?? mergeFields)(
          current.state,
          snapshot,
          base ? base.value : options.empty,
        );
      }
      const rev = Math.max(current?.rev ?? 0, base?.rev ?? 0) + 1;
      writing = true;
      try {
        await storage.setItem(key, encodeRecord({ state: value, rev, gen }));
      } finally {
        writing = false;
      }
      const after = decodeGeneration(await storage.getItem(GENERATION_KEY));
      if (started !== epoch || after !== gen) {
        // A clear landed while this write was on its way: take it back out.
        await storage.removeItem(key);
        if (after !== gen && started === epoch) await tab.adoptGeneration(after);
        return { ok: true };
      }
      if (!base || rev >= base.rev) base = { value, rev, ancestor: current?.state };
      if (local === snapshot) {
        local = value;
        dirty = false;
        if (value !== snapshot) notify('merged');
      }
      failures.resolve(key);
      tab.post({ type: 'record', key, rev, gen, state: value } satisfies RecordMessage);
      tab.saved(key, !dirty);
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

  const stopSettling = () => {
    clearTimeout(settleTimer);
    clearTimeout(settleLimit);
    settleTimer = undefined;
    settleLimit = undefined;
    const waiters = settleWaiters;
    settleWaiters = [];
    return waiters;
  };

  const writeSettled = () => {
    const waiters = stopSettling();
    void schedule().then((outcome) => {
      for (const waiter of waiters) waiter(outcome);
    });
  };

  /**
   * A value that changes many times a second (a long text being typed) is
   * written once it has been still for `settleMs`, and at least every eight
   * times that while it keeps changing; the journal covers leaving meanwhile.
   */
  const settle = (wait: number) =>
    new Promise<SaveOutcome>((resolve) => {
      settleWaiters.push(resolve);
      clearTimeout(settleTimer);
      settleTimer = setTimeout(writeSettled, wait);
      settleLimit ??= setTimeout(writeSettled, wait * 8);
    });

  const handle: PersistedRecord = {
    key,
    value: () => local,
    isRestored: () => restored,
    restore,
    save(value) {
      local = value;
      dirty = true;
      return options.settleMs ? settle(options.settleMs) : schedule();
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
    drop() {
      for (const waiter of stopSettling()) waiter({ ok: true });
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
    unsaved() {
      if (!dirty || !restored) return null;
      // A write on its way takes the next revision; what is newer than it must outrank it.
      return { value: local, rev: (base?.rev ?? 0) + (writing ? 2 : 1) };
    },
    flushNow() {
      if (settleTimer !== undefined) writeSettled();
    },
  };
}
