import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LevelMeter } from '../../engines/microphone/microphone-engine';
import type {
  RecognitionErrorCode,
  RecognitionListener,
  RecognitionLogEntry,
  RecognitionSession,
  RecognitionStatus,
} from '../../engines/recognition/recognition-engine';
import { createTypedRecognition } from '../../engines/recognition/typed-recognition';
import { useAnnounce } from '../../shared/announcer';
import { useSetCaption } from '../../shared/captions';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import {
  applyManualEdit,
  applyPhrase,
  clearDoc,
  createDoc,
  type DictationDoc,
  type TextRange,
  withSelection,
} from './grammar';
import type { DictationSettings } from './use-dictation-settings';

export interface LogLine extends RecognitionLogEntry {
  id: number;
  /** Seconds since listening began. */
  time: number;
}

const LOG_LIMIT = 200;

/**
 * The dictation session: the document, the engines feeding it, and saving.
 * Every phrase, spoken or typed into "Say this", goes through applyPhrase.
 */
/**
 * Puts a change made by voice into the textbox as an edit (setRangeText) instead of a whole
 * new value, so the browser's editing path handles it and React then finds the value already
 * right. (Chromium still lays out the whole text: see the benchmark in docs/dictation.md.)
 */
function patchTextarea(element: HTMLTextAreaElement | null, before: string, after: string) {
  if (!element || element.value !== before || before === after) return;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  element.setRangeText(after.slice(start, after.length - end), start, before.length - end, 'end');
}

