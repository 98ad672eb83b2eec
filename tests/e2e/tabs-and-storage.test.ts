import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../src/domain/exercises/packs';
import { exerciseSource } from '../support/exercise-source';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';
import { readAppDatabase } from './support/indexeddb';

/**
 * A full disk, as Chromium reports one: every IndexedDB put throws
 * QuotaExceededError while `window.__diskFull` is true (reads still work).
 */
const FULL_DISK = `(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (globalThis.__diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
    return put.apply(this, args);
  };
})();`;

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((on) => {
    (globalThis as { __diskFull?: boolean }).__diskFull = on;
  }, full);

/** The theme as saved in IndexedDB (the app-state record's value). */
async function savedTheme(page: Page): Promise<unknown> {
  const stored = (await readAppDatabase(page))['app-state'];
  return stored ? JSON.parse(stored).state?.theme : undefined;
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const fontSize = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const reflection = (page: Page) => page.getByRole('textbox', { name: /^Which pupil/ });
const stepStatuses = (page: Page) =>
  page.getByRole('region', { name: 'Steps' }).getByRole('listitem').allInnerTexts();

async function saveReflection(page: Page, text: string) {
  await openRoute(page, '/exercises/getting-started');
  await reflection(page).fill(text);
  await page.getByRole('button', { name: 'Save reflection' }).click();
}

async function chooseTheme(page: Page, name: 'Dark' | 'Light') {
  await openRoute(page, '/settings');
  await page.getByRole('radio', { name }).check();
}

async function biggerText(page: Page) {
  await page.getByRole('slider', { name: 'Text size' }).focus();
  await page.keyboard.press('ArrowRight');
}

describe('two tabs and a full disk in real Chromium (two pages of one profile share IndexedDB)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ initScripts: [FULL_DISK] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps a reflection, its Done steps and the theme from tab 1 when tab 2 changes the text size', async () => {
    const one = session.page;
    const two = await session.context.newPage();
    // Tab 2 is open first, on the settings, with the state from before tab 1's changes.
    await openRoute(two, '/settings');
    await saveReflection(one, 'Notes from tab one about reading');
    await chooseTheme(one, 'Dark');
    // Tab 2 follows without a reload.
    await expect.poll(() => theme(two)).toBe('dark');
    await biggerText(two);
    await expect.poll(() => fontSize(two)).toBe('20px');
    await expect.poll(() => fontSize(one)).toBe('20px');

    await one.reload();
    await two.close();
    await openRoute(one, '/exercises/getting-started');
    expect(await theme(one)).toBe('dark');
    expect(await fontSize(one)).toBe('20px');
    expect(await reflection(one).inputValue()).toBe('Notes from tab one about reading');
    // The theme and the reflection (of five words or more) were done in tab 1 and stay done.
    const done = (await stepStatuses(one)).filter((status) => status.includes('Done'));
    expect(done).toHaveLength(2);
  });

  it('"Clear my data" empties the other open tab at once, and it writes nothing back', async () => {
    const one = session.page;
    await saveReflection(one, 'Notes about a named pupil');
    const two = await session.context.newPage();
    await openRoute(two, '/exercises/getting-started');
    expect(await reflection(two).inputValue()).toBe('Notes about a named pupil');

    await openRoute(one, '/progress');
    await one.getByRole('button', { name: 'Clear my data' }).click();
    await one.getByRole('button', { name: 'Yes, delete my data' }).click();
    await one.getByText('You have not started an exercise yet.').waitFor();

    // Tab 2 dropped its copy without a reload, and what it does next starts afresh.
    await expect.poll(() => reflection(two).inputValue()).toBe('');
    await expect.poll(() => theme(two)).toBeUndefined();
    await chooseTheme(two, 'Dark');
    await expect.poll(() => savedTheme(two)).toBe('dark');
    expect(JSON.stringify(await readAppDatabase(two))).not.toContain('named pupil');
    await two.close();
    await one.reload();
    await openRoute(one, '/exercises/getting-started');
    expect(await reflection(one).inputValue()).toBe('');
    expect(await theme(one)).toBe('dark');
  });

  it('a full disk: one plain alert says what was not saved, nothing on screen is lost, and it saves once there is room', async () => {
    const page = session.page;
    await chooseTheme(page, 'Light');
    await expect.poll(() => savedTheme(page)).toBe('light');
    await setDiskFull(page, true);

    await page.getByRole('radio', { name: 'Dark' }).check();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/run out of storage space/);
    expect(await alert.innerText()).toMatch(/export your progress/i);
    await saveReflection(page, 'Words kept on screen');
    await openRoute(page, '/settings');
    await biggerText(page);
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await theme(page)).toBe('dark');
    await openRoute(page, '/exercises/getting-started');
    expect(await reflection(page).inputValue()).toBe('Words kept on screen');
    expect(await axeViolations(page)).toEqual([]);

    await setDiskFull(page, false);
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    expect(await theme(page)).toBe('dark');
    expect(await reflection(page).inputValue()).toBe('Words kept on screen');
  });

  it('a pack imported on a full disk is not shown as imported, and the alert says so', async () => {
    const page = session.page;
    await openRoute(page, '/trainer');
    await setDiskFull(page, true);
    await page.getByLabel('Import a pack').setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: PACK_FORMAT,
          version: 1,
          name: 'Full disk team',
          exercises: [{ file: 'general/01-sample.md', source: exerciseSource({}) }],
        }),
      ),
    });
    await page.getByText('The pack was not imported, because it could not be saved').waitFor();
    const alert = page.getByRole('alert');
    expect(await alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/Not saved: the exercise pack/);
    expect(await page.getByText('Imported "').count()).toBe(0);
    await openRoute(page, '/exercises');
    expect(await page.getByRole('link', { name: 'A sample exercise' }).count()).toBe(0);
    await setDiskFull(page, false);
  });

  it('logged no console errors or unhandled rejections and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
