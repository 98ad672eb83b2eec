import { useCallback, useEffect, useRef, useState } from 'react';
import { useEngines } from '../../shared/engines-context';

/**
 * One value kept on this device under `key` (JSON), restored before it is
 * ever saved, so an empty start never overwrites what was kept. Writes are
 * coalesced: one in flight, then the latest value, so a fast stream of
 * caption lines costs a few writes, not one each.
 */
export function useSaved<T>(key: string, read: (raw: unknown) => T, initial: T) {
  const { storage } = useEngines();
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const touched = useRef(false);
  const pending = useRef<{ value: T } | null>(null);
  const writing = useRef(false);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    let live = true;
    storage.getItem(key).then(
      (raw) => {
        if (!live) return;
        if (raw && !touched.current) {
          try {
            setValue(readRef.current(JSON.parse(raw)));
          } catch {
            // A damaged record: keep the start value.
          }
        }
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [storage, key]);

  const flush = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    while (pending.current) {
      const { value: next } = pending.current;
      pending.current = null;
      try {
        await storage.setItem(key, JSON.stringify(next));
        setFailed(false);
      } catch {
        setFailed(true);
      }
    }
    writing.current = false;
  }, [storage, key]);

  const update = useCallback(
    (change: T | ((current: T) => T)) => {
      touched.current = true;
      setValue((current) => {
        const next = typeof change === 'function' ? (change as (c: T) => T)(current) : change;
        pending.current = { value: next };
        queueMicrotask(() => void flush());
        return next;
      });
    },
    [flush],
  );

  return { value, update, loaded, failed };
}
