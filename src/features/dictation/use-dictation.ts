import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  type RecognitionEvent,
  recognitionListener,
} from '../../domain/recognition/recognition-session';
import type { LevelMeter } from '../../engines/microphone/microphone-engine';
import type {
  RecognitionLogEntry,
  RecognitionSession,
} from '../../engines/recognition/recognition-engine';
import { useAnnounce } from '../../shared/announcer';
import { useSetCaption } from '../../shared/captions';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import type { DictationEvent } from './dictation-session';
import type { TextRange } from './grammar';
import { createSessionStore } from './session-store';
import type { DictationSettings } from './use-dictation-settings';
import { useDictationStorage } from './use-dictation-storage';

export interface LogLine extends RecognitionLogEntry {
  id: number;
  /** Seconds since listening began. */
  time: number;
}

const LOG_LIMIT = 200;

/**
 * The dictation session for React: it holds the pure session machine
 * (dictation-session.ts), subscribes to it, and dispatches what the engines
 * report and what the person does. It owns engine resources (the listening
 * session, the level meter) and carries out the machine's effects; the
 * textarea and its caret belong to the component.
 */
export function useDictation(storageKey: string, settings: DictationSettings) {
  const engines = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const setCaption = useSetCaption();
  const [store] = useState(createSessionStore);
  const session = useSyncExternalStore(store.subscribe, store.get);
  const [meter, setMeter] = useState<LevelMeter | null>(null);
  const voiceRef = useRef<RecognitionSession | null>(null);
  const meterRef = useRef<LevelMeter | null>(null);
  const logRef = useRef<LogLine[]>([]);
  const [logVersion, setLogVersion] = useState(0);
  const logStart = useRef(0);
  const langRef = useRef(settings.lang);
  langRef.current = settings.lang;

  useDictationStorage(storageKey, store);

  store.onEffects = (effects) => {
    for (const effect of effects) {
      if (effect.kind === 'emit') emit(effect.event);
      else if (effect.kind === 'caption') setCaption(effect.text);
      else stopVoice();
    }
  };

  // Each message is announced once, by the one announcer (the visible line is not a live region).
  const message = session.message;
  useEffect(() => {
    if (message) announce(message.text);
  }, [message, announce]);

  const dispatch = useCallback((event: DictationEvent) => store.dispatch(event), [store]);
  const recognise = useCallback(
    (event: RecognitionEvent) =>
      store.dispatch({ type: 'recognition', event, lang: langRef.current, at: engines.now() }),
    [store, engines],
  );

  const pushLog = useCallback(
    (entry: RecognitionLogEntry) => {
      const log = logRef.current;
      const id = (log[log.length - 1]?.id ?? 0) + 1;
      const time = (engines.now() - logStart.current) / 1000;
      log.push({ ...entry, id, time });
      if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
      setLogVersion(id);
    },
    [engines],
  );

  const closeMeter = useCallback(() => {
    meterRef.current?.close();
    meterRef.current = null;
    setMeter(null);
  }, []);

  const stopVoice = useCallback(() => {
    recognise({ type: 'stop-requested' });
    voiceRef.current?.stop();
  }, [recognise]);

  const start = useCallback(
    (processLocally: boolean) => {
      if (voiceRef.current) return;
      logStart.current = engines.now();
      recognise({ type: 'start-requested' });
      pushLog({ kind: 'restart', text: 'Listening started' });
      const listener = recognitionListener(
        (event) => {
          if (event.type === 'stopped') {
            voiceRef.current = null;
            closeMeter();
          }
          recognise(event);
        },
        { onLog: pushLog },
      );
      const started = engines.recognition.start({ lang: settings.lang, processLocally }, listener);
      // An engine that could not start has already said 'stopped': keep no dead session.
      if (store.get().recognition.status === 'stopped') return;
      voiceRef.current = started;
      engines.microphone.open().then(
        (opened) => {
          if (!voiceRef.current) {
            opened.close();
            return;
          }
          meterRef.current = opened;
          setMeter(opened);
        },
        () =>
          dispatch({
            type: 'message',
            text: 'The level meter cannot use the microphone, but dictation can still work.',
          }),
      );
    },
    [closeMeter, dispatch, engines, pushLog, recognise, settings.lang, store],
  );

  // "Type instead of speaking" listens whenever it is the chosen engine.
  const typed = engines.typedRecognition;
  useEffect(() => {
    if (settings.engine !== 'typed') return;
    const listening = typed.start(
      { lang: settings.lang, processLocally: true },
      {
        onInterim: () => {},
        onFinal: (phrase) =>
          store.dispatch({
            type: 'typed-phrase',
            text: phrase.text,
            lang: langRef.current,
            at: engines.now(),
          }),
        // Typed practice is always ready: only the microphone has a listening state to show.
        onStatus: () => {},
        onError: () => {},
        onLog: pushLog,
      },
    );
    return () => listening.stop();
  }, [typed, settings.engine, settings.lang, store, engines, pushLog]);

  // Switching engine ends listening; leaving the page drops it at once.
  useEffect(() => {
    if (settings.engine === 'browser') return;
    voiceRef.current?.stop();
  }, [settings.engine]);
  useEffect(
    () => () => {
      voiceRef.current?.abort();
      voiceRef.current = null;
      meterRef.current?.close();
    },
    [],
  );

  const stop = useCallback(() => stopVoice(), [stopVoice]);
  const actions = useMemo(
    () => ({
      dismissError: () => recognise({ type: 'error-dismissed' }),
      /** Sends a phrase typed into "Say this"; false if nothing was sent. */
      say: (phrase: string) => typed.send(phrase),
      editByHand: (text: string, selection: TextRange) =>
        dispatch({ type: 'edited', text, selection }),
      select: (selection: TextRange) => dispatch({ type: 'selected', selection }),
      clear: () => dispatch({ type: 'cleared' }),
      resolveConflict: (keep: 'mine' | 'theirs' | 'both') =>
        dispatch({ type: 'conflict-resolved', keep }),
    }),
    [dispatch, recognise, typed],
  );

  return {
    ...actions,
    session,
    doc: session.doc,
    interim: session.recognition.interim,
    status: session.recognition.status,
    listening: session.recognition.status !== 'stopped',
    error: session.recognition.error,
    meter,
    log: logRef.current,
    logVersion,
    start,
    stop,
  };
}

export type Dictation = ReturnType<typeof useDictation>;
