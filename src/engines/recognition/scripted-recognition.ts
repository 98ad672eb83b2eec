/**
 * A scripted recogniser for tests and demonstrations: it hears exactly what
 * the script says, when the script says it.
 *
 *   recognition.say('hello world');               // an interim guess
 *   recognition.say('hello world', { final: true });
 *   recognition.fail('not-allowed');
 */
import {
  FATAL_ERRORS,
  type OnDeviceAvailability,
  type RecognitionEngine,
  type RecognitionErrorCode,
  type RecognitionListener,
  type RecognitionOptions,
} from './recognition-engine';

export interface ScriptedRecognition extends RecognitionEngine {
  /** Options of every session started, oldest first. */
  readonly sessions: RecognitionOptions[];
  readonly listening: boolean;
  say(text: string, options?: { final?: boolean; confidence?: number }): void;
  fail(code: RecognitionErrorCode): void;
  availability: OnDeviceAvailability;
  installResult: boolean;
  unavailable: 'unsupported' | 'insecure' | null;
}

export function createScriptedRecognition(): ScriptedRecognition {
  let listener: RecognitionListener | null = null;
  let interim = '';
  const sessions: RecognitionOptions[] = [];
  const end = () => {
    const current = listener;
    listener = null;
    if (!current) return;
    if (interim)
      current.onFinal({ text: interim, confidence: 0, alternatives: [], keptFromInterim: true });
    interim = '';
    current.onInterim('');
    current.onStatus('stopped');
  };
  const engine: ScriptedRecognition = {
    sessions,
    get listening() {
      return listener !== null;
    },
    availability: 'unsupported',
    installResult: false,
    unavailable: null,
    unavailableReason: () => engine.unavailable,
    onDeviceAvailability: async () => engine.availability,
    async installOnDevice() {
      if (engine.installResult) engine.availability = 'available';
      return engine.installResult;
    },
    start(options, next) {
      sessions.push(options);
      listener = next;
      next.onStatus('starting');
      if (engine.unavailable) {
        next.onError(engine.unavailable);
        end();
      } else next.onStatus('listening');
      return {
        stop: () => {
          if (listener === next) end();
        },
        abort: () => {
          if (listener === next) listener = null;
        },
      };
    },
    say(text, { final = false, confidence = 0.9 } = {}) {
      const current = listener;
      if (!current) throw new Error(`Nothing is listening, so "${text}" went unheard.`);
      if (final) {
        interim = '';
        current.onLog?.({ kind: 'final', text, confidence, alternatives: [] });
        current.onInterim('');
        current.onFinal({ text, confidence, alternatives: [] });
      } else {
        interim = text;
        current.onLog?.({ kind: 'interim', text, confidence });
        current.onInterim(text);
      }
    },
    fail(code) {
      if (!listener) throw new Error(`Nothing is listening to fail with "${code}".`);
      listener.onError(code);
      if (FATAL_ERRORS.has(code)) end();
    },
  };
  return engine;
}
