import { describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import { createMemoryStorage, type MemoryStorage } from '../../src/engines/storage/memory-storage';
import type { StorageEngine } from '../../src/engines/storage/storage-engine';
import { createPersistence } from '../../src/store/sync/persistence';
import {
  decodeRecord,
  encodeRecord,
  GENERATION_KEY,
  peekRecord,
} from '../../src/store/sync/record-codec';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Tabs of one browser: one storage, one broadcast bus; each call opens a "tab". */
function browser(storage: MemoryStorage = createMemoryStorage()) {
  const bus = createMemoryBus();
  let clock = 0;
  return {
    storage,
    tab: (over: { storage?: StorageEngine; bus?: ReturnType<typeof createMemoryBus> } = {}) =>
      createPersistence({
        storage: over.storage ?? storage,
        broadcast: (over.bus ?? bus).engine(),
        now: () => (clock += 1),
      }),
  };
}

const stored = async (storage: StorageEngine, key: string) =>
  decodeRecord(await storage.getItem(key))?.state;

/** A storage whose reads answer only when released: a restore that arrives late. */
function slowReads(inner: StorageEngine) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    ...inner,
    getItem: async (key: string) => {
      await gate;
      return inner.getItem(key);
    },
    release: () => release(),
  };
}

describe('persistence', () => {
  it('keeps values saved before records existed (plain strings and JSON)', async () => {
    const { tab } = browser(
      createMemoryStorage({ 'test:scene': 'worksheet', 'vision:settings': '{"blur":2}' }),
    );
    const persistence = tab();
    expect(await persistence.record('test:scene', { label: 'x' }).restore()).toBe('worksheet');
    expect(await persistence.record('vision:settings', { label: 'x' }).restore()).toEqual({
      blur: 2,
    });
  });

  it('a save made before a late restore waits for it and merges, never writing over it', async () => {
    const storage = createMemoryStorage();
    const first = browser(storage).tab();
    await first.record('settings', { label: 'x' }).save({ theme: 'dark', size: 100 });
    const slow = slowReads(storage);
    const late = browser(storage).tab({ storage: slow });
    const record = late.record('settings', { label: 'x' });
    // The person changes one field before the saved settings arrive.
    const saving = record.save({ size: 150 });
    await settle();
    expect(await stored(storage, 'settings')).toEqual({ theme: 'dark', size: 100 });
    slow.release();
    expect(await saving).toEqual({ ok: true });
    expect(await stored(storage, 'settings')).toEqual({ theme: 'dark', size: 150 });
  });

  it('a failed write is reported with what was not saved, kept, and saved on retry', async () => {
    const { storage, tab } = browser();
    const persistence = tab();
    const record = persistence.record('magnifier:settings', { label: 'the magnifier settings' });
    storage.failWrites('quota');
    const outcome = await record.save({ zoom: 3 });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.kind).toBe('quota');
    expect(persistence.failures.snapshot()).toEqual([
      { key: 'magnifier:settings', label: 'the magnifier settings', kind: 'quota' },
    ]);
    // What the person chose stays in this tab.
    expect(record.value()).toEqual({ zoom: 3 });
    storage.failWrites(null);
    await persistence.retry();
    expect(await stored(storage, 'magnifier:settings')).toEqual({ zoom: 3 });
    expect(persistence.failures.snapshot()).toEqual([]);
  });

  it('asks for persistent storage after the first save, once', async () => {
    const { storage, tab } = browser();
    const record = tab().record('a', { label: 'x' });
    await record.save(1);
    await record.save(2);
    await settle();
    expect(storage.persistenceRequests).toBe(1);
  });

  it('tells other tabs, which take the new value without writing it back', async () => {
    const { storage, tab } = browser();
    const [one, two] = [tab(), tab()];
    const seen: unknown[] = [];
    const other = two.record('settings', { label: 'x' });
    await other.restore();
    other.subscribe((value, origin) => seen.push([value, origin]));
    await one.record('settings', { label: 'x' }).save({ theme: 'dark' });
    await settle();
    expect(seen).toEqual([[{ theme: 'dark' }, 'other-tab']]);
    expect(decodeRecord(await storage.getItem('settings'))?.rev).toBe(1);
  });

  it('a stale tab that heard nothing merges per field instead of writing over a newer save', async () => {
    const { storage, tab } = browser();
    const one = tab();
    // Another bus: this tab hears no broadcasts, as if they were lost.
    const deaf = tab({ bus: createMemoryBus() });
    const stale = deaf.record('settings', { label: 'x' });
    await stale.restore();
    await one.record('settings', { label: 'x' }).save({ theme: 'dark', size: 100 });
    await stale.save({ size: 150 });
    expect(await stored(storage, 'settings')).toEqual({ theme: 'dark', size: 150 });
    expect(decodeRecord(await storage.getItem('settings'))?.rev).toBe(2);
  });

  it('"Clear my data" empties every tab and refuses a late write from before it', async () => {
    const { storage, tab } = browser();
    const one = tab();
    const two = tab();
    const deaf = tab({ bus: createMemoryBus() });
    const named = two.record('notes', { label: 'x' });
    const staleNotes = deaf.record('notes', { label: 'x' });
    await named.save('Notes about a named pupil');
    await staleNotes.restore();
    await one.clearAll();
    await settle();
    expect(named.value()).toBeUndefined();
    expect(await storage.keys()).toEqual([GENERATION_KEY]);
    // The tab that missed the clear writes its copy back: refused by the generation stamp.
    await staleNotes.save('Notes about a named pupil, again');
    expect(await storage.getItem('notes')).toBeNull();
    expect(staleNotes.value()).toBeUndefined();
    // And a record written in an old generation is read as absent.
    expect(await tab().record('notes', { label: 'x' }).restore()).toBeUndefined();
  });

  it('"Reset for the next person" keeps only what it is told to, in every tab', async () => {
    const { storage, tab } = browser();
    const [one, two] = [tab(), tab()];
    await one.record('app:packs', { label: 'x' }).save(['Pack']);
    await one.record('dictation:text', { label: 'x' }).save('Private words');
    const text = two.record('dictation:text', { label: 'x' });
    const packs = two.record('app:packs', { label: 'x' });
    await Promise.all([text.restore(), packs.restore()]);
    await one.resetExcept((key, value) => (key.startsWith('app:') ? value : undefined));
    await settle();
    await settle();
    expect(text.value()).toBeUndefined();
    expect(packs.value()).toEqual(['Pack']);
    expect((await storage.keys()).sort()).toEqual(['app:generation', 'app:packs']);
    await text.save('Next person');
    expect(await stored(storage, 'dictation:text')).toBe('Next person');
  });
});

describe('record codec', () => {
  it('reads the revision and generation from the start without parsing the value', () => {
    const raw = encodeRecord({ state: { text: 'x'.repeat(1000) }, rev: 42, gen: 'a"b' });
    expect(peekRecord(raw)).toEqual({ rev: 42, gen: 'a"b' });
    expect(decodeRecord(raw)).toEqual({ state: { text: 'x'.repeat(1000) }, rev: 42, gen: 'a"b' });
    expect(peekRecord('{"state":1,"version":1}')).toBeNull();
    expect(peekRecord('worksheet')).toBeNull();
  });
});
