import { describe, expect, it } from 'vitest';
import type { RecognitionDriver } from './drivers';

/**
 * What every recognition engine promises its listener: run against the
 * scripted fake in jsdom, and in Chromium against the app's real Web Speech
 * adapter hearing a W3C-shaped scripted SpeechRecognition (no browser here can
 * recognise speech offline, so the browser's own recogniser is the one part
 * that is scripted).
 */
export function recognitionContract(name: string, driver: () => RecognitionDriver) {
  describe(`recognition contract: ${name}`, () => {
    it('listens, passes on the words as they are guessed, then the final phrase, and stops when asked', async () => {
      const heard = await driver().listen([
        { say: 'the cat' },
        { say: 'the cat sat on the mat', final: true },
      ]);
      expect(heard.statuses).toContain('listening');
      expect(heard.interims.map((t) => t.trim())).toContain('the cat');
      expect(heard.finals.map((t) => t.trim())).toEqual(['the cat sat on the mat']);
      expect(heard.errors).toEqual([]);
      expect(heard.statuses.at(-1)).toBe('stopped');
    });

    it('reports a refused microphone as "not-allowed" and stops listening', async () => {
      const heard = await driver().listen([{ fail: 'not-allowed' }]);
      expect(heard.errors).toContain('not-allowed');
      expect(heard.finals).toEqual([]);
      expect(heard.statuses.at(-1)).toBe('stopped');
    });
  });
}
