/**
 * Speech recognition, as the dictation tool needs it: phrases once each,
 * the current interim guess, a status, and typed errors. Implementations:
 * the browser's Web Speech API (web-speech-recognition.ts), a scripted fake
 * for tests (scripted-recognition.ts) and "type instead of speaking"
 * (typed-recognition.ts).
 */

/** Error codes: the W3C SpeechRecognitionErrorEvent codes, plus the engine's own. */
export const RECOGNITION_ERROR_CODES = [
  'no-speech',
  'aborted',
  'audio-capture',
  'network',
  'not-allowed',
  'service-not-allowed',
  'language-not-supported',
  'bad-grammar',
  'phrases-not-supported',
  /** The browser has no SpeechRecognition at all (Firefox). */
  'unsupported',
  /** The page is not a secure context (http), so the browser keeps the microphone off. */
  'insecure',
  /** The browser stopped answering (no `end` after stop). */
  'timeout',
  /** Sessions end as soon as they start, again and again. */
  'keeps-stopping',
] as const;
export type RecognitionErrorCode = (typeof RECOGNITION_ERROR_CODES)[number];

/** Errors after which listening never restarts by itself. */
export const FATAL_ERRORS: ReadonlySet<RecognitionErrorCode> = new Set([
  'not-allowed',
  'service-not-allowed',
  'network',
  'language-not-supported',
  'audio-capture',
  'aborted',
  'bad-grammar',
  'phrases-not-supported',
  'unsupported',
  'insecure',
  'keeps-stopping',
]);

export interface RecognitionAlternative {
  transcript: string;
  confidence: number;
}

export interface RecognisedPhrase {
  text: string;
  confidence: number;
  alternatives: RecognitionAlternative[];
  /** True when an interim guess was kept because the browser ended before finalising it. */
  keptFromInterim?: boolean;
}

/** One line in the trainer's stream of results. */
export interface RecognitionLogEntry {
  kind: 'interim' | 'final' | 'replay-ignored' | 'kept-interim' | 'restart' | 'error' | 'end';
  text: string;
  confidence?: number;
  alternatives?: RecognitionAlternative[];
}

export type RecognitionStatus = 'starting' | 'listening' | 'restarting' | 'stopped';

export interface RecognitionListener {
  onInterim(text: string): void;
  onFinal(phrase: RecognisedPhrase): void;
  onStatus(status: RecognitionStatus): void;
  /** Fatal errors are followed by onStatus('stopped'); "no-speech" is reported but listening goes on. */
  onError(code: RecognitionErrorCode, detail?: string): void;
  onLog?(entry: RecognitionLogEntry): void;
}

export interface RecognitionOptions {
  lang: string;
  /** Ask for on-device recognition (audio never leaves the device). */
  processLocally: boolean;
  /**
   * Words and names to expect (contextual biasing), where the browser takes them
   * (see supportsPhrases); a browser that refuses them mid-session reports
   * "phrases-not-supported".
   */
  phrases?: readonly string[];
}

export interface RecognitionSession {
  /** Stop listening: pending speech is still finalised, and listening never restarts. */
  stop(): void;
  /** Stop at once, dropping pending speech (leaving the page). */
  abort(): void;
}

export type OnDeviceAvailability =
  | 'available'
  | 'downloadable'
  | 'downloading'
  | 'unavailable'
  | 'unsupported';

export interface RecognitionEngine {
  /** Why recognition cannot run here, or null if it can. */
  unavailableReason(): 'unsupported' | 'insecure' | null;
  /** Whether on-device recognition for the language is ready, can be downloaded, or is not offered. */
  onDeviceAvailability(lang: string): Promise<OnDeviceAvailability>;
  /** Downloads on-device recognition for the language (only on a button press). True if installed. */
  installOnDevice(lang: string): Promise<boolean>;
  /** Whether this browser takes contextual phrases (`RecognitionOptions.phrases`); absent means no. */
  supportsPhrases?(): boolean;
  start(options: RecognitionOptions, listener: RecognitionListener): RecognitionSession;
}
