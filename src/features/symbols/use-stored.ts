import { useCallback, useEffect, useRef, useState } from 'react';
import { useEngines } from '../../shared/engines-context';

/**
 * One value kept on the device under `key`, restored on mount and saved on
 * every change. Small on purpose: the shared revisioned persistence hook
 * was not in the tree when this tool was built. A save that fails is
 * reported (`saveFailed`) so the page can say so; nothing is lost from the
 * screen.
 */
export function useStored<T>(key: string, parse: (raw: unknown) => T, initial: T) {
  const { storage } = useEngines();
  const [value, setValue] = useState<T>(initial);
  const [saveFailed, setSaveFailed] = useState(false);
  const touched = useRef(false);
  const parseRef = useRef(parse);

  useEffect(() => {
    let live = true;
    storage
      .getItem(key)
      .catch(() => null)
      .then((raw) => {
        // Restore before save: a change made while loading wins over the saved value.
        if (!live || raw === null || touched.current) return;
        try {
          setValue(parseRef.current(JSON.parse(raw)));
        } catch {
          // A damaged record is ignored: the defaults are a safe start.
        }
      });
    return () => {
      live = false;
    };
  }, [storage, key]);

  const change = useCallback(
    (next: T | ((current: T) => T)) => {
      touched.current = true;
      setValue((current) => {
        const value = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        storage.setItem(key, JSON.stringify(value)).then(
          () => setSaveFailed(false),
          () => setSaveFailed(true),
        );
        return value;
      });
    },
    [storage, key],
  );

  return [value, change, saveFailed] as const;
}
