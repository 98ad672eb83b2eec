import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { createAppStore, PERSIST_KEY } from '../../src/store/create-app-store';
import { gettingStarted } from './support/exercise-fixture';

const exercise = gettingStarted({
  steps: [
    { id: 'theme', text: 'Theme', check: 'setting-changed', params: { setting: 'theme' } },
    { id: 'reflect', text: 'Reflect', check: 'reflection-written', params: { minWords: 3 } },
  ],
});

function makeStore(storage = createMemoryStorage()) {
  let clock = 1000;
  const engines = createFakeEngines({ storage, now: () => (clock += 1000) });
  const store = createAppStore({ engines, exercises: [exercise], checks: allChecks });
  return { store, storage };
}

const hydrated = (store: ReturnType<typeof makeStore>['store']) =>
  new Promise<void>((resolve) =>
    store.persist.hasHydrated() ? resolve() : store.persist.onFinishHydration(() => resolve()),
  );

describe('app store', () => {
  it('counts actions towards the open exercise only', async () => {
    const { store } = makeStore();
    await hydrated(store);
    store.getState().setTheme('dark');
    expect(store.getState().runs).toEqual({});
    store.getState().openExercise('getting-started');
    store.getState().setTheme('light');
    expect(Object.keys(store.getState().runs['getting-started']?.completed ?? {})).toEqual([
      'theme',
    ]);
  });

  it('ignores exercises it does not know', async () => {
    const { store } = makeStore();
    await hydrated(store);
    store.getState().openExercise('nope');
    expect(store.getState().activeExerciseId).toBeNull();
  });

  it('records a reflection step only when the person saves it', async () => {
    const { store } = makeStore();
    await hydrated(store);
    store.getState().openExercise('getting-started');
    store.getState().updateReflection('getting-started', 0, 'Try it with Year 4');
    expect(store.getState().runs['getting-started']?.completed.reflect).toBeUndefined();
    store.getState().saveReflections('getting-started');
    expect(store.getState().runs['getting-started']?.completed.reflect).toBeDefined();
  });

  it('clamps the text size and does not record a change that changes nothing', async () => {
    const { store } = makeStore();
    await hydrated(store);
    store.getState().openExercise('getting-started');
    store.getState().setTextSize(999);
    expect(store.getState().textSize).toBe(200);
    const events = store.getState().runs['getting-started']?.events.length;
    store.getState().setTextSize(200);
    expect(store.getState().runs['getting-started']?.events.length).toBe(events);
  });

  it('persists settings, progress and reflections, and restores them in a new store', async () => {
    const first = makeStore();
    await hydrated(first.store);
    first.store.getState().openExercise('getting-started');
    first.store.getState().setTheme('high-contrast');
    first.store.getState().updateReflection('getting-started', 0, 'Keep this');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await first.storage.getItem(PERSIST_KEY)).toContain('high-contrast');

    const second = makeStore(first.storage);
    await hydrated(second.store);
    const state = second.store.getState();
    expect(state.theme).toBe('high-contrast');
    expect(state.reflections['getting-started']).toEqual(['Keep this']);
    expect(state.runs['getting-started']?.completed.theme).toBeDefined();
    expect(state.activeExerciseId).toBe('getting-started');
  });

  it('"Clear my data" empties storage and resets the state', async () => {
    const { store, storage } = makeStore();
    await hydrated(store);
    store.getState().openExercise('getting-started');
    store.getState().setTheme('dark');
    await storage.setItem('dictation-text', 'something typed');
    await store.getState().clearMyData();
    // Only the new generation stamp is left: records from before the clear are refused.
    expect(await storage.keys()).toEqual(['app:generation']);
    expect(store.getState().theme).toBeNull();
    expect(store.getState().runs).toEqual({});
    expect(store.getState().catalogue).toHaveLength(1);
  });

  it('"Reset for the next person" deletes the session but keeps settings and packs', async () => {
    const { store, storage } = makeStore();
    await hydrated(store);
    store.getState().setPresenter(true);
    store.getState().setTheme('high-contrast');
    store.getState().openExercise('getting-started');
    store.getState().updateReflection('getting-started', 0, 'Private thoughts');
    await storage.setItem('dictation:text', 'Dictated by the last person');
    await storage.setItem('read-aloud:recognised', 'Text from their photo');
    await store
      .getState()
      .addPack({ name: 'Team', importedAt: 1, exercises: [], content: {}, sources: {} });
    await store.getState().resetForNextPerson();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = store.getState();
    expect(state.runs).toEqual({});
    expect(state.reflections).toEqual({});
    expect(state.activeExerciseId).toBeNull();
    expect(state.presenter).toBe(true);
    expect(state.theme).toBe('high-contrast');
    expect(state.packs.map((p) => p.name)).toEqual(['Team']);
    expect((await storage.keys()).sort()).toEqual(['app-state', 'app:generation', 'app:packs']);
    expect(await storage.getItem('app-state')).not.toContain('Private thoughts');
  });

  it('adds imported exercises to the catalogue and stores the pack on its own', async () => {
    const { store, storage } = makeStore();
    await hydrated(store);
    const imported = {
      ...exercise,
      id: 'imported',
      title: 'Imported',
      source: 'Team/general/x.md',
    };
    await store
      .getState()
      .addPack({ name: 'Team', importedAt: 1, exercises: [imported], content: {}, sources: {} });
    expect(store.getState().catalogue.map((e) => e.id)).toEqual(['getting-started', 'imported']);
    expect(await storage.getItem('app:packs')).toContain('Imported');
    await store.getState().removePack('Team');
    expect(store.getState().catalogue.map((e) => e.id)).toEqual(['getting-started']);
    await store
      .getState()
      .addPack({ name: 'Team', importedAt: 1, exercises: [imported], content: {}, sources: {} });
    await store.getState().clearMyData();
    expect(store.getState().catalogue.map((e) => e.id)).toEqual(['getting-started']);
  });
});
