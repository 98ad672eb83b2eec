/**
 * The browser's W3C SpeechRecognition (or webkitSpeechRecognition), wrapped
 * so that the rest of the app sees phrases once each and plain error codes.
 *
 * Browser behaviour handled here (see docs/dictation.md):
 * - Chrome ends a session after a few seconds of silence and after about a
 *   minute: we start again by ourselves, keeping any interim guess the
 *   browser never finalised, but never after Stop, and never after an error
 *   that would only repeat (not-allowed, service-not-allowed, network,
 *   language-not-supported, audio-capture, aborted).
 * - Replayed results are dropped by ReplayFilter.
 * - Calling start() on a running recogniser throws InvalidStateError.
 * - With processLocally and an unsupported language Chrome sends the error
 *   but never `end`; after stop() some builds never send `end` either, so
 *   no step waits for `end` for ever.
 */
import {
  FATAL_ERRORS,
  type OnDeviceAvailability,
  RECOGNITION_ERROR_CODES,
  type RecognitionEngine,
  type RecognitionErrorCode,
  type RecognitionListener,
  type RecognitionOptions,
  type RecognitionSession,
} from './recognition-engine';
import { ReplayFilter, type ResultLike } from './replay-filter';

/** The parts of the Web Speech API we use (lib.dom has no types for it). */
interface SpeechRecognitionLike extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  processLocally?: boolean;
  phrases?: unknown;
  start(): void;
  stop(): void;
  abort(): void;
}

interface SpeechRecognitionConstructor {
  new (): SpeechRecognitionLike;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>;
  install?: (options: { langs: string[]; processLocally: boolean }) => Promise<boolean>;
}

interface ResultListLike {
  length: number;
  [index: number]: {
    isFinal: boolean;
    length: number;
    [index: number]: { transcript: string; confidence: number };
  };
}

/** How long to wait for `end` after stop() before treating the session as over. */
const END_TIMEOUT_MS = 3000;
/** A session that ends sooner than this without hearing anything counts as a failed start. */
const QUICK_END_MS = 1000;
/** After this many failed starts in a row, stop trying. */
const MAX_QUICK_RESTARTS = 5;

export function speechRecognitionConstructor(win: Window): SpeechRecognitionConstructor | null {
  const w = win as unknown as Record<string, unknown>;
  return (
    ((w.SpeechRecognition ?? w.webkitSpeechRecognition) as SpeechRecognitionConstructor) ?? null
  );
}

function toResults(list: ResultListLike): ResultLike[] {
  const results: ResultLike[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const result = list[i];
    if (!result) continue;
    const alternatives = [];
    for (let j = 0; j < result.length; j += 1) {
      const alternative = result[j];
      if (alternative) {
        alternatives.push({
          transcript: alternative.transcript,
          confidence: alternative.confidence,
        });
      }
    }
    results.push({ isFinal: result.isFinal, alternatives });
  }
  return results;
}

function errorCode(raw: unknown): RecognitionErrorCode {
  return (RECOGNITION_ERROR_CODES as readonly unknown[]).includes(raw)
    ? (raw as RecognitionErrorCode)
    : 'aborted';
}

/** The W3C SpeechRecognitionPhrase (Chrome 140+), where the browser has contextual biasing. */
type PhraseConstructor = new (phrase: string, boost?: number) => unknown;

function phraseConstructor(win: Window, Recognition: SpeechRecognitionConstructor | null) {
  const Phrase = (win as unknown as { SpeechRecognitionPhrase?: PhraseConstructor })
    .SpeechRecognitionPhrase;
  return Phrase && Recognition && 'phrases' in Recognition.prototype ? Phrase : null;
}

export function createWebSpeechRecognition(win: Window): RecognitionEngine {
  const Recognition = speechRecognitionConstructor(win);
  return {
    supportsPhrases: () => phraseConstructor(win, Recognition) !== null,

    unavailableReason() {
      if (!Recognition) return 'unsupported';
      if (!win.isSecureContext) return 'insecure';
      return null;
    },

    async onDeviceAvailability(lang): Promise<OnDeviceAvailability> {
      if (!Recognition?.available) return 'unsupported';
      try {
        const status = await Recognition.available({ langs: [lang], processLocally: true });
        return ['available', 'downloadable', 'downloading', 'unavailable'].includes(status)
          ? (status as OnDeviceAvailability)
          : 'unavailable';
      } catch {
        return 'unsupported';
      }
    },

    async installOnDevice(lang) {
      if (!Recognition?.install) return false;
      try {
        return (await Recognition.install({ langs: [lang], processLocally: true })) === true;
      } catch {
        return false;
      }
    },

    start(options, listener) {
      return startSession(win, Recognition, options, listener);
    },
  };
}

