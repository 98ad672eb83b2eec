import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  finalsAfter,
  initialRecognition,
  nextRecognition,
  recognitionListener,
} from '../../domain/recognition/recognition-session';
import type {
  RecognitionListener,
  RecognitionSession,
} from '../../engines/recognition/recognition-engine';
import { useAnnounce } from '../../shared/announcer';
import { useSetCaption } from '../../shared/captions';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import { captionLine, expectedWordsIn, withExpectedCasing } from './caption-text';
import { appendLine, readTranscript, type TranscriptLine } from './transcript';
import type { CaptionsSettingsState } from './use-captions-settings';
import { useSaved } from './use-saved';

/** Saved as an object, so the persistence path's per-field merge treats the lines as one value. */
const readSavedTranscript = (saved: unknown): { lines: TranscriptLine[] } => ({
  lines: readTranscript((saved as { lines?: unknown } | undefined)?.lines),
});

/**
 * A live captions session: the recognition machine (status, interim, finals),
 * the engine feeding it, and the transcript its finals become. Captions are
 * literal: each final is one line, tidied by captionLine and nothing else.
 */
export function useCaptions(settings: CaptionsSettingsState, expected: readonly string[]) {
  const engines = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const setCaption = useSetCaption();
  const typed = engines.typedRecognition;
  const [state, dispatch] = useReducer(nextRecognition, undefined, initialRecognition);
  const transcript = useSaved(
    'captions:transcript',
    'the captions transcript',
    readSavedTranscript,
  );
  const [phrasesRefused, setPhrasesRefused] = useState(false);
  const sessionRef = useRef<RecognitionSession | null>(null);
  const seen = useRef(0);
  const via = useRef<'voice' | 'typed'>('voice');
  const latest = useRef({ lang: settings.lang, expected });
  latest.current = { lang: settings.lang, expected };

  // Each new final becomes a caption line, a transcript entry and a practice event.
  useEffect(() => {
    const fresh = finalsAfter(state, seen.current);
    seen.current = state.committed;
    if (!fresh.length) return;
    const { lang, expected: words } = latest.current;
    const now = engines.now();
    const lines = fresh
      .map((final) => withExpectedCasing(captionLine(final.text, lang), words))
      .filter(Boolean);
    if (!lines.length) return;
    const how = via.current;
    transcript.update((current) => ({
      lines: lines.reduce((all, line) => appendLine(all, line, now, how), current.lines),
    }));
    for (const line of lines) {
      emit({
        type: 'captions/line',
        words: line.split(' ').length,
        via: via.current,
        expected: expectedWordsIn(line, words),
      });
    }
    setCaption(lines[lines.length - 1] as string);
  }, [state, engines, emit, setCaption, transcript.update]);

  useEffect(() => {
    if (state.interim) setCaption(state.interim);
  }, [state.interim, setCaption]);

  const begin = useCallback(
    (processLocally: boolean, withPhrases: boolean) => {
      const { lang, expected: words } = latest.current;
      const phrases = withPhrases && engines.recognition.supportsPhrases?.() ? [...words] : [];
      const base = recognitionListener(dispatch);
      let refused = false;
      const listener: RecognitionListener = {
        ...base,
        onError: (code) => {
          // Words to expect are a help, not a need: carry on without them (see onStatus).
          if (code === 'phrases-not-supported' && phrases.length) {
            refused = true;
            return;
          }
          base.onError(code);
        },
        onStatus: (status) => {
          if (status === 'stopped' && refused) {
            setPhrasesRefused(true);
            sessionRef.current = engines.recognition.start(
              { lang, processLocally },
              recognitionListener(dispatch),
            );
            return;
          }
          if (status === 'stopped') sessionRef.current = null;
          base.onStatus(status);
        },
      };
      via.current = 'voice';
      sessionRef.current = engines.recognition.start(
        { lang, processLocally, ...(phrases.length ? { phrases } : {}) },
        listener,
      );
    },
    [engines],
  );

  const start = useCallback(
    (processLocally: boolean) => {
      if (sessionRef.current) return;
      setPhrasesRefused(false);
      dispatch({ type: 'start-requested' });
      begin(processLocally, true);
      announce('Captions started.');
    },
    [announce, begin],
  );

  const stop = useCallback(() => {
    dispatch({ type: 'stop-requested' });
    sessionRef.current?.stop();
  }, []);

  // "Type instead of speaking" is ready whenever it is the chosen engine; only its finals count.
  useEffect(() => {
    if (settings.engine !== 'typed') return;
    const base = recognitionListener(dispatch);
    const session = typed.start(
      { lang: settings.lang, processLocally: true },
      { ...base, onStatus: () => {} },
    );
    return () => session.stop();
  }, [typed, settings.engine, settings.lang]);

  // Switching to typing, or leaving the page, ends listening.
  useEffect(() => {
    if (settings.engine === 'browser') return;
    sessionRef.current?.stop();
  }, [settings.engine]);
  useEffect(
    () => () => {
      sessionRef.current?.abort();
      sessionRef.current = null;
    },
    [],
  );

  const say = useCallback(
    (text: string) => {
      via.current = 'typed';
      return typed.send(text);
    },
    [typed],
  );

  const clear = useCallback(() => {
    transcript.update({ lines: [] });
    setCaption('');
    announce('Transcript cleared.');
  }, [transcript.update, setCaption, announce]);

  return {
    status: state.status,
    listening: state.status !== 'stopped',
    interim: state.interim,
    error: state.error,
    noSpeech: state.noSpeech,
    dismissError: () => dispatch({ type: 'error-dismissed' }),
    phrasesRefused,
    lines: transcript.value.lines,
    restored: transcript.loaded,
    start,
    stop,
    say,
    clear,
  };
}

export type Captions = ReturnType<typeof useCaptions>;
