import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CheckRegistry } from '../domain/exercises/check-registry';
import type { ExercisePack } from '../domain/exercises/packs';
import type { Exercise } from '../domain/exercises/schema';
import type { Engines } from '../engines/create-engines';
import { createPacksSlice, type PacksSlice } from './packs-slice';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

export interface StoreDeps {
  engines: Engines;
  /** The built-in exercises, validated at build time. */
  exercises: readonly Exercise[];
  /** Packs imported earlier on this device (see loadPacks). */
  packs?: ExercisePack[];
  checks: CheckRegistry;
}

export interface AppActions {
  /** Deletes settings, progress, reflections and everything else the app stored on this device. */
  clearMyData(): Promise<void>;
  /**
   * On a shared machine: deletes this session's text, images and progress but
   * keeps the settings (theme, presenter or pupil mode) for the next person.
   */
  resetForNextPerson(): Promise<void>;
}

export type AppState = SettingsSlice & ProgressSlice & PacksSlice & AppActions;
export type AppStore = StoreApi<AppState> & {
  persist: { hasHydrated(): boolean; onFinishHydration(fn: () => void): () => void };
};

export const PERSIST_KEY = 'app-state';

/** Only data is persisted; functions and derived values are rebuilt. */
function persistedPart(state: AppState) {
  return {
    theme: state.theme,
    textSize: state.textSize,
    presenter: state.presenter,
    pupilMode: state.pupilMode,
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
        ...createPacksSlice(deps)(set, get, api),
        async clearMyData() {
          set({ ...api.getInitialState(), packs: [], catalogue: deps.exercises });
          await deps.engines.storage.clear();
        },
        async resetForNextPerson() {
          set({ runs: {}, reflections: {}, activeExerciseId: null });
          const { storage } = deps.engines;
          // Everything but the persisted settings and store is a tool's session data.
          const keys = (await storage.keys()).filter(
            (key) => key !== PERSIST_KEY && !key.startsWith('app:'),
          );
          await Promise.all(keys.map((key) => storage.removeItem(key)));
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
