import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CheckRegistry } from '../domain/exercises/check-registry';
import type { Exercise } from '../domain/exercises/schema';
import type { Engines } from '../engines/create-engines';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

export interface StoreDeps {
  engines: Engines;
  /** The built-in exercises, validated at build time. */
  exercises: readonly Exercise[];
  checks: CheckRegistry;
}

export interface AppActions {
  /** Every exercise the person can open (not persisted: rebuilt from the app at start). */
  catalogue: readonly Exercise[];
  /** Deletes settings, progress, reflections and everything else the app stored on this device. */
  clearMyData(): Promise<void>;
}

export type AppState = SettingsSlice & ProgressSlice & AppActions;
export type AppStore = StoreApi<AppState> & {
  persist: { hasHydrated(): boolean; onFinishHydration(fn: () => void): () => void };
};

export const PERSIST_KEY = 'app-state';

/** Only data is persisted; functions and derived values are rebuilt. */
function persistedPart(state: AppState) {
  return {
    theme: state.theme,
    textSize: state.textSize,
    runs: state.runs,
    reflections: state.reflections,
    activeExerciseId: state.activeExerciseId,
  };
}

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()(
    persist(
      (set, get, api) => ({
        ...createSettingsSlice(set, get, api),
        ...createProgressSlice(deps)(set, get, api),
        catalogue: deps.exercises,
        async clearMyData() {
          set(api.getInitialState());
          await deps.engines.storage.clear();
        },
      }),
      {
        name: PERSIST_KEY,
        version: 1,
        storage: createJSONStorage(() => deps.engines.storage),
        partialize: persistedPart,
      },
    ),
  ) as AppStore;
}