function startSession(
  win: Window,
  Recognition: SpeechRecognitionConstructor | null,
  options: RecognitionOptions,
  listener: RecognitionListener,
): RecognitionSession {
  const reason = !Recognition ? 'unsupported' : !win.isSecureContext ? 'insecure' : null;
  if (reason || !Recognition) {
    queueMicrotask(() => {
      listener.onError(reason ?? 'unsupported');
      listener.onStatus('stopped');
    });
    return { stop() {}, abort() {} };
  }

  const recognition = new Recognition();
  recognition.lang = options.lang;
  recognition.continuous = true;
  recognition.interimResults = true;
  recognition.maxAlternatives = 3;
  if (options.processLocally && 'processLocally' in recognition) recognition.processLocally = true;
  const Phrase = phraseConstructor(win, Recognition);
  if (Phrase && options.phrases?.length) {
    try {
      // A boost of 3 (of 0–10) favours the words without forcing them on unclear speech.
      recognition.phrases = options.phrases.map((phrase) => new Phrase(phrase, 3));
    } catch {
      // A browser that rejects the list still recognises speech without it.
    }
  }

  const filter = new ReplayFilter();
  let interim = '';
  let userStopped = false;
  let fatal = false;
  let finished = false;
  let running = false;
  let sessionStartedAt = 0;
  let heardSomething = false;
  let quickEnds = 0;
  let endTimer: ReturnType<typeof setTimeout> | undefined;

  const log = listener.onLog ?? (() => {});

  /** Keeps words the browser showed but never finalised, so nothing said is lost. */
  const keepInterim = (): string => {
    const kept = interim;
    if (kept) {
      log({ kind: 'kept-interim', text: kept });
      listener.onFinal({ text: kept, confidence: 0, alternatives: [], keptFromInterim: true });
      interim = '';
      listener.onInterim('');
    }
    return kept;
  };

  const finish = () => {
    if (finished) return;
    finished = true;
    running = false;
    clearTimeout(endTimer);
    keepInterim();
    listener.onStatus('stopped');
  };

  const begin = (carry: string) => {
    filter.newSession(carry);
    sessionStartedAt = win.performance.now();
    heardSomething = false;
    try {
      recognition.start();
      running = true;
    } catch (error) {
      // InvalidStateError: already running (a stray restart). Anything else is fatal.
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) {
        fatal = true;
        listener.onError('aborted', error instanceof Error ? error.message : String(error));
        finish();
      }
    }
  };

  recognition.addEventListener('start', () => {
    listener.onStatus('listening');
  });

  recognition.addEventListener('result', (event) => {
    const results = toResults((event as unknown as { results: ResultListLike }).results);
    const output = filter.accept(results);
    heardSomething = true;
    for (const text of output.ignored) log({ kind: 'replay-ignored', text });
    for (const phrase of output.finals) {
      log({
        kind: 'final',
        text: phrase.text,
        confidence: phrase.confidence,
        alternatives: phrase.alternatives,
      });
      listener.onFinal(phrase);
    }
    if (output.interim !== interim) {
      interim = output.interim;
      if (interim) {
        const first = results.find((result) => !result.isFinal)?.alternatives[0];
        log({ kind: 'interim', text: interim, confidence: first?.confidence ?? 0 });
      }
      listener.onInterim(interim);
    }
  });

  recognition.addEventListener('error', (event) => {
    const code = errorCode((event as unknown as { error: unknown }).error);
    const detail = (event as unknown as { message?: string }).message;
    log({ kind: 'error', text: code });
    if (code === 'aborted' && userStopped) return;
    if (FATAL_ERRORS.has(code)) {
      fatal = true;
      listener.onError(code, detail);
      // Some browsers send no `end` after these (processLocally + language-not-supported).
      clearTimeout(endTimer);
      endTimer = setTimeout(finish, END_TIMEOUT_MS);
      return;
    }
    listener.onError(code, detail);
  });

  recognition.addEventListener('end', () => {
    running = false;
    log({ kind: 'end', text: '' });
    if (finished) return;
    if (userStopped || fatal) {
      finish();
      return;
    }
    // Chrome ended by itself (silence, or its one-minute limit): carry on listening.
    const quick = win.performance.now() - sessionStartedAt < QUICK_END_MS && !heardSomething;
    quickEnds = quick ? quickEnds + 1 : 0;
    if (quickEnds >= MAX_QUICK_RESTARTS) {
      fatal = true;
      listener.onError('keeps-stopping');
      finish();
      return;
    }
    const carry = keepInterim();
    log({ kind: 'restart', text: '' });
    listener.onStatus('restarting');
    begin(carry);
  });

  listener.onStatus('starting');
  begin('');

  return {
    stop() {
      if (finished || userStopped) return;
      userStopped = true;
      if (!running) {
        finish();
        return;
      }
      try {
        recognition.stop();
      } catch {
        finish();
        return;
      }
      endTimer = setTimeout(finish, END_TIMEOUT_MS);
    },
    abort() {
      userStopped = true;
      interim = '';
      try {
        recognition.abort();
      } catch {
        // Already ended.
      }
      finished = true;
      clearTimeout(endTimer);
    },
  };
}
