import { useEffect } from 'react';
import { usePersistence } from '../../store/store-context';
import type { MergeRecord } from '../../store/sync/merge';
import { shouldSave } from './dictation-session';
import type { SessionStore } from './session-store';

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Two tabs wrote the text at once (the persistence path asks only then):
 * the side that did not change it gives way; if both did, the record takes
 * the other tab's text, while this tab's words stay on screen in the
 * session's conflict (dictation-session.ts) until the person chooses. Never
 * a concatenation here: a tab that cannot write would otherwise fold every
 * keystroke of the other tab into its text.
 */
export const mergeText: MergeRecord = (theirs, ours, base) =>
  typeof theirs !== 'string' || theirs === base || theirs === ours ? ours : theirs;

/**
 * The one place the dictated text meets storage, through the app's one
 * persistence path (a revisioned record, kept in step across tabs): it
 * reads the saved text into the session ('restored'), passes on another
 * tab's newer text ('remote-change') and "Clear my data" ('storage-cleared'),
 * and saves the session's text after each change, once the saved text has
 * been read (never over it with nothing) and never while the person is
 * choosing between two tabs' versions. A failed write is reported by the
 * persistence path's one storage alert, and the words stay on screen.
 *
 * Saves are coalesced: while one is in flight only the newest text waits,
 * so a long text typed fast does not queue a write per key.
 */
export function useDictationStorage(storageKey: string, store: SessionStore) {
  const persistence = usePersistence();
  useEffect(() => {
    let live = true;
    let writing = false;
    const record = persistence.record(storageKey, {
      label: 'your dictated text',
      merge: mergeText,
    });
    const save = () => {
      const session = store.get();
      if (!live || writing || !shouldSave(session)) return;
      writing = true;
      const text = session.doc.text;
      void record.save(text).then((outcome) => {
        writing = false;
        if (!live || !outcome.ok) return;
        store.dispatch({ type: 'saved', text });
        save();
      });
    };
    const stopSaving = store.subscribe(save);
    const stopListening = record.subscribe((value, origin) => {
      if (!live) return;
      if (origin === 'cleared') store.dispatch({ type: 'storage-cleared', text: asText(value) });
      else if (origin === 'other-tab' || origin === 'merged') {
        store.dispatch({ type: 'remote-change', text: asText(value) ?? '' });
      }
      // 'restored' arrives through restore() below.
    });
    record.restore().then(
      (value) => live && store.dispatch({ type: 'restored', text: asText(value) }),
      () => live && store.dispatch({ type: 'restored', text: null }),
    );
    return () => {
      live = false;
      stopSaving();
      stopListening();
    };
  }, [persistence, storageKey, store]);
}
