import { useEffect } from 'react';
import { usePersistence } from '../../store/store-context';
import type { MergeRecord } from '../../store/sync/merge';
import { hasUnsavedText } from './dictation-session';
import type { SessionStore } from './session-store';

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Long enough to cover a burst of typing, short enough that another tab sees the text soon. */
const SETTLE_MS = 300;

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
 * Saves are coalesced by the persistence path: each change hands the newest
 * text over, and it is written once the text has been still for a moment
 * (settleMs), so a long text typed fast does not write 200,000 characters
 * per key; leaving the page meanwhile keeps it in the storage journal.
 */
export function useDictationStorage(storageKey: string, store: SessionStore) {
  const persistence = usePersistence();
  useEffect(() => {
    let live = true;
    // The text the record holds now (handed over by this tab, or another tab's it took in);
    // null until this tab hands one over. Saves compare with it, not with the session's
    // "saved" mark, which lags while a write settles: a box emptied in that moment must
    // still be written as empty.
    let held: string | null = null;
    const record = persistence.record(storageKey, {
      label: 'your dictated text',
      merge: mergeText,
      settleMs: SETTLE_MS,
    });
    const save = () => {
      const session = store.get();
      if (!live || !session.loaded || session.conflict !== null) return;
      const text = session.doc.text;
      if (held === null ? !hasUnsavedText(session) : text === held) return;
      held = text;
      void record.save(text).then((outcome) => {
        // A failed write is in the storage alert; the next change (or "Try again") writes it.
        if (live && outcome.ok) store.dispatch({ type: 'saved', text });
      });
    };
    const stopSaving = store.subscribe(save);
    const stopListening = record.subscribe((value, origin) => {
      if (!live) return;
      if (origin === 'cleared') {
        held = null;
        store.dispatch({ type: 'storage-cleared', text: asText(value) });
      } else if (origin === 'other-tab' || origin === 'merged') {
        held = asText(value) ?? '';
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
