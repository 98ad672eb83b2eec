import { useCallback } from 'react';
import { usePersistedState } from '../../shared/use-persisted-state';

/**
 * One value kept on this device under `key`, through the app's one
 * persistence path (read before written, writes coalesced, failures shown in
 * the storage alert, kept in step across tabs, cleared by "Clear my data").
 * `read` makes a valid value from anything saved, or the default from undefined.
 */
export function useSaved<T>(key: string, label: string, read: (saved: unknown) => T) {
  const state = usePersistedState({ key, label, parse: read });
  const { update: save } = state;
  const update = useCallback(
    (change: T | ((current: T) => T)) => {
      void save(change);
    },
    [save],
  );
  return { value: state.value, update, loaded: state.restored };
}
