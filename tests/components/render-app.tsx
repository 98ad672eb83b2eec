import exercises from 'virtual:exercises';
import { act, render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { Exercise } from '../../src/domain/exercises/schema';
import { createFakeEngines, type Engines } from '../../src/engines/create-engines';
import { createAppStore } from '../../src/store/create-app-store';

export interface RenderAppOptions {
  path?: string;
  engines?: Partial<Engines>;
  exercises?: readonly Exercise[];
}

/**
 * The whole app on jsdom with fake engines and an in-memory route, as a
 * person would meet it: query it by role and accessible name.
 */
export async function renderApp({
  path = '/',
  engines: overrides = {},
  exercises: list,
}: RenderAppOptions = {}) {
  const engines = createFakeEngines(overrides);
  const store = createAppStore({ engines, exercises: list ?? exercises, checks: allChecks });
  if (!store.persist.hasHydrated()) {
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  }
  const location = memoryLocation({ path, record: true });
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<App store={store} engines={engines} locationHook={location.hook} />);
  });
  return { ...view, store, engines, location };
}
