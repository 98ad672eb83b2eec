import { describe, expect } from 'vitest';
import type { OfflineDriver } from './document-drivers';
import { contractIt, type KnownDrift } from './drift';

/**
 * What every offline engine promises: run against the fake in jsdom and against the service
 * worker and Cache Storage in Chromium, on a page built with the app's own service worker.
 */
export function offlineContract(
  name: string,
  driver: () => OfflineDriver,
  /** Deploys a new version of the app, and resolves once the page has looked for one. */
  deploy: () => Promise<void>,
  /** Resolves once whatever moving to a new version does (the real engine reloads) is done. */
  updated: () => Promise<{ updatesApplied: number }>,
  drift: KnownDrift = {},
) {
  const check = contractIt(drift);
  describe(`offline contract: ${name}`, () => {
    check('is ready to open without a network once its service worker is installed', async () => {
      const { first, settled } = await driver().state();
      expect(['installing', 'ready']).toContain(first);
      expect(settled).toBe('ready');
    });

    check(
      'stores every tool asset, reporting each one in order, then counts them all as cached',
      async () => {
        const { before, progress, after } = await driver().cacheTools();
        expect(before.totalBytes).toBeGreaterThan(0);
        expect(progress.length).toBeGreaterThan(0);
        const total = progress.length;
        expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
        for (const p of progress) {
          expect(p.total).toBe(total);
          expect(p.totalBytes).toBe(before.totalBytes);
        }
        const bytes = progress.map((p) => p.bytes);
        expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
        expect(bytes.at(-1)).toBe(before.totalBytes);
        expect(after).toEqual({ totalBytes: before.totalBytes, cachedBytes: before.totalBytes });
      },
    );

    check('stops at once when the download is cancelled', async () => {
      expect(await driver().cacheCancelled()).toMatchObject({ name: 'AbortError' });
    });

    check('announces a new version once deployed, once, and moves to it when asked', async () => {
      await deploy();
      expect(await driver().takeUpdate(10_000)).toEqual({ calls: 1 });
      expect(await updated()).toEqual({ updatesApplied: 1 });
      // On the new version, nothing newer is waiting.
      expect(await driver().listenForUpdate(300)).toEqual({
        calls: 0,
        unsubscribeIsFunction: true,
      });
      expect((await driver().state()).settled).toBe('ready');
    });

    check('announces no update when no new version has been deployed', async () => {
      expect(await driver().listenForUpdate(300)).toEqual({
        calls: 0,
        unsubscribeIsFunction: true,
      });
    });
  });
}
