import { useCallback } from 'react';
import { usePersistedState } from '../../shared/use-persisted-state';

/**
 * One value of the symbol board kept on this device through the app's one
 * persistence path (read before written, kept in step across tabs, a
 * failed save said out loud by the storage alert).
 */
export function useStored<T>(key: string, label: string, parse: (raw: unknown) => T) {
  const { value, update } = usePersistedState({ key, label, parse });
  const change = useCallback(
    (next: T | ((current: T) => T)) => {
      void update(next);
    },
    [update],
  );
  return [value, change] as const;
}
