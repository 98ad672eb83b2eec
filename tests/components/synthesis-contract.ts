import { describe, expect, it } from 'vitest';
import type { SynthesisDriver } from './synthesis-driver';

export const CONTRACT_TEXT =
  'The cat sat on the mat. Then it went to sleep by the warm fire, and the dog watched it.';

/**
 * What every synthesis engine promises, whatever its voices: run against the
 * fake in jsdom and against the built-in voice in real Chromium.
 */
export function synthesisContract(
  name: string,
  driver: () => SynthesisDriver,
  voiceId: () => string,
) {
  describe(`synthesis contract: ${name}`, () => {
    it('lists voices with unique ids, a language each, and an on-device English voice', async () => {
      const voices = await driver().voices();
      expect(new Set(voices.map((v) => v.id)).size).toBe(voices.length);
      for (const voice of voices) expect(voice.lang).toMatch(/^[a-z]{2,3}(-|$)/);
      expect(voices.some((v) => v.lang.startsWith('en') && v.localService)).toBe(true);
      expect(voices.filter((v) => v.builtIn).every((v) => v.localService)).toBe(true);
      expect(voices.map((v) => v.id)).toContain(voiceId());
    });

    it('reports the words in order, from the first to the last, then ends', async () => {
      const result = await driver().read(CONTRACT_TEXT, voiceId(), 1);
      expect(result.error).toBeNull();
      expect(result.ended).toBe(true);
      expect(result.methods.length).toBeGreaterThan(0);
      // Every reported offset is the start of a word in the text, in reading order.
      for (const offset of result.offsets) expect(result.wordStarts).toContain(offset);
      const sorted = [...result.offsets].sort((a, b) => a - b);
      expect(result.offsets).toEqual(sorted);
      expect(result.offsets[0]).toBe(result.wordStarts[0]);
      expect(result.offsets.at(-1)).toBe(result.wordStarts.at(-1));
      expect(new Set(result.offsets).size).toBeGreaterThanOrEqual(result.wordStarts.length * 0.9);
    });

    it('starts from a chosen word, at a faster rate', async () => {
      const result = await driver().read(CONTRACT_TEXT, voiceId(), 1.8, 6);
      expect(result.ended).toBe(true);
      expect(result.offsets[0]).toBe(result.wordStarts[6]);
      expect(Math.min(...result.offsets)).toBe(result.wordStarts[6]);
    });

    it('says nothing more once cancelled', async () => {
      const { callbacksAfterCancel } = await driver().readAndCancel(CONTRACT_TEXT, voiceId(), 600);
      expect(callbacksAfterCancel).toBe(0);
    });
  });
}
