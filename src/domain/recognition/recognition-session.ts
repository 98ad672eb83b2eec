/**
 * The recognition half of a listening session, as a pure state machine:
 * `nextRecognition(state, event)` → the next state. No React, no DOM, no
 * browser API; the engine (src/engines/recognition/) does the listening
 * and this machine only records what it reported and what the person asked.
 *
 * State:
 * - `status`: 'stopped' | 'starting' | 'listening' | 'restarting' (Chrome
 *   ended by itself after silence or its one-minute limit and the engine
 *   carries on) | 'stopping' (the person pressed Stop; the engine is still
 *   finalising what it heard).
 * - `interim`: the engine's current guess, not yet final. Show it apart
 *   from committed text ("Still hearing: …"); never store it.
 * - `finals`: committed phrases, oldest first (at most FINALS_KEPT, the
 *   newest), each with a running `seq` number; `committed` counts every
 *   final ever committed. The consumer decides what a final means.
 * - `error`: the last error the person must act on (a RecognitionErrorCode),
 *   `noSpeech`: true after a "no-speech" report while listening goes on.
 *
 * Events: the person's intents ('start-requested', 'stop-requested',
 * 'error-dismissed') and the engine's reports ('started', 'interim',
 * 'final', 'engine-ended', 'stopped', 'error'). `recognitionListener(dispatch)`
 * turns an engine's RecognitionListener callbacks into these events.
 *
 * Nothing said is lost: if the engine ends (or the session drops) while an
 * interim guess is showing, that guess is committed as a final with
 * `keptFromInterim: true`. (The Web Speech engine already does this itself
 * before it reports the end; then the interim is empty here and nothing is
 * committed twice.)
 *
 * How consumers use it:
 * - Dictation (src/features/dictation/dictation-session.ts) keeps this state
 *   inside its own session and, for each final, runs the command grammar
 *   (spoken punctuation, "delete that"…) on its document.
 * - Live captions render `finals` literally, one line per final (no spoken
 *   punctuation, no commands), and show `interim` apart, greyed, after them.
 *   Use `finalsAfter(state, seen)` to take only the finals committed after
 *   the `seq` you last rendered.
 *
 * Example:
 *   let s = initialRecognition();
 *   s = nextRecognition(s, { type: 'start-requested' });
 *   const session = engine.start(options, recognitionListener((e) => { s = nextRecognition(s, e); }));
 */
import type {
  RecognisedPhrase,
  RecognitionErrorCode,
  RecognitionListener,
} from '../../engines/recognition/recognition-engine';

export type RecognitionSessionStatus =
  | 'stopped'
  | 'starting'
  | 'listening'
  | 'restarting'
  | 'stopping';

export interface CommittedFinal {
  /** 1 for the first final ever committed in this state, then 2, 3… */
  seq: number;
  text: string;
  confidence: number;
  /** True when an interim guess was kept because the engine ended before finalising it. */
  keptFromInterim: boolean;
}

export interface RecognitionState {
  status: RecognitionSessionStatus;
  interim: string;
  finals: readonly CommittedFinal[];
  /** How many finals have ever been committed (the last one's seq). */
  committed: number;
  error: RecognitionErrorCode | null;
  noSpeech: boolean;
}

export type RecognitionEvent =
  | { type: 'start-requested' }
  | { type: 'started' }
  | { type: 'interim'; text: string }
  | {
      type: 'final';
      text: string;
      confidence?: number;
      keptFromInterim?: boolean;
    }
  /** The browser ended by itself (silence, one-minute limit) and the engine is restarting. */
  | { type: 'engine-ended' }
  | { type: 'stop-requested' }
  | { type: 'stopped' }
  | { type: 'error'; code: RecognitionErrorCode }
  | { type: 'error-dismissed' };

/** Enough finals for a captions screen or a trainer's view; older ones are dropped from the list. */
export const FINALS_KEPT = 200;

