import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import { formatZoom, type MagnifierMode, stepZoom } from './magnifier-geometry';
import {
  DEFAULT_SETTINGS,
  type MagnifierSettings,
  MODE_LABELS,
  nextMode,
  parseSettings,
  SETTINGS_KEY,
} from './magnifier-settings';

export interface MagnifierControls {
  settings: MagnifierSettings;
  /** False until the settings saved on this device have been read. */
  ready: boolean;
  /**
   * Changes settings, saves them, and reports mode, zoom and colour changes as
   * practice events. `announce` is for changes made by shortcut keys: a change
   * made on the control itself is already spoken by the screen reader, so
   * announcing it again would say it twice.
   */
  update(patch: Partial<MagnifierSettings>, options?: { announce?: boolean }): void;
  zoomBy(direction: 1 | -1, options?: { announce?: boolean }): void;
  cycleMode(): void;
}

function describeChange(before: MagnifierSettings, after: MagnifierSettings): string[] {
  const parts: string[] = [];
  if (before.mode !== after.mode) parts.push(`${MODE_LABELS[after.mode]} mode`);
  if (before.zoom !== after.zoom) parts.push(`Zoom ${formatZoom(after.zoom)}`);
  if (before.invert !== after.invert) parts.push(`Invert colours ${after.invert ? 'on' : 'off'}`);
  return parts;
}

/** The magnifier's settings: restored, saved on every change, reported and announced. */
export function useMagnifier(): MagnifierControls {
  const { storage } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const [settings, setSettings] = useState<MagnifierSettings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  const current = useRef(settings);

  useEffect(() => {
    let live = true;
    storage.getItem(SETTINGS_KEY).then(
      (json) => {
        if (!live) return;
        const restored = parseSettings(json);
        current.current = restored;
        // The stage (the scene and its magnified copy) mounts now: as a transition, React
        // renders it in slices instead of one long task that would hold up input.
        startTransition(() => {
          setSettings(restored);
          setReady(true);
        });
        // So checks know the mode and zoom in use even if the person changes nothing.
        emit({
          type: 'magnifier/changed',
          mode: restored.mode,
          zoom: restored.zoom,
          invert: restored.invert,
          initial: true,
        });
      },
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
  }, [storage, emit]);

  const update = useCallback<MagnifierControls['update']>(
    (patch, options = {}) => {
      const before = current.current;
      const after = { ...before, ...patch };
      if (Object.entries(patch).every(([k, v]) => before[k as keyof MagnifierSettings] === v)) {
        return;
      }
      current.current = after;
      setSettings(after);
      storage.setItem(SETTINGS_KEY, JSON.stringify(after)).catch(() => {
        // The shell already warns when the browser refuses storage; the tool keeps working.
      });
      const changes = describeChange(before, after);
      if (changes.length === 0) return;
      emit({ type: 'magnifier/changed', mode: after.mode, zoom: after.zoom, invert: after.invert });
      if (options.announce) announce(changes.join(', '));
    },
    [storage, emit, announce],
  );

  const zoomBy = useCallback<MagnifierControls['zoomBy']>(
    (direction, options) => {
      const { zoom, increment } = current.current;
      update({ zoom: stepZoom(zoom, increment, direction) }, options);
    },
    [update],
  );

  const cycleMode = useCallback(() => {
    update({ mode: nextMode(current.current.mode) as MagnifierMode }, { announce: true });
  }, [update]);

  return { settings, ready, update, zoomBy, cycleMode };
}
