import { useCallback } from 'react';
import type { ReadingPreferenceName } from '../../../domain/exercises/events';
import { fromJsonText, usePersistedState } from '../../../shared/use-persisted-state';
import { useAppStore } from '../../../store/store-context';
import { parsePreferences, type ReadingPreferences, STORAGE_KEY } from './preferences';

const parse = fromJsonText(parsePreferences);

/**
 * Reading preferences, restored from the device's storage and saved on every
 * change; each change the person makes is reported as a practice event.
 */
export function useReadingPreferences() {
  const emit = useAppStore((state) => state.emit);
  const { value, restored, update, current } = usePersistedState({
    key: STORAGE_KEY,
    label: 'your reading preferences',
    parse,
  });

  const change = useCallback(
    <K extends keyof ReadingPreferences>(name: K, next: ReadingPreferences[K]) => {
      if (current()[name] === next) return;
      void update((latest) => ({ ...latest, [name]: next }));
      if (next !== null) {
        emit({
          type: 'read-aloud/preference-changed',
          preference: name as ReadingPreferenceName,
          value: next as string | number,
        });
      }
    },
    [current, update, emit],
  );

  return { preferences: value, restored, change };
}