export function useDictation(
  storageKey: string,
  settings: DictationSettings,
  textarea: RefObject<HTMLTextAreaElement | null>,
) {
  const engines = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const setCaption = useSetCaption();
  const typed = useMemo(() => createTypedRecognition(), []);

  const docRef = useRef<DictationDoc>(createDoc());
  const [doc, setDoc] = useState<DictationDoc>(docRef.current);
  /** Whether the last change came from voice (then the caret follows it) or from the keyboard. */
  const originRef = useRef<'voice' | 'manual'>('manual');
  const [restored, setRestored] = useState(false);
  const touchedRef = useRef(false);
  const [interim, setInterim] = useState('');
  const [status, setStatus] = useState<RecognitionStatus>('stopped');
  const [error, setError] = useState<RecognitionErrorCode | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [meter, setMeter] = useState<LevelMeter | null>(null);
  const sessionRef = useRef<RecognitionSession | null>(null);
  const meterRef = useRef<LevelMeter | null>(null);
  const logRef = useRef<LogLine[]>([]);
  const [logVersion, setLogVersion] = useState(0);
  const logStart = useRef(0);
  const stats = useRef({
    firstAt: 0,
    commands: new Map<string, number>(),
    dictatedSinceTyping: false,
  });
  const [commandsUsed, setCommandsUsed] = useState<ReadonlyMap<string, number>>(new Map());
  const langRef = useRef(settings.lang);
  langRef.current = settings.lang;

  // Restore what was dictated here last time.
  useEffect(() => {
    let live = true;
    engines.storage.getItem(storageKey).then(
      (saved) => {
        if (!live) return;
        // Anything dictated or typed before the saved text arrived wins over it.
        if (saved && !touchedRef.current) {
          docRef.current = createDoc(saved);
          setDoc(docRef.current);
        }
        setRestored(true);
      },
      () => live && setRestored(true),
    );
    return () => {
      live = false;
    };
  }, [engines.storage, storageKey]);

  // Save on every change, once the saved text has been read (never overwrite it with nothing).
  const text = doc.text;
  useEffect(() => {
    if (restored) void engines.storage.setItem(storageKey, text);
  }, [engines.storage, storageKey, text, restored]);

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

  const applyFinal = useCallback(
    (phrase: string, via: 'voice' | 'typed') => {
      const outcome = applyPhrase(docRef.current, phrase, langRef.current);
      setCaption(phrase);
      patchTextarea(textarea.current, docRef.current.text, outcome.doc.text);
      touchedRef.current = true;
      docRef.current = outcome.doc;
      originRef.current = 'voice';
      setDoc(outcome.doc);
      const now = engines.now();
      if (outcome.words > 0) {
        if (!stats.current.firstAt) stats.current.firstAt = now;
        emit({ type: 'dictation/utterance', words: outcome.words, via });
      }
      stats.current.dictatedSinceTyping = true;
      if (outcome.commands.length) {
        const counts = stats.current.commands;
        for (const command of outcome.commands) {
          counts.set(command, (counts.get(command) ?? 0) + 1);
          emit({ type: 'dictation/command', command, via });
        }
        setCommandsUsed(new Map(counts));
      }
      for (const how of outcome.corrections) emit({ type: 'dictation/corrected', how });
      if (outcome.notes.length) announce(outcome.notes.join(' '));
      setHint(outcome.notes.length ? outcome.notes.join(' ') : null);
      if (outcome.stopListening) {
        if (via === 'voice') sessionRef.current?.stop();
        else announce('"Stop listening" would stop the microphone.');
      }
    },
    [announce, emit, engines, textarea, setCaption],
  );

  const closeMeter = useCallback(() => {
    meterRef.current?.close();
    meterRef.current = null;
    setMeter(null);
  }, []);

  const listener = useCallback(
    (via: 'voice' | 'typed'): RecognitionListener => ({
      onInterim: (text) => {
        setInterim(text);
        if (text) setCaption(text);
      },
      onFinal: (phrase) => applyFinal(phrase.text, via),
      onStatus: (next) => {
        // Typed practice is always ready: only the microphone has a listening state to show.
        if (via === 'typed') return;
        setStatus(next);
        if (next === 'stopped') {
          sessionRef.current = null;
          setInterim('');
          closeMeter();
        }
      },
      onError: (code) => {
        if (code === 'no-speech') {
          setHint('No speech heard for a few seconds: still listening.');
          return;
        }
        setError(code);
      },
      onLog: pushLog,
    }),
    [applyFinal, closeMeter, pushLog, setCaption],
  );

  const start = useCallback(
    (processLocally: boolean) => {
      if (sessionRef.current) return;
      setError(null);
      setHint(null);
      logStart.current = engines.now();
      // Words per minute count from pressing Start, so the first phrase's time is included.
      if (!stats.current.firstAt) stats.current.firstAt = engines.now();
      pushLog({ kind: 'restart', text: 'Listening started' });
      sessionRef.current = engines.recognition.start(
        { lang: settings.lang, processLocally },
        listener('voice'),
      );
      engines.microphone.open().then(
        (opened) => {
          if (!sessionRef.current) {
            opened.close();
            return;
          }
          meterRef.current = opened;
          setMeter(opened);
        },
        () => setHint('The level meter cannot use the microphone, but dictation can still work.'),
      );
      announce('Listening.');
    },
    [announce, engines, listener, pushLog, settings.lang],
  );

  const stop = useCallback(() => {
    sessionRef.current?.stop();
  }, []);

  // "Type instead of speaking" listens whenever it is the chosen engine.
  useEffect(() => {
    if (settings.engine !== 'typed') return;
    const session = typed.start({ lang: settings.lang, processLocally: true }, listener('typed'));
    return () => session.stop();
  }, [typed, settings.engine, settings.lang, listener]);

  // Leaving the page, or switching engine, ends listening.
  useEffect(() => {
    if (settings.engine === 'browser') return;
    sessionRef.current?.stop();
  }, [settings.engine]);
  useEffect(
    () => () => {
      sessionRef.current?.abort();
      sessionRef.current = null;
      meterRef.current?.close();
    },
    [],
  );

  const say = useCallback((phrase: string) => typed.send(phrase), [typed]);

  const editByHand = useCallback(
    (value: string, selection: TextRange) => {
      docRef.current = applyManualEdit(docRef.current, value, selection);
      touchedRef.current = true;
      originRef.current = 'manual';
      setDoc(docRef.current);
      if (value === '') stats.current.firstAt = 0;
      if (stats.current.dictatedSinceTyping) {
        stats.current.dictatedSinceTyping = false;
        emit({ type: 'dictation/corrected', how: 'typed' });
      }
    },
    [emit],
  );

  const select = useCallback((selection: TextRange) => {
    docRef.current = withSelection(docRef.current, selection);
  }, []);

  const clear = useCallback(() => {
    docRef.current = clearDoc(docRef.current);
    touchedRef.current = true;
    originRef.current = 'voice';
    stats.current = { firstAt: 0, commands: new Map(), dictatedSinceTyping: false };
    setCommandsUsed(new Map());
    setDoc(docRef.current);
    announce('Dictated text cleared. Say “undo that” to bring it back.');
  }, [announce]);

  return {
    doc,
    originRef,
    restored,
    interim,
    status,
    listening: status !== 'stopped',
    error,
    dismissError: () => setError(null),
    hint,
    meter,
    log: logRef.current,
    logVersion,
    commandsUsed,
    firstDictatedAt: () => stats.current.firstAt,
    start,
    stop,
    say,
    editByHand,
    select,
    clear,
  };
}

export type Dictation = ReturnType<typeof useDictation>;
