import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CheckRegistry } from '../domain/exercises/check-registry';
import type { ExercisePack } from '../domain/exercises/packs';
import type { Exercise } from '../domain/exercises/schema';
import type { Engines } from '../engines/create-engines';
import { mergeAppState, type PersistedAppState } from './app-state-merge';
import { createPacksSlice, PACKS_KEY, type PacksSlice, watchPacks } from './packs-slice';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createPersistence, type PersistedRecord, type Persistence } from './sync/persistence';

export interface StoreDeps {
  engines: Engines;
  /** The built-in exercises, validated at build time. */
  exercises: readonly Exercise[];
  /** Packs imported earlier on this device (see loadPacks). */
  packs?: ExercisePack[];
  checks: CheckRegistry;
}

export interface AppActions {
  /** Deletes settings, progress, reflections and everything else the app stored, in every open tab. */
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
  /** The one persistence path: every hook and slice saves through it (see usePersistedState). */
  persistence: Persistence;
};

export const PERSIST_KEY = 'app-state';

const PERSISTED = [
  'theme',
  'textSize',
  'presenter',
  'pupilMode',
  'runs',
  'reflections',
  'reflectionHistory',
  'activeExerciseId',
] as const;

/** Only data is persisted; functions and derived values are rebuilt. */
type Persisted = Pick<AppState, (typeof PERSISTED)[number]>;
function persistedPart(state: AppState): Persisted {
  return Object.fromEntries(PERSISTED.map((key) => [key, state[key]])) as unknown as Persisted;
}

/** Kept by "Reset for the next person": settings, imported packs, the trainer's plan. */
const keptForNextPerson = (key: string, value: unknown) => {
  if (key === PERSIST_KEY) {
    return {
      ...(value as object),
      runs: {},
      reflections: {},
      reflectionHistory: {},
      activeExerciseId: null,
    };
  }
  return key.startsWith('app:') ? value : undefined;
};

export function createAppStore(deps: StoreDeps): AppStore {
  const { engines } = deps;
  const persistence = createPersistence({
    storage: engines.storage,
    broadcast: engines.broadcast,
    now: engines.now,
  });
  // Assigned just below, once the store's starting state (the record's "nothing saved") exists.
  let record!: PersistedRecord;
  const store = createStore<AppState>()((set, get, api) => ({
    ...createSettingsSlice(set, get, api),
    ...createProgressSlice(deps)(set, get, api),
    ...createPacksSlice(deps, persistence)(set, get, api),
    clearMyData: () => persistence.clearAll(),
    async resetForNextPerson() {
      set({ runs: {}, reflections: {}, reflectionHistory: {}, activeExerciseId: null });
      // Written before the new generation starts, so no write of the old session lands after it.
      await record.save(persistedPart(get()));
      await persistence.resetExcept(keptForNextPerson);
    },
  }));
  const initial = store.getState();
  record = persistence.record(PERSIST_KEY, {
    label: 'your settings, progress and reflections',
    merge: mergeAppState,
    empty: persistedPart(initial),
  });

  // Values coming in (restore, another tab, a clear) are not saved back out.
  let applying = false;
  let hydrated = false;
  const apply = (state: Partial<AppState>) => {
    applying = true;
    try {
      store.setState(state);
    } finally {
      applying = false;
    }
  };
  const fromStored = (value: unknown): Partial<AppState> => {
    const stored = (value ?? {}) as Partial<PersistedAppState>;
    return Object.fromEntries(
      PERSISTED.filter((key) => stored[key] !== undefined).map((key) => [key, stored[key]]),
    ) as Partial<AppState>;
  };

  persistence.onNewGeneration(() =>
    apply({ ...persistedPart(initial), packs: [], catalogue: deps.exercises }),
  );
  record.subscribe((value, origin) => {
    if (origin === 'restored') return;
    // Which exercise this tab counts towards stays this tab's own.
    const active =
      origin === 'cleared' ? {} : { activeExerciseId: store.getState().activeExerciseId };
    apply({ ...fromStored(value), ...active });
  });
  watchPacks(persistence, deps, apply);

  store.subscribe((state, previous) => {
    if (applying || !hydrated) return;
    if (PERSISTED.every((key) => state[key] === previous[key])) return;
    void record.save(persistedPart(state));
  });

  const hydrationListeners = new Set<() => void>();
  void record.restore().then((value) => {
    const local = persistedPart(store.getState());
    const changedBefore = PERSISTED.some((key) => local[key] !== persistedPart(initial)[key]);
    if (value !== undefined) {
      // Anything changed before the saved state arrived is kept on top of it.
      const merged = changedBefore ? mergeAppState(value, local, persistedPart(initial)) : value;
      apply(fromStored(merged));
    }
    hydrated = true;
    if (changedBefore) void record.save(persistedPart(store.getState()));
    for (const listener of [...hydrationListeners]) listener();
  });

  return Object.assign(store, {
    persistence,
    persist: {
      hasHydrated: () => hydrated,
      onFinishHydration(listener: () => void) {
        hydrationListeners.add(listener);
        return () => hydrationListeners.delete(listener);
      },
    },
  });
}

export { PACKS_KEY };
