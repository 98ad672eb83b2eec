import { useCallback, useEffect, useRef, useState } from 'react';
import { useEngines } from '../../shared/engines-context';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  STORAGE_KEY,
  type VisionSettings,
} from './vision-settings';

/** The simulator's settings: restored once from storage, saved on every change. */
export function useVisionSettings() {
  const { storage } = useEngines();
  const [settings, setSettings] = useState<VisionSettings>(DEFAULT_SETTINGS);
  const [restored, setRestored] = useState(false);
  // A change made before the saved settings arrive wins over them.
  const touched = useRef(false);

  useEffect(() => {
    let cancelled = false;
    storage.getItem(STORAGE_KEY).then(
      (raw) => {
        if (cancelled) return;
        if (!touched.current) setSettings(parseSettings(raw));
        setRestored(true);
      },
      () => !cancelled && setRestored(true),
    );
    return () => {
      cancelled = true;
    };
  }, [storage]);

  const update = useCallback(
    (patch: Partial<VisionSettings>) => {
      touched.current = true;
      setSettings((current) => {
        const next = { ...current, ...patch };
        void storage.setItem(STORAGE_KEY, JSON.stringify(next));
        return next;
      });
    },
    [storage],
  );

  return { settings, update, restored };
}
