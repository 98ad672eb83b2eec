import type { StateCreator } from 'zustand';
import type { ExercisePack } from '../domain/exercises/packs';
import type { Exercise } from '../domain/exercises/schema';
import type { AppState, StoreDeps } from './create-app-store';
import { mergeMap } from './sync/merge';
import type { Persistence } from './sync/persistence';
import { decodeGeneration, decodeRecord, GENERATION_KEY } from './sync/record-codec';

/** Stored on their own, written only on import or removal, and kept by "Reset for the next person". */
export const PACKS_KEY = 'app:packs';

export interface PacksSlice {
  /** Exercise packs a trainer imported on this device. */
  packs: ExercisePack[];
  /** Every exercise the person can open: built-in, then imported. Not persisted: derived. */
  catalogue: readonly Exercise[];
  /** Rejects with a StorageWriteError, and changes nothing, when the pack cannot be saved. */
  addPack(pack: ExercisePack): Promise<void>;
  removePack(name: string): Promise<void>;
}

export function catalogueWith(
  builtIn: readonly Exercise[],
  packs: readonly ExercisePack[],
): Exercise[] {
  return [...builtIn, ...packs.flatMap((pack) => pack.exercises)];
}

/** Before the store exists, so the first paint already lists imported exercises. */
export async function loadPacks(deps: Pick<StoreDeps, 'engines'>): Promise<ExercisePack[]> {
  try {
    const { storage } = deps.engines;
    const gen = decodeGeneration(await storage.getItem(GENERATION_KEY));
    const record = decodeRecord(await storage.getItem(PACKS_KEY));
    return record && record.gen === gen && Array.isArray(record.state)
      ? (record.state as ExercisePack[])
      : [];
  } catch {
    return [];
  }
}

const byName = (packs: readonly ExercisePack[]) =>
  Object.fromEntries(packs.map((pack) => [pack.name, pack]));

/** Packs imported in two tabs at once are all kept; one removed in either is removed. */
export function mergePacks(theirs: unknown, ours: unknown, base: unknown): unknown {
  const list = (value: unknown) => (Array.isArray(value) ? (value as ExercisePack[]) : []);
  const merged = mergeMap(
    byName(list(theirs)),
    byName(list(ours)),
    byName(list(base)),
    (_t, o) => o,
  );
  return Object.values(merged).sort((a, b) => a.importedAt - b.importedAt);
}

const packsRecord = (persistence: Persistence) =>
  persistence.record(PACKS_KEY, {
    label: 'the exercise pack you imported or removed (do it again once there is space)',
    merge: mergePacks,
  });

/** Keeps this tab's packs in step with what is saved (another tab's import, a clear). */
export function watchPacks(
  persistence: Persistence,
  deps: StoreDeps,
  apply: (state: Partial<AppState>) => void,
) {
  const record = packsRecord(persistence);
  const show = (value: unknown) => {
    const packs = Array.isArray(value) ? (value as ExercisePack[]) : [];
    apply({ packs, catalogue: catalogueWith(deps.exercises, packs) });
  };
  record.subscribe((value, origin) => origin !== 'restored' && show(value));
  void record.restore().then((value) => value !== undefined && show(value));
}

export const createPacksSlice =
  (deps: StoreDeps, persistence: Persistence): StateCreator<AppState, [], [], PacksSlice> =>
  (set, get) => {
    // Saved first, shown after: a pack that could not be saved never appears in the catalogue.
    const save = async (packs: ExercisePack[]) => {
      const record = packsRecord(persistence);
      await record.restore();
      const outcome = await record.save(packs);
      if (!outcome.ok) {
        record.discard();
        throw outcome.error;
      }
      const saved = Array.isArray(record.value()) ? (record.value() as ExercisePack[]) : packs;
      set({ packs: saved, catalogue: catalogueWith(deps.exercises, saved) });
    };
    return {
      packs: deps.packs ?? [],
      catalogue: catalogueWith(deps.exercises, deps.packs ?? []),
      // A pack with the same name replaces the old one: a trainer importing an updated pack.
      addPack: (pack) => save([...get().packs.filter((p) => p.name !== pack.name), pack]),
      removePack: (name) => save(get().packs.filter((p) => p.name !== name)),
    };
  };
