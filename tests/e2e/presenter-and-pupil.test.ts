import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

describe('presenter and pupil modes in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('presenter mode: projector palette, big captions of dictation, and a clicker steps through the steps', async () => {
    const { page } = session;
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter'))).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);

    await openRoute(page, '/exercises/dictation-first-sentences');
    await page
      .getByRole('combobox', { name: 'Speech engine' })
      .selectOption({ label: 'Type instead of speaking' });
    await page
      .getByRole('textbox', { name: 'Say this' })
      .fill('rivers carry water to the sea full stop');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.getByTestId('captions').innerText())
      .toBe('rivers carry water to the sea full stop');
    expect(await page.getByRole('textbox', { name: 'Dictated text' }).inputValue()).toContain(
      'Rivers carry water to the sea.',
    );

    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(/^End a sentence by saying "full stop"/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByRole('complementary', { name: 'Exercise in progress' }).count()).toBe(0);

    await openRoute(page, '/progress');
    await page.getByText('Progress is hidden in presenter mode').waitFor();
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).uncheck();
  });

  it('pupil mode: pupil exercises only, in pupil words, with no reflection to write', async () => {
    const { page } = session;
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Pupil mode' }).check();
    await openRoute(page, '/exercises');
    const titles = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(titles.length).toBeGreaterThan(3);
    expect(titles).not.toContain("Dictation: a trainer's live demonstration");
    expect(await axeViolations(page)).toEqual([]);
    await openRoute(page, '/exercises/getting-started');
    await page.getByText('Make the words bigger or smaller in Settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save reflection' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
