import {
  normaliseLang,
  type SpeakChunk,
  type SpeakOptions,
  type Speech,
  SynthesisError,
  type SynthesisVoice,
  type VoiceSource,
} from './synthesis-engine';
import {
  correctMsPerUnit,
  DEFAULT_MS_PER_UNIT,
  estimateDuration,
  estimateWordTimes,
} from './timing';

/** Chromium on Linux sends `voiceschanged` 3–4 s after start (speech-dispatcher); give it 6. */
export const VOICES_TIMEOUT_MS = 6_000;
/** A voice that has not started after this long never will (no audio sink, stuck daemon). */
export const START_TIMEOUT_MS = 5_000;
/** After the estimated length of a chunk, how much longer to wait for `end` before moving on. */
export const END_GRACE_MS = 4_000;

export interface BrowserSynthesisOptions {
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  now?: () => number;
}

function toVoice(voice: SpeechSynthesisVoice): SynthesisVoice {
  return {
    id: `browser:${voice.voiceURI}`,
    name: voice.name,
    lang: normaliseLang(voice.lang),
    localService: voice.localService,
    builtIn: false,
  };
}

/**
 * The Web Speech API's `speechSynthesis`. Browsers differ: Chrome cuts an
 * utterance off after ~15 s (hence chunks); speech-dispatcher voices on Linux
 * never send `boundary` (hence estimated timing) and sometimes never send
 * `end` (hence a timeout per chunk); `pause()` hangs Linux's speech daemon and
 * Android cancels instead (so the app never calls it: Pause is stop-at-word).
 */
export function createBrowserSynthesis(
  synth: SpeechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance,
  options: BrowserSynthesisOptions = {},
): VoiceSource {
  const setTimer = options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer =
    options.clearTimeout ??
    ((id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>));
  const now = options.now ?? (() => performance.now());
  let native = new Map<string, SpeechSynthesisVoice>();

  const remember = (list: SpeechSynthesisVoice[]) => {
    native = new Map(list.map((voice) => [`browser:${voice.voiceURI}`, voice]));
    return list.map(toVoice);
  };

  return {
    voices() {
      const ready = synth.getVoices();
      if (ready.length > 0) return Promise.resolve(remember(ready));
      return new Promise((resolve) => {
        const done = () => {
          synth.removeEventListener('voiceschanged', done);
          clearTimer(timer);
          resolve(remember(synth.getVoices()));
        };
        const timer = setTimer(done, VOICES_TIMEOUT_MS);
        synth.addEventListener('voiceschanged', done);
      });
    },

    speak(chunks: readonly SpeakChunk[], opts: SpeakOptions): Speech {
      const voice = native.get(opts.voice.id);
      let cancelled = false;
      let boundarySeen = false;
      let msPerUnit = DEFAULT_MS_PER_UNIT;
      let timers: unknown[] = [];
      const clearAll = () => {
        for (const id of timers) clearTimer(id);
        timers = [];
      };
      const fail = (code: 'synthesis-failed' | 'timeout' | 'no-voices', message: string) => {
        if (cancelled) return;
        cancelled = true;
        clearAll();
        synth.cancel();
        opts.onError(new SynthesisError(code, message));
      };
      if (!voice) {
        queueMicrotask(() => fail('no-voices', `The voice "${opts.voice.name}" is not available.`));
        return { cancel: () => (cancelled = true) };
      }
      opts.onMethod?.('estimated');

      const sayChunk = (index: number) => {
        if (cancelled) return;
        const chunk = chunks[index];
        if (!chunk) {
          cancelled = true;
          opts.onEnd();
          return;
        }
        const utterance = new Utterance(chunk.text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = opts.rate;
        let started = 0;
        let finished = false;
        const finish = () => {
          if (finished || cancelled) return;
          finished = true;
          clearAll();
          if (started && !boundarySeen) {
            msPerUnit = correctMsPerUnit(msPerUnit, now() - started, chunk.text, opts.rate);
          }
          sayChunk(index + 1);
        };
        utterance.onstart = () => {
          if (cancelled || started) return;
          started = now();
          clearAll();
          opts.onWord(chunk.wordStarts[0] ?? chunk.start);
          if (!boundarySeen) {
            const local = chunk.wordStarts.map((offset) => offset - chunk.start);
            estimateWordTimes(chunk.text, local, opts.rate, msPerUnit).forEach((ms, i) => {
              if (i === 0) return;
              timers.push(
                setTimer(() => {
                  if (!cancelled && !boundarySeen) opts.onWord(chunk.wordStarts[i] as number);
                }, ms),
              );
            });
          }
          // Chromium without an audio sink fires `start` and never `end`: move on after the estimate.
          const expected = estimateDuration(chunk.text, opts.rate, msPerUnit);
          timers.push(setTimer(finish, expected * 2 + END_GRACE_MS));
        };
        utterance.onboundary = (event) => {
          if (cancelled || event.name !== 'word') return;
          if (!boundarySeen) {
            boundarySeen = true;
            opts.onMethod?.('boundary');
          }
          opts.onWord(chunk.start + event.charIndex);
        };
        utterance.onend = finish;
        utterance.onerror = (event) => {
          // Our own cancel() makes the current utterance report "interrupted" or "canceled".
          if (cancelled || event.error === 'interrupted' || event.error === 'canceled') return;
          fail('synthesis-failed', `The voice failed to speak (${event.error}).`);
        };
        timers.push(
          setTimer(() => {
            if (!started) fail('timeout', 'The voice did not start speaking.');
          }, START_TIMEOUT_MS),
        );
        synth.speak(utterance);
      };

      // A previous reading may still be queued in the browser (Chrome keeps the queue across pages).
      synth.cancel();
      sayChunk(0);
      return {
        cancel() {
          if (cancelled) return;
          cancelled = true;
          clearAll();
          synth.cancel();
        },
      };
    },
  };
}
