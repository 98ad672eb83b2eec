import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { ExerciseRun } from '../../src/domain/exercises/runner';
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createMemoryStorage, type MemoryStorage } from '../../src/engines/storage/memory-storage';
import { mergeAppState, mergeRuns } from '../../src/store/app-state-merge';
import { type AppStore, createAppStore, PERSIST_KEY } from '../../src/store/create-app-store';
import { mergePacks } from '../../src/store/packs-slice';
import { decodeRecord } from '../../src/store/sync/record-codec';
import { gettingStarted } from './support/exercise-fixture';

const exercise = gettingStarted({
  steps: [
    { id: 'theme', text: 'Theme', check: 'setting-changed', params: { setting: 'theme' } },
    { id: 'size', text: 'Size', check: 'setting-changed', params: { setting: 'textSize' } },
    { id: 'reflect', text: 'Reflect', check: 'reflection-written', params: { minWords: 3 } },
  ],
});

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** One browser: shared storage and broadcast bus; every tab() is a new tab with its own store. */
function browser(storage: MemoryStorage = createMemoryStorage()) {
  const bus = createMemoryBus();
  let clock = 1000;
  return {
    storage,
    async tab(options: { deaf?: boolean } = {}): Promise<AppStore> {
      const engines = createFakeEngines({
        storage,
        broadcast: (options.deaf ? createMemoryBus() : bus).engine(),
        now: () => (clock += 1000),
      });
      const store = createAppStore({ engines, exercises: [exercise], checks: allChecks });
      if (!store.persist.hasHydrated()) {
        await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
      }
      return store;
    },
  };
}

function reflect(store: AppStore, text: string) {
  store.getState().openExercise('getting-started');
  store.getState().updateReflection('getting-started', 0, text);
  store.getState().saveReflections('getting-started');
}

describe('the app store across tabs', () => {
  it('tab 1 saves a reflection and a theme, tab 2 a text size: a reload keeps all of it', async () => {
    const { tab } = browser();
    const [one, two] = [await tab(), await tab()];
    reflect(one, 'Try it with Year 4');
    one.getState().setTheme('dark');
    await settle();
    // Tab 2 followed without a reload.
    expect(two.getState().theme).toBe('dark');
    two.getState().setTextSize(150);
    await settle();
    const reloaded = await tab();
    const state = reloaded.getState();
    expect(state.theme).toBe('dark');
    expect(state.textSize).toBe(150);
    expect(state.reflections['getting-started']).toEqual(['Try it with Year 4']);
    expect(Object.keys(state.runs['getting-started']?.completed ?? {}).sort()).toEqual([
      'reflect',
      'theme',
    ]);
  });

  it('a tab that heard nothing merges instead of overwriting: steps are a union, settings per field', async () => {
    const { tab, storage } = browser();
    const deaf = await tab({ deaf: true });
    const one = await tab();
    reflect(one, 'Tab one thinks this');
    one.getState().setTheme('dark');
    await settle();
    deaf.getState().openExercise('getting-started');
    deaf.getState().setTextSize(125);
    await settle();
    const saved = decodeRecord(await storage.getItem(PERSIST_KEY))?.state as {
      theme: string;
      textSize: number;
      runs: Record<string, ExerciseRun>;
      reflections: Record<string, string[]>;
    };
    expect(saved.theme).toBe('dark');
    expect(saved.textSize).toBe(125);
    expect(saved.reflections['getting-started']).toEqual(['Tab one thinks this']);
    expect(Object.keys(saved.runs['getting-started']?.completed ?? {}).sort()).toEqual([
      'reflect',
      'size',
      'theme',
    ]);
  });

  it('"Clear my data" empties every tab, and a tab that missed it cannot write its copy back', async () => {
    const { tab, storage } = browser();
    const one = await tab();
    const two = await tab();
    const deaf = await tab({ deaf: true });
    reflect(one, 'About a named pupil');
    await settle();
    expect(two.getState().reflections['getting-started']).toEqual(['About a named pupil']);
    await one.getState().clearMyData();
    await settle();
    expect(two.getState().reflections).toEqual({});
    expect(two.getState().runs).toEqual({});
    // The deaf tab still holds the old state in memory, and changes something.
    deaf.getState().setTheme('high-contrast');
    await settle();
    expect(JSON.stringify(await storage.getItem(PERSIST_KEY))).not.toContain('named pupil');
    const reloaded = await tab();
    expect(reloaded.getState().reflections).toEqual({});
  });

  it('"Reset for the next person" in one tab resets the others and keeps the settings', async () => {
    const { tab } = browser();
    const [one, two] = [await tab(), await tab()];
    one.getState().setTheme('high-contrast');
    reflect(one, 'Private thoughts here');
    await settle();
    await one.getState().resetForNextPerson();
    await settle();
    for (const store of [one, two, await tab()]) {
      expect(store.getState().reflections).toEqual({});
      expect(store.getState().runs).toEqual({});
      expect(store.getState().theme).toBe('high-contrast');
    }
  });

  it('a failed write keeps the state on screen and is listed for the alert', async () => {
    const { tab, storage } = browser();
    const one = await tab();
    storage.failWrites('quota');
    one.getState().setTheme('dark');
    await settle();
    expect(one.getState().theme).toBe('dark');
    expect(one.persistence.failures.snapshot()).toEqual([
      { key: PERSIST_KEY, label: 'your settings, progress and reflections', kind: 'quota' },
    ]);
    storage.failWrites(null);
    await one.persistence.retry();
    expect((await tab()).getState().theme).toBe('dark');
  });

  it('a pack that cannot be saved is not added, and the import says why', async () => {
    const { tab, storage } = browser();
    const one = await tab();
    storage.failWrites('quota');
    const pack = { name: 'Team', importedAt: 1, exercises: [], content: {}, sources: {} };
    await expect(one.getState().addPack(pack)).rejects.toMatchObject({ kind: 'quota' });
    expect(one.getState().packs).toEqual([]);
    storage.failWrites(null);
    await one.persistence.retry();
    expect(await storage.getItem('app:packs')).toBeNull();
  });
});

