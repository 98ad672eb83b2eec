import { describe, expect, it, vi } from 'vitest';
import { createBuiltInSynthesis } from '../../src/engines/synthesis/builtin-synthesis';
import { BUILT_IN_VOICES, espeakWordsPerMinute } from '../../src/engines/synthesis/builtin-voices';
import type { EspeakClient } from '../../src/engines/synthesis/espeak-client';

const voice = BUILT_IN_VOICES[0] as (typeof BUILT_IN_VOICES)[number];
const chunks = [{ start: 0, text: 'Hello there', wordStarts: [0, 6] }];

/** An AudioContext whose clock the test moves. */
function fakeAudio(state: 'running' | 'suspended' = 'running') {
  const ctx = {
    state,
    currentTime: 0,
    destination: {},
    resume: vi.fn(async () => {}),
    createBuffer: (_channels: number, length: number, sampleRate: number) => ({
      duration: length / sampleRate,
      copyToChannel: () => {},
    }),
    createBufferSource: () => ({ buffer: null, connect: () => {}, start: vi.fn(), stop: vi.fn() }),
  };
  return ctx;
}

const client = (): EspeakClient => ({
  synthesize: async (text) => ({
    samples: new Float32Array(1000),
    sampleRate: 1000, // one second of audio
    words:
      text === 'Hello there'
        ? [
            { offset: 0, ms: 0 },
            { offset: 6, ms: 500 },
          ]
        : [],
  }),
  dispose: () => {},
});

function listen() {
  const log: string[] = [];
  return {
    log,
    options: {
      voice,
      rate: 1,
      onWord: (offset: number) => log.push(`word ${offset}`),
      onEnd: () => log.push('end'),
      onError: (error: { code: string }) => log.push(`error ${error.code}`),
      onMethod: (method: string) => log.push(`method ${method}`),
      onProgress: (fraction: number | null) => log.push(`progress ${fraction}`),
    },
  };
}

describe('built-in voice (espeak-ng) playback', () => {
  it.each([
    [1, 175],
    [0.5, 88],
    [2, 350],
    [0.1, 80],
    [5, 450],
  ])('speaks at rate %f as %i words a minute', (rate, wpm) => {
    expect(espeakWordsPerMinute(rate)).toBe(wpm);
  });

  it('follows espeak-ng word times on the audio clock, then ends', async () => {
    vi.useFakeTimers();
    const audio = fakeAudio();
    const source = createBuiltInSynthesis({
      loadClient: async (progress) => {
        progress(0.5);
        return client();
      },
      createAudioContext: () => audio as unknown as AudioContext,
    });
    const { log, options } = listen();
    source.speak(chunks, options);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['method exact', 'progress 0', 'progress 0.5', 'progress null']);
    audio.currentTime = 0.06;
    await vi.advanceTimersByTimeAsync(40);
    audio.currentTime = 0.6;
    await vi.advanceTimersByTimeAsync(40);
    audio.currentTime = 1.2;
    await vi.advanceTimersByTimeAsync(40);
    expect(log.slice(4)).toEqual(['word 0', 'word 6', 'end']);
    vi.useRealTimers();
  });

  it('says the voice could not load, and tries again on the next reading', async () => {
    const loadClient = vi
      .fn<(progress: (f: number) => void) => Promise<EspeakClient>>()
      .mockRejectedValueOnce(new Error('404 espeak-ng.data'))
      .mockResolvedValue(client());
    const source = createBuiltInSynthesis({
      loadClient,
      createAudioContext: () => fakeAudio() as unknown as AudioContext,
    });
    const first = listen();
    source.speak(chunks, first.options);
    await vi.waitFor(() => expect(first.log).toContain('error voice-load-failed'));
    const second = listen();
    const speech = source.speak(chunks, second.options);
    await vi.waitFor(() => expect(loadClient).toHaveBeenCalledTimes(2));
    speech.cancel();
  });

  it('says so when the browser will not play sound', async () => {
    vi.useFakeTimers();
    const source = createBuiltInSynthesis({
      loadClient: async () => client(),
      createAudioContext: () => fakeAudio('suspended') as unknown as AudioContext,
    });
    const { log, options } = listen();
    source.speak(chunks, options);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(log.at(-1)).toBe('error audio-blocked');
    vi.useRealTimers();
  });

  it('offers its voices without loading anything, all on the device', async () => {
    const loadClient = vi.fn();
    const source = createBuiltInSynthesis({
      loadClient,
      createAudioContext: () => fakeAudio() as unknown as AudioContext,
    });
    const voices = await source.voices();
    expect(voices[0]).toMatchObject({ id: 'builtin:gmw/en', lang: 'en-GB', builtIn: true });
    expect(voices.every((v) => v.localService)).toBe(true);
    expect(loadClient).not.toHaveBeenCalled();
  });
});
