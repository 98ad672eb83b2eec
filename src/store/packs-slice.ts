import type { StateCreator } from 'zustand';
import type { ExercisePack } from '../domain/exercises/packs';
import type { Exercise } from '../domain/exercises/schema';
import type { AppState, StoreDeps } from './create-app-store';

/** Stored on their own, written only on import or removal, and kept by "Reset for the next person". */
export const PACKS_KEY = 'app:packs';

export interface PacksSlice {
  /** Exercise packs a trainer imported on this device. */
  packs: ExercisePack[];
  /** Every exercise the person can open: built-in, then imported. Not persisted: derived. */
  catalogue: readonly Exercise[];
  addPack(pack: ExercisePack): Promise<void>;
  removePack(name: string): Promise<void>;
}

export function catalogueWith(
  builtIn: readonly Exercise[],
  packs: readonly ExercisePack[],
): Exercise[] {
  return [...builtIn, ...packs.flatMap((pack) => pack.exercises)];
}

export async function loadPacks(deps: Pick<StoreDeps, 'engines'>): Promise<ExercisePack[]> {
  try {
    const stored = await deps.engines.storage.getItem(PACKS_KEY);
    return stored ? (JSON.parse(stored) as ExercisePack[]) : [];
  } catch {
    return [];
  }
}

export const createPacksSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], PacksSlice> =>
  (set, get) => {
    const save = async (packs: ExercisePack[]) => {
      set({ packs, catalogue: catalogueWith(deps.exercises, packs) });
      await deps.engines.storage.setItem(PACKS_KEY, JSON.stringify(packs));
    };
    return {
      packs: deps.packs ?? [],
      catalogue: catalogueWith(deps.exercises, deps.packs ?? []),
      // A pack with the same name replaces the old one: a trainer importing an updated pack.
      addPack: (pack) => save([...get().packs.filter((p) => p.name !== pack.name), pack]),
      removePack: (name) => save(get().packs.filter((p) => p.name !== name)),
    };
  };