const run = (completed: Record<string, number>, startedAt = 1): ExerciseRun => ({
  exerciseId: 'e',
  startedAt,
  events: [],
  completed,
});

describe('merge rules', () => {
  it('steps done in either tab are done, at the earlier time', () => {
    expect(mergeRuns(run({ a: 5, b: 9 }), run({ b: 7, c: 8 }, 0)).completed).toEqual({
      a: 5,
      b: 7,
      c: 8,
    });
  });

  it('how each step was dictated, and its score, stay with the tab that did the step first', () => {
    const theirs = {
      ...run({ a: 5, b: 9 }),
      inputs: { a: 'typed' as const, b: 'typed' as const },
      scores: { b: 60 },
    };
    const ours = {
      ...run({ b: 7, c: 8 }),
      inputs: { b: 'spoken' as const, c: 'spoken' as const },
      scores: { b: 95, c: 90 },
    };
    const merged = mergeRuns(theirs, ours);
    expect(merged.inputs).toEqual({ a: 'typed', b: 'spoken', c: 'spoken' });
    expect(merged.scores).toEqual({ b: 95, c: 90 });
    const reversed = mergeRuns(ours, theirs);
    expect(reversed.inputs).toEqual({ a: 'typed', b: 'spoken', c: 'spoken' });
    expect(reversed.scores).toEqual({ b: 95, c: 90 });
  });

  it('of two different reflections the newer is kept and the other becomes history', () => {
    const base = { reflections: { e: ['first'] } };
    const merged = mergeAppState(
      { reflections: { e: ['theirs'] }, runs: {} },
      { reflections: { e: ['ours'] }, runs: {} },
      base,
    ) as { reflections: Record<string, string[]>; reflectionHistory: Record<string, string[][]> };
    expect(merged.reflections.e).toEqual(['ours']);
    expect(merged.reflectionHistory.e).toEqual([['theirs']]);
  });

  it('settings: the last change to each setting wins', () => {
    const merged = mergeAppState(
      { theme: 'dark', textSize: 100, presenter: true },
      { theme: null, textSize: 150, presenter: false },
      { theme: null, textSize: 100, presenter: false },
    ) as Record<string, unknown>;
    expect(merged).toMatchObject({ theme: 'dark', textSize: 150, presenter: true });
  });

  it('packs imported in two tabs are both kept; one removed in a tab is removed', () => {
    const pack = (name: string) => ({ name, importedAt: name.length });
    expect(mergePacks([pack('A'), pack('BB')], [pack('A'), pack('CCC')], [pack('A')])).toEqual([
      pack('A'),
      pack('BB'),
      pack('CCC'),
    ]);
    expect(mergePacks([pack('A'), pack('BB')], [pack('BB')], [pack('A'), pack('BB')])).toEqual([
      pack('BB'),
    ]);
  });
});
