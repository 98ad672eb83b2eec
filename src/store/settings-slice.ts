import type { StateCreator } from 'zustand';
import type { ThemeName } from '../domain/exercises/events';
import type { AppState } from './create-app-store';

export const TEXT_SIZES = { min: 100, max: 200, step: 25 } as const;

export interface SettingsSlice {
  /** null: follow the device's light or dark preference until the person chooses. */
  theme: ThemeName | null;
  /** Percent of the default text size. */
  textSize: number;
  /** Trainer at a projector: large scale, projector palette, captions, progress hidden. */
  presenter: boolean;
  /** Pupil beside staff: simpler words, larger targets, pupil exercises only, no reflections. */
  pupilMode: boolean;
  setTheme(theme: ThemeName): void;
  setTextSize(percent: number): void;
  setPresenter(on: boolean): void;
  setPupilMode(on: boolean): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  theme: null,
  textSize: 100,
  presenter: false,
  pupilMode: false,
  setTheme(theme) {
    if (get().theme === theme) return;
    set({ theme });
    get().emit({ type: 'settings/changed', setting: 'theme', value: theme });
  },
  setTextSize(percent) {
    const clamped = Math.min(TEXT_SIZES.max, Math.max(TEXT_SIZES.min, Math.round(percent)));
    if (get().textSize === clamped) return;
    set({ textSize: clamped });
    get().emit({ type: 'settings/changed', setting: 'textSize', value: clamped });
  },
  setPresenter(on) {
    set({ presenter: on });
  },
  setPupilMode(on) {
    set({ pupilMode: on });
  },
});
