import { useCallback } from 'react';
import { fromJsonText, usePersistedState } from '../../shared/use-persisted-state';
import { parseSettings, STORAGE_KEY, type VisionSettings } from './vision-settings';

const parse = fromJsonText(parseSettings);

/** The simulator's settings: restored once, saved on every change, in step with other tabs. */
export function useVisionSettings() {
  const { value, restored, update } = usePersistedState({
    key: STORAGE_KEY,
    label: 'the vision simulator settings',
    parse,
  });
  const patch = useCallback(
    (change: Partial<VisionSettings>) => {
      // A change made before the saved settings arrive is applied on top of them.
      void update((current) => ({ ...current, ...change }));
    },
    [update],
  );
  return { settings: value, update: patch, restored };
}
