import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadingPreferenceName } from '../../../domain/exercises/events';
import { useEngines } from '../../../shared/engines-context';
import { useAppStore } from '../../../store/store-context';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  type ReadingPreferences,
  STORAGE_KEY,
} from './preferences';

/**
 * Reading preferences, restored from the device's storage and saved on every
 * change; each change the person makes is reported as a practice event.
 */
export function useReadingPreferences() {
  const { storage } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const [preferences, setPreferences] = useState<ReadingPreferences>(DEFAULT_PREFERENCES);
  const [restored, setRestored] = useState(false);
  const current = useRef(preferences);

  useEffect(() => {
    let live = true;
    storage
      .getItem(STORAGE_KEY)
      .catch(() => null)
      .then((saved) => {
        if (!live) return;
        const parsed = parsePreferences(saved);
        current.current = parsed;
        setPreferences(parsed);
        setRestored(true);
      });
    return () => {
      live = false;
    };
  }, [storage]);

  const change = useCallback(
    <K extends keyof ReadingPreferences>(name: K, value: ReadingPreferences[K]) => {
      if (current.current[name] === value) return;
      const next = { ...current.current, [name]: value };
      current.current = next;
      setPreferences(next);
      void storage.setItem(STORAGE_KEY, JSON.stringify(next)).catch(() => {});
      if (value !== null) {
        emit({
          type: 'read-aloud/preference-changed',
          preference: name as ReadingPreferenceName,
          value: value as string | number,
        });
      }
    },
    [storage, emit],
  );

  return { preferences, restored, change };
}
