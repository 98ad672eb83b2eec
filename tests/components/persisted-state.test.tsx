import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { allChecks } from '../../src/domain/checks/all-checks';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createMemoryStorage, type MemoryStorage } from '../../src/engines/storage/memory-storage';
import type { StorageEngine } from '../../src/engines/storage/storage-engine';
import { EnginesProvider } from '../../src/shared/engines-context';
import { StorageAlert } from '../../src/shared/storage-alert';
import { usePersistedState } from '../../src/shared/use-persisted-state';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import { decodeRecord } from '../../src/store/sync/record-codec';

interface Settings {
  zoom: number;
  colour: string;
}
const DEFAULTS: Settings = { zoom: 1, colour: 'plain' };
const parse = (saved: unknown): Settings => ({ ...DEFAULTS, ...(saved as Partial<Settings>) });

function Tool() {
  const { value, restored, update } = usePersistedState({
    key: 'tool:settings',
    label: 'the tool settings',
    parse,
  });
  return (
    <>
      <p>
        Zoom {value.zoom}, {value.colour}
        {restored ? '' : ' (loading)'}
      </p>
      <button type="button" onClick={() => void update((v) => ({ ...v, colour: 'cream' }))}>
        Cream
      </button>
    </>
  );
}

async function mount(storage: StorageEngine) {
  const engines = createFakeEngines({ storage });
  const store = createAppStore({ engines, exercises: [], checks: allChecks });
  await act(async () => {
    render(
      <EnginesProvider engines={engines}>
        <StoreProvider store={store}>
          <Router hook={memoryLocation().hook}>
            <StorageAlert />
            <Tool />
          </Router>
        </StoreProvider>
      </EnginesProvider>,
    );
  });
}

const saved = async (storage: StorageEngine) =>
  decodeRecord(await storage.getItem('tool:settings'))?.state;

/** Reads answer only once released: the saved settings arrive late. */
function lateReads(inner: MemoryStorage) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    storage: {
      ...inner,
      getItem: async (key: string) => {
        await gate;
        return inner.getItem(key);
      },
    } as StorageEngine,
    release: () => release(),
  };
}

describe('usePersistedState', () => {
  it('a change made before a late restore is applied on top of the saved value', async () => {
    const inner = createMemoryStorage({ 'tool:settings': JSON.stringify({ zoom: 3 }) });
    const { storage, release } = lateReads(inner);
    await mount(storage);
    expect(screen.getByText('Zoom 1, plain (loading)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cream' }));
    expect(screen.getByText('Zoom 1, cream (loading)')).toBeInTheDocument();
    // Nothing written yet: the default zoom never goes over the saved one.
    expect(await inner.getItem('tool:settings')).toBe(JSON.stringify({ zoom: 3 }));
    await act(async () => release());
    await screen.findByText('Zoom 3, cream');
    await waitFor(async () => expect(await saved(inner)).toEqual({ zoom: 3, colour: 'cream' }));
  });

  it('writes nothing when the person changes nothing', async () => {
    const storage = createMemoryStorage();
    await mount(storage);
    await screen.findByText('Zoom 1, plain');
    expect(await storage.keys()).toEqual([]);
  });

  it('a failed write shows one alert naming what was not saved, keeps the change, and saves on retry', async () => {
    const storage = createMemoryStorage();
    await mount(storage);
    await screen.findByText('Zoom 1, plain');
    storage.failWrites('quota');
    await userEvent.click(screen.getByRole('button', { name: 'Cream' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: the tool settings');
    expect(alert).toHaveTextContent('run out of storage space');
    expect(screen.getByText('Zoom 1, cream')).toBeInTheDocument();
    storage.failWrites(null);
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await saved(storage)).toEqual({ zoom: 1, colour: 'cream' });
  });
});
