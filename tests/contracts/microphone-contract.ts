import { describe, expect, it } from 'vitest';
import type { MicrophoneDriver } from './drivers';

/**
 * What every microphone engine promises: run against the fake level source in
 * jsdom and against getUserMedia + AnalyserNode in Chromium (its fake audio
 * device plays a tone).
 */
export function microphoneContract(name: string, driver: () => MicrophoneDriver) {
  describe(`microphone contract: ${name}`, () => {
    it('hears sound as levels from 0 to 1 while open, and nothing once closed', async () => {
      const { levels, afterClose } = await driver().listen(1500);
      expect(levels.length).toBeGreaterThan(0);
      for (const level of levels) {
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(1);
      }
      expect(levels.some((level) => level > 0)).toBe(true);
      expect(afterClose).toBe(0);
    });
  });
}
