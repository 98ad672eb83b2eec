import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openRoute, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

const TEXT =
  'Volcanoes form where magma rises through the crust. When pressure builds, the volcano erupts and lava flows down its sides.';

/** Records every change of <mark> in the page: the marked words in order, and the most marks seen at once. */
async function recordMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log = { words: [] as string[], most: 0 };
    (window as unknown as { markLog: typeof log }).markLog = log;
    new MutationObserver(() => {
      const marks = document.querySelectorAll('mark');
      log.most = Math.max(log.most, marks.length);
      const word = marks[0]?.textContent;
      if (word && log.words.at(-1) !== word) log.words.push(word);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const markLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { markLog: { words: string[]; most: number } }).markLog,
  );

const readingView = (page: Page) => page.getByRole('region', { name: 'Reading view' });

/** Opens read aloud with TEXT in the box, once the built-in voice has been chosen for it. */
async function openWithText(page: Page): Promise<void> {
  await openRoute(page, '/tools/read-aloud');
  await page.getByRole('textbox', { name: 'Recognised text' }).fill(TEXT);
  await expect
    .poll(
      () =>
        page
          .getByRole('combobox', { name: 'Voice' })
          .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
      { timeout: 15_000 },
    )
    .toBe('English (Great Britain), built-in');
}

/** Shows the reading preferences and picks 3 lines, a cream tint and OpenDyslexic. */
async function setPreferences(page: Page): Promise<void> {
  const details = page.getByText('Reading preferences');
  if (!(await page.getByRole('radio', { name: '3 lines' }).isVisible())) await details.click();
  await page.getByRole('radio', { name: '3 lines' }).check();
  await page.getByRole('radio', { name: 'Cream' }).check();
  await page.getByRole('combobox', { name: 'Font' }).selectOption('opendyslexic');
}

// Each test has a browser of its own (fresh profile, so fresh storage) and sets up what it
// needs: none depends on another having run first, or on the order they run in.
describe('Read aloud with the built-in voice, in the real app in headless Chromium', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launch();
  });
  afterEach(async () => {
    // Every test: asked nothing of other hosts and logged no errors.
    try {
      expect(session.errors).toEqual([]);
      expect(session.offsiteRequests).toEqual([]);
    } finally {
      await session?.close();
    }
  });

  it('has no voices of its own here, so the built-in voice is chosen', async () => {
    const { page } = session;
    await openWithText(page);
    expect(await page.getByText(/This browser has no voices of its own/).isVisible()).toBe(true);
    expect(
      await page.getByText('Highlight: exact word timings from the built-in voice.').isVisible(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads the text: the one <mark> moves through the words in order, then reading ends', async () => {
    const { page } = session;
    await openWithText(page);
    await recordMarks(page);
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await page.locator('mark').first().waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]); // while reading, mark shown
    await page.getByRole('button', { name: 'Read aloud' }).waitFor({ timeout: 60_000 });
    const log = await markLog(page);
    expect(log.most).toBe(1);
    const words: string[] = TEXT.match(/[\w']+/g) ?? [];
    // In order: each marked word is a later word of the text than the one before.
    let at = -1;
    for (const word of log.words) {
      const next = words.indexOf(word, at + 1);
      expect(next, `"${word}" after word ${at}`).toBeGreaterThan(at);
      at = next;
    }
    expect(log.words.length).toBeGreaterThanOrEqual(words.length * 0.8);
    expect(log.words.at(-1)).toBe('sides');
    expect(await page.locator('mark').count()).toBe(0);
  });

  it('pauses at a word and resumes from it; Stop ends reading', async () => {
    const { page } = session;
    await openWithText(page);
    await recordMarks(page);
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await expect
      .poll(() => markLog(page).then((l) => l.words.length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.waitForFunction(
      () => document.querySelector('mark')?.textContent === 'magma',
      null,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    // Where the pause lands depends on how busy the machine is; that it holds, and that
    // reading resumes from that very word, does not.
    const paused = (await page.locator('mark').textContent()) ?? '';
    const words: string[] = TEXT.match(/[\w']+/g) ?? [];
    expect(words.indexOf(paused)).toBeGreaterThanOrEqual(words.indexOf('magma'));
    expect(await axeViolations(page)).toEqual([]); // paused
    await recordMarks(page);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect
      .poll(() => markLog(page).then((l) => l.words.length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const resumed = await markLog(page);
    expect(resumed.words[0]).toBe(paused);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: 'Read aloud' }).waitFor();
    expect(await page.locator('mark').count()).toBe(0);
  });

  it('starts reading from a word chosen with the keyboard alone', async () => {
    const { page } = session;
    await openWithText(page);
    await tabTo(page, 'Volcanoes', 80);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
    await recordMarks(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('mark')?.textContent === 'When', null, {
      timeout: 30_000,
    });
    // Reading began at the chosen word (the ninth), not at the start of the text.
    expect((await markLog(page)).words[0]).toBe('When');
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: 'Read aloud' }).waitFor();
    expect(await page.locator('mark').count()).toBe(0);
  });

  it.each(['dark', 'high-contrast'] as const)(
    'has no WCAG violations in the %s theme with preferences set',
    async (theme) => {
      const { page } = session;
      await openWithText(page);
      await page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      await setPreferences(page);
      await expect
        .poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic')))
        .toBe(true);
      expect(await readingView(page).getAttribute('data-tint')).toBe('cream');
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('keeps reading preferences across a reload', async () => {
    const { page } = session;
    await openWithText(page);
    await setPreferences(page);
    await page.reload();
    await page.locator('h1').waitFor();
    if (!(await page.getByRole('radio', { name: '3 lines' }).isVisible())) {
      await page.getByText('Reading preferences').click();
    }
    await expect.poll(() => page.getByRole('radio', { name: '3 lines' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Cream' }).isChecked()).toBe(true);
  });
});
