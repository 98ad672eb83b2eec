import { describe, expect, it } from 'vitest';
import type { BroadcastDriver } from './drivers';

/**
 * What every broadcast engine promises: run against the shared in-memory bus
 * in jsdom and against BroadcastChannel in real Chromium (tests/unit's
 * broadcast contract also runs Node's own BroadcastChannel).
 */
export function broadcastContract(name: string, driver: () => BroadcastDriver) {
  describe(`broadcast contract: ${name}`, () => {
    it('is available', async () => {
      expect(await driver().available()).toBe(true);
    });

    it('delivers a message whole to the other tab on the same channel only, never back to the sender, and not after closing', async () => {
      const message = { kind: 'caption', text: 'Good morning, Year 4 — “ready?”', lines: [1, 2] };
      const heard = await driver().exchange(message);
      expect(heard.receiver).toEqual([message]);
      expect(heard.sender).toEqual([]);
      expect(heard.elsewhere).toEqual([]);
    });
  });
}
