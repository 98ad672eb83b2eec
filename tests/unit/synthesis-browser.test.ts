import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserSynthesis,
  START_TIMEOUT_MS,
  VOICES_TIMEOUT_MS,
} from '../../src/engines/synthesis/browser-synthesis';
import type { SpeakOptions, SynthesisVoice } from '../../src/engines/synthesis/synthesis-engine';

/** A scripted `speechSynthesis`, shaped like Chromium's on Linux: the test says when events fire. */
class ScriptedUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onboundary: ((event: { name: string; charIndex: number }) => void) | null = null;
  constructor(readonly text: string) {}
}

function scriptedSynth(
  voices: { voiceURI: string; name: string; lang: string; localService: boolean }[],
) {
  const listeners = new Set<() => void>();
  const synth = {
    list: [] as typeof voices,
    spoken: [] as ScriptedUtterance[],
    getVoices: () => synth.list,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    speak: (u: ScriptedUtterance) => synth.spoken.push(u),
    cancel: vi.fn(() => {
      synth.current()?.onerror?.({ error: 'interrupted' });
    }),
    current: () => synth.spoken.at(-1),
    loadVoices() {
      synth.list = voices;
      for (const fn of listeners) fn();
    },
  };
  return synth;
}

const VOICES = [
  { voiceURI: 'af', name: 'Afrikaans', lang: 'af', localService: true },
  { voiceURI: 'gb', name: 'English (Great Britain)', lang: 'en_GB', localService: true },
];

const chunks = [
  { start: 0, text: 'The cat sat.', wordStarts: [0, 4, 8] },
  { start: 13, text: 'It slept.', wordStarts: [13, 16] },
];

function record() {
  const log: string[] = [];
  const options: Omit<SpeakOptions, 'voice'> = {
    rate: 1,
    onWord: (offset) => log.push(`word ${offset}`),
    onEnd: () => log.push('end'),
    onError: (error) => log.push(`error ${error.code}`),
    onMethod: (method) => log.push(`method ${method}`),
  };
  return { log, options };
}

describe('browser speechSynthesis adapter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function setUp() {
    const synth = scriptedSynth(VOICES);
    const source = createBrowserSynthesis(
      synth as unknown as SpeechSynthesis,
      ScriptedUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
    const pending = source.voices();
    synth.loadVoices();
    const voices = await pending;
    const gb = voices.find((v) => v.lang === 'en-GB') as SynthesisVoice;
    return { synth, source, voices, gb };
  }

  it('waits for voices that arrive late and normalises their languages', async () => {
    const { voices } = await setUp();
    expect(voices.map((v) => [v.id, v.lang, v.builtIn])).toEqual([
      ['browser:af', 'af', false],
      ['browser:gb', 'en-GB', false],
    ]);
  });

  it('gives up waiting for voices that never come', async () => {
    const source = createBrowserSynthesis(
      scriptedSynth([]) as unknown as SpeechSynthesis,
      ScriptedUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
    const pending = source.voices();
    await vi.advanceTimersByTimeAsync(VOICES_TIMEOUT_MS);
    await expect(pending).resolves.toEqual([]);
  });

  it('estimates word timing when the voice sends no boundaries, chunk after chunk', async () => {
    const { synth, source, gb } = await setUp();
    const { log, options } = record();
    source.speak(chunks, { ...options, voice: gb });
    const first = synth.current() as ScriptedUtterance;
    expect([first.text, first.lang, first.rate, first.voice]).toEqual([
      'The cat sat.',
      'en_GB',
      1,
      VOICES[1],
    ]);
    first.onstart?.();
    expect(log).toEqual(['method estimated', 'word 0']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['method estimated', 'word 0', 'word 4', 'word 8']);
    first.onend?.();
    const second = synth.current() as ScriptedUtterance;
    expect(second.text).toBe('It slept.');
    second.onstart?.();
    second.onend?.();
    expect(log.slice(-2)).toEqual(['word 13', 'end']);
  });

  it('follows boundary events where the voice sends them', async () => {
    const { synth, source, gb } = await setUp();
    const { log, options } = record();
    source.speak(chunks, { ...options, voice: gb });
    const first = synth.current() as ScriptedUtterance;
    first.onstart?.();
    first.onboundary?.({ name: 'word', charIndex: 0 });
    first.onboundary?.({ name: 'sentence', charIndex: 0 });
    await vi.advanceTimersByTimeAsync(2000); // estimates would have fired by now
    first.onboundary?.({ name: 'word', charIndex: 8 });
    first.onend?.();
    (synth.current() as ScriptedUtterance).onstart?.();
    (synth.current() as ScriptedUtterance).onboundary?.({ name: 'word', charIndex: 3 });
    expect(log).toEqual([
      'method estimated',
      'word 0',
      'method boundary',
      'word 0',
      'word 8',
      'word 13',
      'word 16',
    ]);
  });

  it('reports a voice that never starts, instead of waiting for ever', async () => {
    const { source, gb } = await setUp();
    const { log, options } = record();
    source.speak(chunks, { ...options, voice: gb });
    await vi.advanceTimersByTimeAsync(START_TIMEOUT_MS);
    expect(log).toEqual(['method estimated', 'error timeout']);
  });

  it('moves on when a chunk never ends (Chromium with no audio sink)', async () => {
    const { synth, source, gb } = await setUp();
    const { log, options } = record();
    source.speak(chunks, { ...options, voice: gb });
    (synth.current() as ScriptedUtterance).onstart?.();
    await vi.advanceTimersByTimeAsync(START_TIMEOUT_MS + 3_000);
    expect(synth.spoken).toHaveLength(2);
    (synth.current() as ScriptedUtterance).onstart?.();
    await vi.advanceTimersByTimeAsync(START_TIMEOUT_MS + 3_000);
    expect(log.at(-1)).toBe('end');
    expect(log.filter((entry) => entry.startsWith('word'))).toHaveLength(5);
  });

  it('reports a failed voice, but not the "interrupted" its own cancel causes', async () => {
    const { synth, source, gb } = await setUp();
    const first = record();
    const speech = source.speak(chunks, { ...first.options, voice: gb });
    (synth.current() as ScriptedUtterance).onstart?.();
    speech.cancel();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(first.log).toEqual(['method estimated', 'word 0']);

    const second = record();
    source.speak(chunks, { ...second.options, voice: gb });
    (synth.current() as ScriptedUtterance).onerror?.({ error: 'synthesis-failed' });
    expect(second.log).toEqual(['method estimated', 'error synthesis-failed']);
  });

  it('refuses a voice the browser does not have', async () => {
    const { source } = await setUp();
    const { log, options } = record();
    source.speak(chunks, {
      ...options,
      voice: {
        id: 'browser:gone',
        name: 'Gone',
        lang: 'en-GB',
        localService: true,
        builtIn: false,
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['error no-voices']);
  });
});
