import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../shared/announcer';
import { fromJsonText, usePersistedState } from '../../shared/use-persisted-state';
import { useAppStore } from '../../store/store-context';
import { formatZoom, type MagnifierMode, stepZoom } from './magnifier-geometry';
import {
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

const parse = fromJsonText(parseSettings);

/** The magnifier's settings: restored, saved on every change, reported and announced. */
export function useMagnifier(): MagnifierControls {
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const persisted = usePersistedState({
    key: SETTINGS_KEY,
    label: 'the magnifier settings',
    parse,
  });
  const { update: save, current } = persisted;
  // The stage (the scene and its magnified copy) mounts once restored: as a transition, React
  // renders it in slices instead of one long task that would hold up input.
  const [ready, setReady] = useState(false);
  const reported = useRef(false);

  useEffect(() => {
    if (!persisted.restored || reported.current) return;
    reported.current = true;
    const restored = current();
    startTransition(() => setReady(true));
    // So checks know the mode and zoom in use even if the person changes nothing.
    emit({
      type: 'magnifier/changed',
      mode: restored.mode,
      zoom: restored.zoom,
      invert: restored.invert,
      initial: true,
    });
  }, [persisted.restored, current, emit]);

  const update = useCallback<MagnifierControls['update']>(
    (patch, options = {}) => {
      const before = current();
      const after = { ...before, ...patch };
      if (Object.entries(patch).every(([k, v]) => before[k as keyof MagnifierSettings] === v)) {
        return;
      }
      // A failed save is shown by the app's storage alert; the tool keeps working.
      void save(after);
      const changes = describeChange(before, after);
      if (changes.length === 0) return;
      emit({ type: 'magnifier/changed', mode: after.mode, zoom: after.zoom, invert: after.invert });
      if (options.announce) announce(changes.join(', '));
    },
    [current, save, emit, announce],
  );

  const zoomBy = useCallback<MagnifierControls['zoomBy']>(
    (direction, options) => {
      const { zoom, increment } = current();
      update({ zoom: stepZoom(zoom, increment, direction) }, options);
    },
    [update, current],
  );

  const cycleMode = useCallback(() => {
    update({ mode: nextMode(current().mode) as MagnifierMode }, { announce: true });
  }, [update, current]);

  return { settings: persisted.value, ready, update, zoomBy, cycleMode };
}
