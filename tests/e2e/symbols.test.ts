import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageKeysAt } from '../../src/features/symbols/board-layout';
import { TOPICS } from '../../src/features/symbols/vocabulary';
import { axeViolations, openRoute, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

/**
 * A scripted speechSynthesis with one on-device en-GB voice, installed before
 * the app loads, so the app's real browser-voice adapter runs and the test
 * can read what it was asked to say (`window.__spoken`).
 */
const SCRIPTED_VOICE = `(() => {
  const spoken = [];
  const voice = { voiceURI: 'scripted-gb', name: 'Scripted voice', lang: 'en-GB', localService: true, default: true };
  class Utterance { constructor(text) { this.text = text; this.voice = null; this.lang = ''; this.rate = 1; } }
  const synth = {
    getVoices: () => [voice],
    speak(u) {
      spoken.push(u.text);
      setTimeout(() => u.onstart && u.onstart({}), 5);
      setTimeout(() => u.onend && u.onend({}), 30);
    },
    cancel() {}, pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__spoken = spoken;
})();`;

const messageWords = (page: Page) =>
  page.getByRole('region', { name: 'Message' }).locator('li:not(.hint) span').allInnerTexts();

async function shiftTabTo(page: Page, name: string, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`Shift+Tab ${limit} times without reaching "${name}".`);
}

describe('Symbol board in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ initScripts: [SCRIPTED_VOICE] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keyboard alone: builds "I want more" and speaks it through a scripted voice; axe clean', async () => {
    const { page } = session;
    await openRoute(page, '/tools/symbols');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SYMBOLS_SCREENSHOTS) {
      await page.screenshot({
        path: `${process.env.SYMBOLS_SCREENSHOTS}/symbols-1280.png`,
        fullPage: true,
      });
    }
    for (const word of ['I', 'want', 'more']) {
      await tabTo(page, word, 120);
      await page.keyboard.press('Enter');
    }
    expect(await messageWords(page)).toEqual(['I', 'want', 'more']);
    await shiftTabTo(page, 'Speak message');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken))
      .toEqual(['I want more']);
    // The symbols came from this machine and drew.
    const img = page.getByRole('button', { name: 'want' }).locator('img');
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(session.requests.some((url) => /\/symbols\/1F932\.png$/.test(url))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a topic page and comes Back, keeping the first row', async () => {
    const { page } = session;
    const firstRow = () =>
      page
        .locator('.symbols-grid:not([hidden]) .symbols-grid__row')
        .first()
        .locator('button')
        .allInnerTexts();
    const before = await firstRow();
    await page.getByRole('button', { name: 'Feelings' }).click();
    await page.getByRole('button', { name: 'happy' }).click();
    expect(await firstRow()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Food' }).waitFor();
  });

  it('builds the topic pages while idle, unseen and unreachable, so a first visit shows a page already built', async () => {
    const { page } = session;
    await openRoute(page, '/tools/symbols');
    // Every page at 6 × 6 (core, the five folders and their further pages), each built in an idle
    // moment, then done warming.
    const pages = pageKeysAt(
      6,
      TOPICS.map((topic) => topic.id),
      [],
    ).length;
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('.symbols-grid').length === count &&
        !document.querySelector('.symbols-grid--warming'),
      pages,
      { timeout: 20_000, polling: 50 },
    );
    expect(await page.locator('.symbols-grid:not([hidden])').count()).toBe(1);
    // Built, but no one can see, reach or name its words yet.
    expect(await page.getByRole('button', { name: 'banana' }).count()).toBe(0);
    const marked = await page.locator('.symbols-grid', { hasText: 'banana' }).evaluate((grid) => {
      (grid as HTMLElement & { builtAhead?: boolean }).builtAhead = true;
      return (grid as HTMLElement).hidden;
    });
    expect(marked).toBe(true);
    await page.getByRole('button', { name: 'Food' }).click();
    await page.getByRole('button', { name: 'banana' }).click();
    expect(
      await page
        .locator('.symbols-grid:not([hidden])')
        .evaluate((grid) => (grid as HTMLElement & { builtAhead?: boolean }).builtAhead === true),
    ).toBe(true);
    expect(await page.locator('.symbols-grid').count()).toBe(pages);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
  });

  it('switch scanning: Space chooses the highlighted row, then "want"', async () => {
    const { page } = session;
    await openRoute(page, '/tools/symbols');
    await page.getByRole('button', { name: 'Clear message' }).click();
    // The slowest scan (3 s a step), so a busy test machine never misses the row.
    await page.getByRole('slider', { name: 'Scan speed' }).focus();
    await page.keyboard.press('End');
    const toggle = page.getByRole('checkbox', { name: 'Switch scanning' });
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await toggle.focus();
    // Rows: the message buttons, the folders, then the first row of symbols.
    await page.waitForFunction(
      () =>
        document
          .querySelector('.symbols-grid:not([hidden]) .symbols-grid__row')
          ?.classList.contains('is-scanned'),
      null,
      { timeout: 40_000, polling: 50 },
    );
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () => document.querySelector('.symbol-cell.is-scanned')?.textContent === 'want',
      null,
      { timeout: 40_000, polling: 50 },
    );
    await page.keyboard.press('Space');
    expect(await messageWords(page)).toEqual(['want']);
    await page.keyboard.press('Escape');
    expect(await toggle.isChecked()).toBe(false);
  });

  it('is axe clean in the dark and high-contrast themes, with symbols only and a timetable shown', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Show' }).selectOption('symbols');
    await page.getByRole('combobox', { name: 'Symbol for the step' }).selectOption('register');
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('button', { name: 'Add step' }).click();
    // Printing shows the timetable alone.
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('.symbols-grid')).toBe('hidden');
    expect(await visibility('h1')).toBe('hidden');
    const printed = await page.locator('.symbols-print').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { visibility: getComputedStyle(el).visibility, width: box.width, height: box.height };
    });
    expect(printed.visibility).toBe('visible');
    expect(printed.width * printed.height).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    for (const theme of ['dark', 'high-contrast']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
    await page.getByRole('combobox', { name: 'Show' }).selectOption('both');
  });

  it('sent nothing anywhere and logged no errors', () => {
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('Symbol board at 320 px wide', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ viewport: { width: 320, height: 800 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([4, 6, 8])(
    'fits without sideways scrolling with %i cells across, axe clean',
    async (size) => {
      const { page } = session;
      await openRoute(page, '/tools/symbols');
      await page.getByRole('combobox', { name: 'Board size' }).selectOption(String(size));
      await page.getByRole('button', { name: 'want' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      if (process.env.SYMBOLS_SCREENSHOTS) {
        await page.screenshot({
          path: `${process.env.SYMBOLS_SCREENSHOTS}/symbols-320-${size}.png`,
          fullPage: true,
        });
      }
    },
  );

  it('speaks with the built-in voice when the browser has none, without an error', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'hello' }).click();
    await page.getByRole('button', { name: 'Speak message' }).click();
    // The built-in voice loads (progress shown while it does), then speaks; no alert.
    await page.waitForTimeout(100);
    await page.waitForFunction(
      () => !document.querySelector('progress[aria-label="Loading the voice"]'),
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
