import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import {
  createMemoryJournal,
  createMemoryStorage,
  type MemoryStorage,
} from '../../src/engines/storage/memory-storage';
import { createPersistence } from '../../src/store/sync/persistence';
import { decodeRecord, encodeRecord } from '../../src/store/sync/record-codec';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function open(storage: MemoryStorage) {
  return createPersistence({ storage, broadcast: createMemoryBus().engine(), now: () => 1 });
}

/** A storage whose writes never finish: the page is left while IndexedDB is still writing. */
function writesNeverFinish(storage: MemoryStorage): MemoryStorage {
  return { ...storage, setItem: () => new Promise<void>(() => {}) };
}

const stored = async (storage: MemoryStorage, key: string) =>
  decodeRecord(await storage.getItem(key));

describe('the journal: nothing lost when the page is left mid-write', () => {
  it('keeps what was still being written, and a reload restores it', async () => {
    const journal = new Map<string, string>();
    const before = createMemoryStorage({}, true, createMemoryJournal(journal));
    const first = open(before);
    const record = first.record('dictation:text', { label: 'your dictated text' });
    await record.restore();
    await record.save('Saved as I go.');
    const stuck = writesNeverFinish(before);
    const tab = open(stuck);
    const text = tab.record('dictation:text', { label: 'your dictated text' });
    await text.restore();
    void text.save('Saved as I go. And this, just before the reload.');
    await settle();
    stuck.leave();
    expect([...journal.keys()]).toEqual(['dictation:text']);

    // The reload: what IndexedDB has, plus the journal.
    const after = createMemoryStorage(
      { 'dictation:text': (await before.getItem('dictation:text')) as string },
      true,
      createMemoryJournal(journal),
    );
    const reloaded = open(after).record('dictation:text', { label: 'your dictated text' });
    expect(await reloaded.restore()).toBe('Saved as I go. And this, just before the reload.');
    expect((await stored(after, 'dictation:text'))?.state).toBe(
      'Saved as I go. And this, just before the reload.',
    );
    expect(journal.size).toBe(0);
  });

  it('keeps nothing when everything is saved, and removes its entry once the write lands', async () => {
    const journal = new Map<string, string>();
    const storage = createMemoryStorage({}, true, createMemoryJournal(journal));
    const tab = open(storage);
    const record = tab.record('reading:text', { label: 'the text' });
    await record.restore();
    await record.save('All saved.');
    storage.leave();
    expect(journal.size).toBe(0);
    // Hidden while writing (the tab was switched), then the write lands: the entry goes.
    const saving = record.save('Saved while hidden.');
    storage.leave();
    expect(journal.size).toBe(1);
    await saving;
    expect(journal.size).toBe(0);
  });

  it('drops an entry older than what another tab saved since', async () => {
    const journal = new Map<string, string>([
      ['reading:text', encodeRecord({ state: 'old words', rev: 2, gen: '0' })],
    ]);
    const storage = createMemoryStorage(
      { 'reading:text': encodeRecord({ state: 'newer words', rev: 5, gen: '0' }) },
      true,
      createMemoryJournal(journal),
    );
    const record = open(storage).record('reading:text', { label: 'the text' });
    expect(await record.restore()).toBe('newer words');
    expect(journal.size).toBe(0);
  });

  it('drops an entry from before "Clear my data", and a clear empties the journal', async () => {
    const journal = new Map<string, string>([
      ['reading:text', encodeRecord({ state: 'deleted words', rev: 9, gen: 'old' })],
    ]);
    const storage = createMemoryStorage(
      { 'app:generation': 'new' },
      true,
      createMemoryJournal(journal),
    );
    const tab = open(storage);
    expect(await tab.record('reading:text', { label: 'the text' }).restore()).toBeUndefined();
    expect(journal.size).toBe(0);
    journal.set('other', 'x');
    await tab.clearAll();
    expect(journal.size).toBe(0);
  });
});

describe('settleMs: a value that changes many times a second', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is written once it is still, at least every eight settle times, and at once when the page is left', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    const writes = vi.spyOn(storage, 'setItem');
    const tab = open(storage);
    const record = tab.record('reading:text', { label: 'the text', settleMs: 300 });
    await record.restore();

    // Typing: a key every 100 ms for a second, then still.
    let last: Promise<unknown> = Promise.resolve();
    for (let i = 1; i <= 10; i += 1) {
      last = record.save('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    await last;
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await stored(storage, 'reading:text'))?.state).toBe('x'.repeat(10));

    // Typing without a pause for 3 seconds still writes (after 2.4 s at most).
    writes.mockClear();
    for (let i = 0; i < 30; i += 1) {
      void record.save(`typing ${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toHaveBeenCalled();

    // Leaving the page starts the write at once, and the journal holds the newest value.
    writes.mockClear();
    void record.save('the very last key');
    storage.leave();
    expect(decodeRecord(storage.journal.entries()[0]?.[1] ?? null)?.state).toBe(
      'the very last key',
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await stored(storage, 'reading:text'))?.state).toBe('the very last key');
  });
});
