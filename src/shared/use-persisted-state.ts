import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePersistence } from '../store/store-context';
import type { MergeRecord } from '../store/sync/merge';
import type { PersistedRecord, SaveOutcome } from '../store/sync/persistence';

export type { SaveOutcome } from '../store/sync/persistence';

export interface PersistedStateOptions<T> {
  /** Storage key ("vision:settings"); null keeps the value in memory only (no passage chosen yet). */
  key: string | null;
  /** What the person would call it, for the alert when it cannot be saved: "the magnifier settings". */
  label: string;
  /**
   * Makes a valid value from what was saved: any JSON (values saved by older
   * versions come as they were), or undefined when nothing is saved, which
   * must give the default. Never throw: a damaged value gives the default.
   */
  parse(saved: unknown): T;
  /** How another tab's version and this one become one; default: last writer wins per field. */
  merge?: MergeRecord;
  /** Write once the value has been still this long (a long text as it is typed); see RecordOptions. */
  settleMs?: number;
}

export interface PersistedState<T> {
  value: T;
  /** False until the saved value has been read (controls may wait for it so nothing jumps). */
  restored: boolean;
  /**
   * Changes the value and saves it. A change made before the saved value
   * arrives is applied on top of it when it does (never instead of it), and
   * only a change is ever written: the default value never overwrites saved
   * data. Resolves once written; a failure is also shown in the storage alert.
   */
  update(change: T | ((current: T) => T)): Promise<SaveOutcome>;
  /** The latest value, for callbacks that must not wait for a re-render. */
  current(): T;
}

type Updater<T> = (current: T) => T;

/**
 * The one way a hook keeps a value on this device: read before written,
 * every write awaited and its failure reported, and kept in step with the
 * same value in other tabs (see ARCHITECTURE.md, "State").
 */
export function usePersistedState<T>(options: PersistedStateOptions<T>): PersistedState<T> {
  const { key, label, merge, settleMs } = options;
  const persistence = usePersistence();
  const parseRef = useRef(options.parse);
  parseRef.current = options.parse;
  const record: PersistedRecord | null = useMemo(
    () =>
      key
        ? persistence.record(key, {
            label,
            ...(merge ? { merge } : {}),
            ...(settleMs ? { settleMs } : {}),
            empty: parseRef.current(undefined),
          })
        : null,
    [persistence, key, label, merge, settleMs],
  );
  const [raw, setRaw] = useState<{ value: unknown; restored: boolean }>(() => ({
    value: record?.value(),
    restored: record ? record.isRestored() : true,
  }));
  // Without a key: the value lives here only.
  const [memory, setMemory] = useState<T | undefined>(undefined);
  // Changes made before the saved value arrived, replayed on top of it.
  const pending = useRef<Updater<T>[]>([]);
  const [early, setEarly] = useState<T | undefined>(undefined);

  const parsed = useMemo(() => parseRef.current(raw.value), [raw.value]);
  const value = !record ? (memory ?? parsed) : raw.restored ? parsed : (early ?? parsed);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    pending.current = [];
    setEarly(undefined);
    setMemory(undefined);
    if (!record) {
      setRaw({ value: undefined, restored: true });
      return;
    }
    let live = true;
    setRaw({ value: record.value(), restored: record.isRestored() });
    const stop = record.subscribe((next) => live && setRaw({ value: next, restored: true }));
    void record.restore().then(() => {
      if (!live) return;
      const queue = pending.current;
      pending.current = [];
      if (queue.length) {
        const next = queue.reduce((v, change) => change(v), parseRef.current(record.value()));
        void record.save(next);
      }
      setEarly(undefined);
      setRaw({ value: record.value(), restored: true });
    });
    return () => {
      live = false;
      stop();
    };
  }, [record]);

  const update = useCallback(
    (change: T | Updater<T>): Promise<SaveOutcome> => {
      const apply: Updater<T> =
        typeof change === 'function' ? (change as Updater<T>) : () => change;
      const next = apply(latest.current);
      latest.current = next;
      if (!record) {
        setMemory(next);
        return Promise.resolve({ ok: true });
      }
      if (!record.isRestored()) {
        pending.current.push(apply);
        setEarly(next);
        return record.restore().then(() => record.save(record.value()));
      }
      const saved = record.save(next);
      setRaw({ value: record.value(), restored: true });
      return saved;
    },
    [record],
  );

  const current = useCallback(() => latest.current, []);
  return { value, restored: raw.restored, update, current };
}

/** Adapts a parser written for the stored JSON text (parseSettings(raw)) to usePersistedState. */
export function fromJsonText<T>(parse: (json: string | null) => T): (saved: unknown) => T {
  return (saved) => parse(saved === undefined ? null : (JSON.stringify(saved) ?? null));
}
