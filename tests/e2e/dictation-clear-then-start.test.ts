import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/app-page';
import {
  dictatedText,
  openDictationAfresh,
  scriptedSpeechPerBlock,
  startDictation,
} from './support/speech';

// Found trying the tool as a new user would: after dictating, clearing the whole box with
// select-all and Delete, pressing "Start dictation" brought the old text back (and a reload kept
// it), because the textarea and the session each held a copy of the text.

const textbox = (page: Page) => page.getByRole('textbox', { name: 'Dictated text' });

async function stopListening(page: Page) {
  await page.getByRole('button', { name: 'Stop dictation' }).click();
  await page.getByRole('button', { name: 'Start dictation' }).waitFor();
}

/** Select all and Delete, with the keyboard, as a person clears the box. */
async function clearByKeyboard(page: Page) {
  await textbox(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  expect(await dictatedText(page)).toBe('');
}

async function reloadTool(page: Page) {
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
  // The saved text is read after the first paint: give it the chance to (wrongly) come back.
  await page
    .getByRole('button', { name: /Start dictation|Send/ })
    .first()
    .waitFor();
  await page.waitForFunction(() => document.readyState === 'complete');
}

describe('clear then start, with the scripted recogniser (no browser here recognises speech)', () => {
  const session = scriptedSpeechPerBlock({ availability: 'unavailable' });

  it('dictate, stop, clear the whole box, start again: the box stays empty, after a reload too', async () => {
    const { page } = session();
    await openDictationAfresh(page);
    await textbox(page).fill('');
    await startDictation(page);
    await page.evaluate(() =>
      window.__speech.results([{ t: 'the old words full stop', final: true }]),
    );
    await expect.poll(() => dictatedText(page)).toBe('The old words.');
    await stopListening(page);

    await clearByKeyboard(page);
    await startDictation(page);
    expect(await dictatedText(page)).toBe('');
    await page.evaluate(() => window.__speech.results([{ t: 'new words', final: true }]));
    await expect.poll(() => dictatedText(page)).toBe('New words');
    await stopListening(page);

    await clearByKeyboard(page);
    await startDictation(page);
    await stopListening(page);
    expect(await dictatedText(page)).toBe('');
    await reloadTool(page);
    await expect.poll(() => dictatedText(page)).toBe('');
    await startDictation(page);
    expect(await dictatedText(page)).toBe('');
    await stopListening(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('typed into "Say this", cleared, typed again: only the new words, after a reload too', async () => {
    const { page } = session();
    await openDictationAfresh(page);
    await textbox(page).fill('');
    await page
      .getByRole('combobox', { name: 'Speech engine' })
      .selectOption({ label: 'Type instead of speaking' });
    const say = page.getByRole('textbox', { name: 'Say this' });
    await say.fill('the old words full stop');
    await say.press('Enter');
    await expect.poll(() => dictatedText(page)).toBe('The old words.');

    await clearByKeyboard(page);
    await say.fill('new words');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => dictatedText(page)).toBe('New words');
    await reloadTool(page);
    await expect.poll(() => dictatedText(page)).toBe('New words');
    await page
      .getByRole('combobox', { name: 'Speech engine' })
      .selectOption({ label: 'Browser speech recognition' });
  });

  it('with the cursor in the box, phrases go in at the caret, the browser undo takes one back, and clearing still holds', async () => {
    const { page } = session();
    await openDictationAfresh(page);
    await textbox(page).fill('');
    // The test before chose the browser engine again as it ended; that choice may not have
    // been written before the reload, so choose it here too (a change made while the saved
    // settings load is applied on top of them).
    await page
      .getByRole('combobox', { name: 'Speech engine' })
      .selectOption({ label: 'Browser speech recognition' });
    await startDictation(page);
    await page.evaluate(() => window.__speech.results([{ t: 'one two', final: true }]));
    await expect.poll(() => dictatedText(page)).toBe('One two');
    // The person clicks into the box between the words and keeps dictating.
    await textbox(page).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    await page.evaluate(() =>
      window.__speech.results([
        { t: 'one two', final: true },
        { t: 'and a half', final: true },
      ]),
    );
    await expect.poll(() => dictatedText(page)).toBe('One and a half two');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => dictatedText(page)).toBe('One two');
    await page.keyboard.type('!');
    await clearByKeyboard(page);
    await stopListening(page);
    await startDictation(page);
    expect(await dictatedText(page)).toBe('');
    await stopListening(page);
    await reloadTool(page);
    await expect.poll(() => dictatedText(page)).toBe('');
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});
