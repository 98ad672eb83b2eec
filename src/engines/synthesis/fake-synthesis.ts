import { BUILT_IN_VOICES } from './builtin-voices';
import {
  combineVoiceSources,
  type HighlightMethod,
  type SpeakChunk,
  type SpeakOptions,
  type SynthesisEngine,
  SynthesisError,
  type SynthesisErrorCode,
  type SynthesisVoice,
} from './synthesis-engine';

export interface FakeSynthesisOptions {
  /** The "browser" voices; default one on-device en-GB voice and one remote en-US voice. */
  browserVoices?: SynthesisVoice[];
  /** null: the browser has no speech synthesis at all. */
  browser?: 'present' | null;
  /**
   * 'clock': words advance by themselves every `msPerWord / rate` ms.
   * 'manual': words advance only when the test calls `step()`.
   */
  mode?: 'clock' | 'manual';
  msPerWord?: number;
  /** The method the browser voices report (the built-in voice always reports "exact"). */
  browserMethod?: HighlightMethod;
  /** The browser's voices arrive only when the test calls `loadVoices()` (as on Linux, seconds late). */
  lateVoices?: boolean;
}

export interface FakeSynthesis extends SynthesisEngine {
  /** Every reading started: the voice, the rate and the text of its chunks. */
  readonly readings: { voiceId: string; rate: number; text: string }[];
  /** True while a reading is under way. */
  readonly speaking: boolean;
  /** The next speak() fails with this code, once. */
  failNext(code: SynthesisErrorCode): void;
  /** Says the next `count` words of the current reading (manual mode). */
  step(count?: number): void;
  /** Says every remaining word and ends the reading (manual mode). */
  finish(): void;
  /** Lets late browser voices arrive (with `lateVoices`). */
  loadVoices(): void;
}

export const FAKE_BROWSER_VOICES: SynthesisVoice[] = [
  { id: 'browser:fake-gb', name: 'Fake Daniel', lang: 'en-GB', localService: true, builtIn: false },
  {
    id: 'browser:fake-us',
    name: 'Fake Online US',
    lang: 'en-US',
    localService: false,
    builtIn: false,
  },
];

/**
 * A deterministic voice for tests and demos: says nothing, but reports each
 * word of each chunk in order, driven by a clock or by the test.
 */
export function createFakeSynthesis(options: FakeSynthesisOptions = {}): FakeSynthesis {
  const mode = options.mode ?? 'clock';
  const msPerWord = options.msPerWord ?? 30;
  const browserVoices = options.browserVoices ?? FAKE_BROWSER_VOICES;
  const readings: FakeSynthesis['readings'] = [];
  let failure: SynthesisErrorCode | null = null;
  let current: { advance(count: number): void; cancel(): void } | null = null;

  const speak = (chunks: readonly SpeakChunk[], opts: SpeakOptions) => {
    current?.cancel();
    readings.push({
      voiceId: opts.voice.id,
      rate: opts.rate,
      text: chunks.map((chunk) => chunk.text).join(' '),
    });
    const words = chunks.flatMap((chunk) => chunk.wordStarts);
    let next = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reading = {
      advance(count: number) {
        for (let i = 0; i < count && !done; i += 1) {
          if (next < words.length) {
            opts.onWord(words[next] as number);
            next += 1;
          } else {
            done = true;
            current = null;
            opts.onEnd();
          }
        }
      },
      cancel() {
        done = true;
        clearTimeout(timer);
        if (current === reading) current = null;
      },
    };
    current = reading;
    const code = failure;
    failure = null;
    queueMicrotask(() => {
      if (done) return;
      if (code) {
        reading.cancel();
        opts.onError(new SynthesisError(code, `The fake voice was told to fail (${code}).`));
        return;
      }
      opts.onMethod?.(opts.voice.builtIn ? 'exact' : (options.browserMethod ?? 'boundary'));
      if (mode === 'clock') {
        const tick = () => {
          reading.advance(1);
          if (!done) timer = setTimeout(tick, msPerWord / opts.rate);
        };
        tick();
      }
    });
    return { cancel: () => reading.cancel() };
  };

  let voicesArrived: () => void = () => {};
  const arrival = options.lateVoices
    ? new Promise<void>((resolve) => {
        voicesArrived = resolve;
      })
    : Promise.resolve();
  const source = (voices: readonly SynthesisVoice[], late = false) => ({
    voices: async () => {
      if (late) await arrival;
      return [...voices];
    },
    speak,
  });
  const engine = combineVoiceSources(
    options.browser === null ? null : source(browserVoices, true),
    source(BUILT_IN_VOICES),
  );
  return {
    ...engine,
    readings,
    get speaking() {
      return current !== null;
    },
    failNext(code) {
      failure = code;
    },
    step(count = 1) {
      current?.advance(count);
    },
    finish() {
      current?.advance(Number.MAX_SAFE_INTEGER);
    },
    loadVoices() {
      voicesArrived();
    },
  };
}
