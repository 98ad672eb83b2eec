import { describe, expect } from 'vitest';
import type { WindowsDriver } from './device-drivers';
import { contractIt, type KnownDrift } from './drift';

/** A window the side under test shows: its address and its name. */
export interface ShownWindow {
  url: string;
  name: string;
}

/**
 * What every windows engine promises: run against the fake in jsdom and against window.open and
 * the Fullscreen API in Chromium. The refusals are the browser's own: a frame without leave to
 * open pop-ups or to fill the screen. `shown(name)` is the window of that name, once it shows.
 */
export function windowsContract(
  name: string,
  driver: () => WindowsDriver,
  shown: (name: string) => Promise<ShownWindow | null>,
  drift: KnownDrift = {},
) {
  const check = contractIt(drift);
  describe(`windows contract: ${name}`, () => {
    check("gives a route's full address, for a link to open by hand", async () => {
      const url = await driver().routeUrl('/captions/pupil');
      expect(url).toMatch(/^https?:\/\//);
      expect(new URL(url).hash).toBe('#/captions/pupil');
    });

    check('opens a route in a new window of its name, and says so', async () => {
      const d = driver();
      expect(await d.open('/captions/pupil', 'contract-pupil')).toBe(true);
      expect(await shown('contract-pupil')).toEqual({
        url: await d.routeUrl('/captions/pupil'),
        name: 'contract-pupil',
      });
    });

    check('says false, and shows nothing, when the browser blocks the pop-up', async () => {
      expect(await driver().openBlocked('/captions/pupil', 'contract-blocked')).toBe(false);
      expect(await shown('contract-blocked')).toBeNull();
    });

    check(
      'turns full screen on and off, telling listeners each time until they unsubscribe',
      async () => {
        expect(await driver().fullScreen()).toEqual({
          on: true,
          afterOn: true,
          off: true,
          afterOff: false,
          changes: [true, false],
          heardAfterUnsubscribe: false,
        });
      },
    );

    check('says false, and stays as it was, when the browser refuses full screen', async () => {
      expect(await driver().fullScreenRefused()).toEqual({
        on: false,
        afterOn: false,
        off: null,
        afterOff: false,
        changes: [],
        heardAfterUnsubscribe: false,
      });
    });
  });
}
