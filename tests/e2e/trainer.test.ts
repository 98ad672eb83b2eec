import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../src/domain/exercises/packs';
import { exerciseSource } from '../support/exercise-source';
import { appUrl, axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';
import { readAppDatabase } from './support/indexeddb';

describe('trainer tools in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('QR codes in a session plan decode to the exercise link', async () => {
    const { page } = session;
    await openRoute(page, '/trainer');
    await page.getByRole('checkbox', { name: /^Getting started/ }).check();
    const qr = page.getByRole('img', { name: 'QR code for Getting started' });
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(appUrl('/exercises/getting-started'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a hostile pack, says why, and leaves Object.prototype clean', async () => {
    const { page } = session;
    await openRoute(page, '/trainer');
    await page.getByLabel('Import a pack').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        `{"format":"${PACK_FORMAT}","version":1,"name":"x","exercises":[{"file":"general/a.md","source":"x","__proto__":{"polluted":"yes"}}]}`,
      ),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/refused.*Nothing was changed/);
    expect(
      await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
    ).toBeUndefined();
    expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false);
    expect(await page.getByText('Imported "').count()).toBe(0);
  });

  it('imports a pack whose exercise appears in the catalogue and opens', async () => {
    const { page } = session;
    await openRoute(page, '/trainer');
    await page.getByLabel('Import a pack').setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: PACK_FORMAT,
          version: 1,
          name: 'Year 5 team',
          exercises: [
            {
              file: 'general/01-sample.md',
              source: exerciseSource({}, '<script>alert(1)</script>\n'),
            },
          ],
        }),
      ),
    });
    await page.locator('p', { hasText: 'Imported "Year 5 team": 1 exercise' }).waitFor();
    await openRoute(page, '/exercises');
    await page.getByRole('link', { name: 'A sample exercise' }).click();
    await page.getByRole('heading', { level: 1, name: 'A sample exercise' }).waitFor();
    // Raw HTML in a pack is shown as text, never run.
    await page.getByText('<script>alert(1)</script>').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"Reset for the next person" leaves no text or progress in IndexedDB', async () => {
    const { page } = session;
    await openRoute(page, '/exercises/getting-started');
    await page.getByRole('textbox', { name: /^Which pupil/ }).fill('Notes about a named pupil');
    await page.getByRole('button', { name: 'Save reflection' }).click();
    await expect
      .poll(async () => JSON.stringify(await readAppDatabase(page)))
      .toContain('Notes about a named pupil');

    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
    const bar = page.getByRole('region', { name: 'Presenter mode' });
    await bar.getByRole('button', { name: 'Reset for the next person' }).click();
    await bar.getByRole('button', { name: 'Yes, reset' }).click();
    await page.getByRole('heading', { level: 1, name: /Practise assistive technology/ }).waitFor();
    await expect
      .poll(async () => JSON.stringify(await readAppDatabase(page)))
      .not.toContain('Notes about a named pupil');
    const stored = await readAppDatabase(page);
    const state = JSON.parse(stored['app-state'] ?? '{}').state;
    expect(state).toMatchObject({
      runs: {},
      reflections: {},
      activeExerciseId: null,
      presenter: true,
    });
    // Kept for the trainer: imported packs and the session plan (no personal data).
    // And the generation stamp, which refuses writes from before the reset.
    expect(Object.keys(stored).sort()).toEqual([
      'app-state',
      'app:generation',
      'app:packs',
      'app:session-plan',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors or CSP violations and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
