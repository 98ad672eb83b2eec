import { describe, expect } from 'vitest';
import type { CameraDriver } from './device-drivers';
import { contractIt, type KnownDrift } from './drift';

/**
 * What every camera engine promises: run against the fake in jsdom (given a JPEG of its frame)
 * and against getUserMedia in Chromium, whose fake camera plays a video of a known size.
 * `refusing()` is the same engine where the person or the browser says no.
 */
export function cameraContract(
  name: string,
  driver: () => CameraDriver,
  refusing: () => CameraDriver,
  frame: { width: number; height: number },
  drift: KnownDrift = {},
) {
  const check = contractIt(drift);
  describe(`camera contract: ${name}`, () => {
    check('says it can show a camera', async () => {
      expect(await driver().supported()).toBe(true);
    });

    check("opens a session whose picture is a JPEG of the frame's own size", async () => {
      const session = await driver().session();
      expect(session.size).toEqual(frame);
      expect(session.picture.type).toBe('image/jpeg');
      expect(session.picture.size).toEqual(frame);
      expect(session.liveWhileOpen).toBeGreaterThan(0);
    });

    check(
      'gives a small sample of the frame as RGBA pixels, shaped like it and no longer than asked',
      async () => {
        const { sample } = await driver().session();
        expect(sample).not.toBeNull();
        expect(Math.max(sample?.width ?? 0, sample?.height ?? 0)).toBe(64);
        expect((sample?.width ?? 0) / (sample?.height ?? 1)).toBeCloseTo(
          frame.width / frame.height,
          1,
        );
        expect(sample?.dataLength).toBe((sample?.width ?? 0) * (sample?.height ?? 0) * 4);
      },
    );

    check('ends every track on stop(), and a second stop() is harmless', async () => {
      const session = await driver().session();
      expect(session.stoppedOnce).toBe(true);
      expect(session.liveAfterStop).toBe(0);
      expect(session.stoppedTwice).toBe(true);
      expect(session.liveAfterSecondStop).toBe(0);
      // Nothing to capture from a stopped camera: it says so in its own error.
      expect(session.captureAfterStop?.name).toBe('CameraError');
    });

    check("reports a refused camera as a CameraError with code 'not-allowed'", async () => {
      expect(await refusing().refused()).toEqual({ name: 'CameraError', code: 'not-allowed' });
    });
  });
}
