import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

const REFLECTION = 'A pupil in Year 4 with low vision would use the largest text size.';

async function stepStatuses(session: Session): Promise<string[]> {
  return session.page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('listitem')
    .allInnerTexts();
}

describe('"Getting started" with the keyboard alone, in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('completes every step using only key presses', async () => {
    const { page } = session;
    await page.goto(appUrl('/exercises/getting-started'));
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    expect((await stepStatuses(session)).filter((s) => s.includes('Done'))).toHaveLength(0);

    // Step: reach a page by keyboard.
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    // Step: switch theme with the arrow keys.
    await tabTo(page, 'Light');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);

    // Step: text size with the arrow keys.
    await tabTo(page, 'Text size');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
      .toBe('24px');

    // Back to the exercise through the "exercise in progress" strip.
    await expect(
      page.getByRole('complementary', { name: 'Exercise in progress' }).innerText(),
    ).resolves.toMatch(/3 of 4 steps done/);
    await tabTo(page, 'Back to Getting started', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();

    // Step: write and save a reflection.
    await tabTo(page, /^Which pupil you work with/, 80);
    await page.keyboard.type(REFLECTION);
    await tabTo(page, 'Save reflection');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => stepStatuses(session))
      .toEqual([
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
      ]);
    expect(await page.getByText('All steps done: exercise complete.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps progress, reflection and settings across a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    expect((await stepStatuses(session)).every((s) => s.includes('Done'))).toBe(true);
    expect(await page.getByRole('textbox', { name: /^Which pupil/ }).inputValue()).toBe(REFLECTION);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('exports the progress as JSON and shows it in the CPD record', async () => {
    const { page } = session;
    await page.goto(appUrl('/progress'));
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const path = await download.path();
    const data = JSON.parse(readFileSync(path, 'utf8'));
    expect(data.exercises[0]).toMatchObject({
      id: 'getting-started',
      reflections: [{ answer: REFLECTION }],
    });
    expect(data.exercises[0].completedAt).toEqual(expect.any(String));
    const record = page.getByRole('region', { name: /CPD record/ });
    expect(await record.innerText()).toContain(REFLECTION);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"Clear my data" asks first, then leaves nothing in IndexedDB', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete my data' }).click();
    await page.getByText('You have not started an exercise yet.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    expect(await page.getByText('You have not started an exercise yet.').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
