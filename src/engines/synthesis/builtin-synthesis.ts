import { BUILT_IN_VOICES, espeakIdentifier, espeakWordsPerMinute } from './builtin-voices';
import type { EspeakClient } from './espeak-client';
import {
  type SpeakChunk,
  type SpeakOptions,
  type Speech,
  SynthesisError,
  type VoiceSource,
} from './synthesis-engine';

/** How often the highlight checks the audio clock: well under a short word (~150 ms). */
const TICK_MS = 20;
/** Lead time before the first sound, so scheduling never clips a word's start. */
const LEAD_S = 0.05;
/** An AudioContext still suspended after this long is blocked by the browser. */
const RESUME_TIMEOUT_MS = 3_000;

export interface BuiltInSynthesisDeps {
  /** Loads espeak-ng (dynamic import, data download, worker start); called once, on first use. */
  loadClient(onProgress: (fraction: number) => void): Promise<EspeakClient>;
  createAudioContext(): AudioContext;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

interface TimedWord {
  /** Seconds on the audio clock. */
  at: number;
  offset: number;
}

/**
 * The built-in voice: espeak-ng synthesises each chunk in a worker, the page
 * plays it through Web Audio, and the highlight follows espeak-ng's own word
 * events on the audio clock, so it is exact. The next chunk is synthesised
 * while the current one plays and scheduled to start as it ends.
 */
export function createBuiltInSynthesis(deps: BuiltInSynthesisDeps): VoiceSource {
  const setTimer = deps.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer =
    deps.clearTimeout ??
    ((id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>));
  let client: Promise<EspeakClient> | null = null;
  let context: AudioContext | null = null;
  let progressListener: ((fraction: number) => void) | null = null;

  const getClient = () => {
    client ??= deps
      .loadClient((fraction) => progressListener?.(fraction))
      .catch((error) => {
        client = null; // let the next attempt try again
        throw error;
      });
    return client;
  };

  const running = async (ctx: AudioContext) => {
    if (ctx.state === 'running') return true;
    await Promise.race([
      ctx.resume().catch(() => {}),
      new Promise((resolve) => setTimer(() => resolve(undefined), RESUME_TIMEOUT_MS)),
    ]);
    return (ctx.state as string) === 'running';
  };

  return {
    async voices() {
      return [...BUILT_IN_VOICES];
    },

    speak(chunks: readonly SpeakChunk[], opts: SpeakOptions): Speech {
      let cancelled = false;
      const sources: AudioBufferSourceNode[] = [];
      const timeline: TimedWord[] = [];
      let ticker: unknown = null;
      let allScheduled = false;
      let endAt = 0;
      let lastOffset = -1;

      const stopAll = () => {
        cancelled = true;
        progressListener = null;
        if (ticker !== null) clearTimer(ticker);
        for (const source of sources) {
          try {
            source.stop();
          } catch {
            // never started
          }
        }
      };
      const fail = (error: SynthesisError) => {
        if (cancelled) return;
        stopAll();
        opts.onError(error);
      };

      const tick = (ctx: AudioContext) => {
        if (cancelled) return;
        const now = ctx.currentTime;
        let current: TimedWord | undefined;
        for (const word of timeline) {
          if (word.at <= now) current = word;
          else break;
        }
        if (current && current.offset !== lastOffset) {
          lastOffset = current.offset;
          opts.onWord(current.offset);
        }
        if (allScheduled && now >= endAt) {
          stopAll();
          opts.onEnd();
          return;
        }
        ticker = setTimer(() => tick(ctx), TICK_MS);
      };

      const run = async () => {
        opts.onMethod?.('exact');
        let espeak: EspeakClient;
        try {
          progressListener = (fraction) => opts.onProgress?.(fraction);
          if (!client) opts.onProgress?.(0);
          espeak = await getClient();
        } catch (error) {
          opts.onProgress?.(null);
          fail(
            new SynthesisError(
              'voice-load-failed',
              error instanceof Error ? error.message : String(error),
            ),
          );
          return;
        }
        opts.onProgress?.(null);
        if (cancelled) return;
        context ??= deps.createAudioContext();
        const ctx = context;
        if (!(await running(ctx))) {
          fail(new SynthesisError('audio-blocked', 'The browser would not play sound.'));
          return;
        }
        const voice = espeakIdentifier(opts.voice);
        const wpm = espeakWordsPerMinute(opts.rate);
        let cursor = 0;
        let pending = chunks[0] ? espeak.synthesize(chunks[0].text, voice, wpm) : null;
        for (let i = 0; i < chunks.length && pending; i += 1) {
          const chunk = chunks[i] as SpeakChunk;
          let result: Awaited<typeof pending>;
          try {
            result = await pending;
          } catch (error) {
            fail(
              new SynthesisError(
                'synthesis-failed',
                error instanceof Error ? error.message : String(error),
              ),
            );
            return;
          }
          if (cancelled) return;
          const next = chunks[i + 1];
          pending = next ? espeak.synthesize(next.text, voice, wpm) : null;
          pending?.catch(() => {}); // handled when awaited
          const buffer = ctx.createBuffer(1, Math.max(1, result.samples.length), result.sampleRate);
          buffer.copyToChannel(result.samples as Float32Array<ArrayBuffer>, 0);
          const source = ctx.createBufferSource();
          source.buffer = buffer;
          source.connect(ctx.destination);
          cursor = Math.max(cursor, ctx.currentTime + LEAD_S);
          source.start(cursor);
          sources.push(source);
          for (const word of result.words) {
            timeline.push({ at: cursor + word.ms / 1000, offset: chunk.start + word.offset });
          }
          cursor += buffer.duration;
          endAt = cursor;
          if (i === 0) tick(ctx);
        }
        allScheduled = true;
        if (chunks.length === 0) {
          stopAll();
          opts.onEnd();
        }
      };
      void run();
      return { cancel: stopAll };
    },
  };
}

/** The real built-in voice: espeak-ng is fetched, and its code loaded, only on first use. */
export function createLazyBuiltInSynthesis(win: Window): VoiceSource {
  return createBuiltInSynthesis({
    loadClient: async (onProgress) => {
      const { createEspeakClient } = await import('./espeak-client');
      return createEspeakClient(onProgress);
    },
    createAudioContext: () =>
      new (win as Window & { AudioContext: typeof AudioContext }).AudioContext(),
  });
}