export function initialRecognition(): RecognitionState {
  return { status: 'stopped', interim: '', finals: [], committed: 0, error: null, noSpeech: false };
}

/** Whether the engine is (or is about to be) listening: Stop is what the person can press. */
export function isActive(state: RecognitionState): boolean {
  return state.status !== 'stopped';
}

function commit(
  state: RecognitionState,
  text: string,
  confidence: number,
  keptFromInterim: boolean,
): RecognitionState {
  const trimmed = text.trim();
  if (!trimmed) return { ...state, interim: '' };
  const seq = state.committed + 1;
  const finals = [...state.finals, { seq, text: trimmed, confidence, keptFromInterim }];
  if (finals.length > FINALS_KEPT) finals.splice(0, finals.length - FINALS_KEPT);
  return { ...state, interim: '', finals, committed: seq, noSpeech: false };
}

/** Commits a still-showing interim guess, so an ended or dropped session loses no words. */
function keepInterim(state: RecognitionState): RecognitionState {
  return state.interim ? commit(state, state.interim, 0, true) : state;
}

export function nextRecognition(
  state: RecognitionState,
  event: RecognitionEvent,
): RecognitionState {
  switch (event.type) {
    case 'start-requested':
      if (isActive(state)) return state;
      return { ...state, status: 'starting', interim: '', error: null, noSpeech: false };
    case 'started':
      // A late "listening" after Stop was pressed must not undo the Stop.
      if (state.status === 'stopping' || state.status === 'listening') return state;
      return { ...state, status: 'listening' };
    case 'interim':
      if (state.interim === event.text) return state;
      return { ...state, interim: event.text, noSpeech: event.text ? false : state.noSpeech };
    case 'final':
      return commit(state, event.text, event.confidence ?? 1, event.keptFromInterim ?? false);
    case 'engine-ended': {
      const kept = keepInterim(state);
      if (kept.status === 'stopping' || kept.status === 'stopped') return kept;
      return { ...kept, status: 'restarting' };
    }
    case 'stop-requested':
      if (state.status === 'stopped' || state.status === 'stopping') return state;
      return { ...state, status: 'stopping' };
    case 'stopped': {
      const kept = keepInterim(state);
      return kept.status === 'stopped' ? kept : { ...kept, status: 'stopped' };
    }
    case 'error':
      if (event.code === 'no-speech') return state.noSpeech ? state : { ...state, noSpeech: true };
      return { ...state, error: event.code };
    case 'error-dismissed':
      return state.error ? { ...state, error: null } : state;
  }
}

/** The finals committed after `seen` (a seq you already handled), oldest first. */
export function finalsAfter(state: RecognitionState, seen: number): readonly CommittedFinal[] {
  if (state.committed <= seen) return [];
  const first = state.finals.findIndex((final) => final.seq > seen);
  return first < 0 ? [] : state.finals.slice(first);
}

/** Adapts an engine's listener callbacks into events for this machine. */
export function recognitionListener(
  dispatch: (event: RecognitionEvent) => void,
  extra: Pick<RecognitionListener, 'onLog'> = {},
): RecognitionListener {
  return {
    onInterim: (text) => dispatch({ type: 'interim', text }),
    onFinal: (phrase: RecognisedPhrase) =>
      dispatch({
        type: 'final',
        text: phrase.text,
        confidence: phrase.confidence,
        keptFromInterim: phrase.keptFromInterim ?? false,
      }),
    onStatus: (status) => {
      if (status === 'listening') dispatch({ type: 'started' });
      else if (status === 'restarting') dispatch({ type: 'engine-ended' });
      else if (status === 'stopped') dispatch({ type: 'stopped' });
      // 'starting' is the engine echoing the start the person asked for: nothing new.
    },
    onError: (code) => dispatch({ type: 'error', code }),
    ...(extra.onLog ? { onLog: extra.onLog } : {}),
  };
}
