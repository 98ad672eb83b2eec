import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  HighlightMethod,
  Speech,
  SynthesisError,
  SynthesisVoice,
} from '../../../engines/synthesis/synthesis-engine';
import { useAnnounce } from '../../../shared/announcer';
import { useEngines } from '../../../shared/engines-context';
import { useAppStore } from '../../../store/store-context';
import { chunksFrom, maxChunkChars } from './chunking';
import { type ReadingDocument, wordAtOffset } from './reading-document';

export type ReaderStatus = 'idle' | 'loading' | 'speaking' | 'paused';

export interface ReaderState {
  status: ReaderStatus;
  /** The word being said (or where reading paused); null when not reading. */
  activeWord: number | null;
  method: HighlightMethod | null;
  /** Loading the built-in voice: 0..1. */
  progress: number | null;
  error: { error: SynthesisError; voice: SynthesisVoice; fromWord: number } | null;
}

const IDLE: ReaderState = {
  status: 'idle',
  activeWord: null,
  method: null,
  progress: null,
  error: null,
};

/**
 * Reading aloud as a small state machine over the synthesis engine. Pause is
 * stop-at-word and Resume is start-from-word: browsers' own pause() hangs
 * Linux's speech daemon and cancels on Android.
 */
export function useReader(doc: ReadingDocument) {
  const { synthesis } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const [state, setState] = useState<ReaderState>(IDLE);
  const speech = useRef<Speech | null>(null);
  const reading = useRef({ id: 0, spoken: new Set<number>(), reported: true, active: -1 });

  const finish = useCallback(
    (toEnd: boolean) => {
      const current = reading.current;
      if (current.reported) return;
      current.reported = true;
      emit({ type: 'read-aloud/finished', wordsSpoken: current.spoken.size, toEnd });
    },
    [emit],
  );

  const cancel = useCallback(() => {
    speech.current?.cancel();
    speech.current = null;
    reading.current.id += 1;
  }, []);

  const start = useCallback(
    (fromWord: number, voice: SynthesisVoice, rate: number) => {
      cancel();
      finish(false);
      if (fromWord < 0 || fromWord >= doc.words.length) return;
      const id = reading.current.id;
      reading.current = { id, spoken: new Set([fromWord]), reported: false, active: fromWord };
      const live = () => reading.current.id === id;
      const chunks = chunksFrom(doc, fromWord, maxChunkChars(rate)).map((chunk) => ({
        start: chunk.start,
        text: chunk.text,
        wordStarts: doc.words.slice(chunk.firstWord, chunk.endWord).map((word) => word.start),
      }));
      setState({ ...IDLE, status: 'speaking', activeWord: fromWord });
      emit({
        type: 'read-aloud/started',
        voiceLang: voice.lang,
        voiceName: voice.name,
        builtIn: voice.builtIn,
        rate,
        fromWord,
      });
      speech.current = synthesis.speak(chunks, {
        voice,
        rate,
        onWord(offset) {
          if (!live()) return;
          const word = wordAtOffset(doc, offset);
          reading.current.active = word;
          reading.current.spoken.add(word);
          setState((s) =>
            s.activeWord === word && s.status === 'speaking'
              ? s
              : { ...s, status: 'speaking', progress: null, activeWord: word },
          );
        },
        onEnd() {
          if (!live()) return;
          speech.current = null;
          finish(true);
          setState((s) => ({ ...IDLE, method: s.method }));
          announce('Finished reading.');
        },
        onError(error) {
          if (!live()) return;
          speech.current = null;
          finish(false);
          setState((s) => ({
            ...IDLE,
            method: s.method,
            error: { error, voice, fromWord: Math.max(fromWord, reading.current.active) },
          }));
        },
        onMethod(method) {
          if (live()) setState((s) => ({ ...s, method }));
        },
        onProgress(fraction) {
          if (!live()) return;
          setState((s) => ({
            ...s,
            progress: fraction,
            status: fraction === null ? 'speaking' : 'loading',
          }));
        },
      });
    },
    [doc, synthesis, emit, cancel, finish, announce],
  );

  const pause = useCallback(() => {
    const at = reading.current.active;
    cancel();
    finish(false);
    setState((s) => ({ ...s, status: 'paused', activeWord: at, progress: null }));
    announce('Paused.');
  }, [cancel, finish, announce]);

  const stop = useCallback(() => {
    cancel();
    finish(false);
    setState((s) => ({ ...IDLE, method: s.method }));
    announce('Stopped.');
  }, [cancel, finish, announce]);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  // New text: whatever was being read no longer exists.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the document changes.
  useEffect(() => {
    return () => {
      cancel();
      finish(false);
      setState(IDLE);
    };
  }, [doc]);

  // One object while nothing changed, so the controls can skip a render the text box caused.
  return useMemo(
    () => ({ state, start, pause, stop, dismissError }),
    [state, start, pause, stop, dismissError],
  );
}

/** What useReader gives: its state and its controls. */
export type Reader = ReturnType<typeof useReader>;
