import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  axeViolations,
  builtInVoiceChosen,
  openRoute,
  readCleanSample,
} from './support/app-page';
import { launch, type Session } from './support/chromium';

/** Runs `body` with the network off, and always turns it back on. */
async function offline(context: BrowserContext, body: () => Promise<void>) {
  await context.setOffline(true);
  try {
    await body();
  } finally {
    await context.setOffline(false);
  }
}

describe('offline after one visit, in real Chromium', () => {
  let session: Session;
  // One visit, as a person makes it: the service worker installs, then "Make available offline".
  // Done once for the file so that each test below stands on its own.
  beforeAll(async () => {
    session = await launch();
    const { page } = session;
    await openRoute(page, '/settings');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await page
      .getByText('Every tool is available offline on this device.')
      .waitFor({ timeout: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('says every tool is stored, with no accessibility violations', async () => {
    await openRoute(session.page, '/settings');
    await session.page.getByText('Every tool is available offline on this device.').waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('opens with the network off, and OCR and the built-in voice still work', async () => {
    const { page, context } = session;
    await offline(context, async () => {
      await page.goto(appUrl('/tools/read-aloud'));
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The network really is off: an address the service worker does not serve fails to
      // load (online it is a 404). navigator.onLine is no proof: in Chromium 150 it reads
      // true again in a page the service worker served after setOffline. The failed load's
      // own console line is taken back out of the errors this file must not log.
      const failedLoad = page.waitForEvent('console', (m) =>
        m.text().includes('ERR_INTERNET_DISCONNECTED'),
      );
      failedLoad.catch(() => {}); // awaited below, once the probe has failed as it must
      expect(
        await page.evaluate(() =>
          fetch(`/not-stored-${Date.now()}`, { cache: 'no-store' }).then(
            (response) => `answered ${response.status}`,
            () => 'failed',
          ),
        ),
      ).toBe('failed');
      const probeLine = session.errors.lastIndexOf(`console: ${(await failedLoad).text()}`);
      if (probeLine >= 0) session.errors.splice(probeLine, 1);

      await readCleanSample(page);

      await builtInVoiceChosen(page);
      await page
        .getByRole('region', { name: 'Reading view' })
        .locator('[data-word]', { hasText: /^Explain$/ })
        .click();
      await page.locator('mark').first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Read aloud' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('mark').count()).toBe(0);
    });
  }, 180_000);

  it('shows the symbol board with its pictures with the network off', async () => {
    const { page, context } = session;
    await offline(context, async () => {
      await page.goto(appUrl('/tools/symbols'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Symbols' }).waitFor();
      const want = page.getByRole('button', { name: 'want' });
      await want.waitFor();
      // Every symbol picture on the page came from the cache and decoded.
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.querySelectorAll('main img')].every(
              (img) =>
                (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
            ),
          ),
        )
        .toBe(true);
      expect(await page.locator('main img').count()).toBeGreaterThan(10);
      await want.click();
      expect(await page.getByRole('region', { name: 'Message' }).textContent()).toContain('want');
    });
  });

  it('captions typed practice with the network off', async () => {
    const { page, context } = session;
    await offline(context, async () => {
      await page.goto(appUrl('/tools/captions'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
      await page
        .getByRole('combobox', { name: 'Speech engine' })
        .selectOption({ label: 'Type instead of speaking' });
      await page.getByRole('textbox', { name: 'Say this' }).fill('plants need light and water');
      await page.getByRole('button', { name: 'Send' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Captions', exact: true }).textContent())
        .toContain('Plants need light and water');
    });
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
