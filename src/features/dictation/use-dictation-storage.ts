import { useEffect } from 'react';
import { useEngines } from '../../shared/engines-context';
import { shouldSave } from './dictation-session';
import type { SessionStore } from './session-store';

const SAVE_FAILED =
  'Your text could not be saved on this device: the browser refused to store it. It is still here; copy it somewhere safe before you leave this page.';

/**
 * The one place the dictated text meets storage: it reads the saved text
 * into the session ('restored'), and writes the session's text after each
 * change, once the saved text has been read (never over it with nothing)
 * and never while the person is choosing between two tabs' versions.
 *
 * Writes are coalesced: while one is in flight, only the newest text waits,
 * so a 200,000-character text typed fast does not queue a write per key.
 * Another tab's change, when the shared persistence path offers it, comes
 * in here as a 'remote-change' event.
 */
export function useDictationStorage(storageKey: string, store: SessionStore) {
  const { storage } = useEngines();
  useEffect(() => {
    let live = true;
    let writing = false;
    const save = () => {
      const session = store.get();
      if (!live || writing || !shouldSave(session)) return;
      writing = true;
      const text = session.doc.text;
      storage.setItem(storageKey, text).then(
        () => {
          writing = false;
          if (!live) return;
          store.dispatch({ type: 'saved', text });
          save();
        },
        () => {
          writing = false;
          if (live) store.dispatch({ type: 'message', text: SAVE_FAILED });
        },
      );
    };
    const unsubscribe = store.subscribe(save);
    storage.getItem(storageKey).then(
      (text) => live && store.dispatch({ type: 'restored', text }),
      () => live && store.dispatch({ type: 'restored', text: null }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [storage, storageKey, store]);
}
