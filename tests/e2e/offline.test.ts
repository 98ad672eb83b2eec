import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

describe('offline after one visit, in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs the service worker and stores every tool with "Make available offline"', async () => {
    const { page } = session;
    await openRoute(page, '/settings');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await page
      .getByText('Every tool is available offline on this device.')
      .waitFor({ timeout: 120_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens with the network off, and OCR and the built-in voice still work', async () => {
    const { page, context } = session;
    await context.setOffline(true);
    await page.goto(appUrl('/tools/read-aloud'));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page
      .getByRole('list', { name: 'Sample worksheets' })
      .getByRole('button', { name: /clean printed page/ })
      .click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Recognised text' }).inputValue(), {
        timeout: 90_000,
      })
      .toContain('The water on our planet is used again and again.');

    await expect
      .poll(
        () =>
          page
            .getByRole('combobox', { name: 'Voice' })
            .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
        { timeout: 15_000 },
      )
      .toMatch(/built-in/);
    await page
      .getByRole('region', { name: 'Reading view' })
      .locator('[data-word]', { hasText: /^Explain$/ })
      .click();
    await page.locator('mark').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Read aloud' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('mark').count()).toBe(0);
    await context.setOffline(false);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
