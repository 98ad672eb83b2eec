import {
  type DictationEffect,
  type DictationEvent,
  type DictationSession,
  initialSession,
  next,
} from './dictation-session';

/**
 * Holds one dictation session for React to subscribe to. Effects of each
 * step run once, right after the state is set (not in a React updater,
 * which may run twice), so nested dispatches from an engine see fresh state.
 */
export interface SessionStore {
  get(): DictationSession;
  dispatch(event: DictationEvent): void;
  subscribe(listener: () => void): () => void;
  /** What to do with a step's effects; set by the hook on every render. */
  onEffects: (effects: readonly DictationEffect[]) => void;
}

export function createSessionStore(initial: DictationSession = initialSession()): SessionStore {
  let session = initial;
  const listeners = new Set<() => void>();
  const store: SessionStore = {
    get: () => session,
    dispatch(event) {
      const after = next(session, event);
      if (after === session) return;
      session = after;
      for (const listener of listeners) listener();
      if (after.effects.length) store.onEffects(after.effects);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEffects: () => {},
  };
  return store;
}
