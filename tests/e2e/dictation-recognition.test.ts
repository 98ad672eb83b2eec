import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/app-page';
import type { ScriptedResult } from './support/scripted-recognition';
import {
  dictatedText,
  openDictationAfresh,
  scriptedSpeechPerBlock,
  startDictation,
} from './support/speech';

const starts = (page: Page) => page.evaluate(() => window.__speech.starts.length);
const results = (page: Page, list: ScriptedResult[], resultIndex = 0) =>
  page.evaluate(([l, i]) => window.__speech.results(l, i), [list, resultIndex] as const);

/** Opens the tool afresh (a reload, so nothing is left listening) with an empty text. */
async function freshTool(page: Page) {
  await openDictationAfresh(page);
  const box = page.getByRole('textbox', { name: 'Dictated text' });
  // Typed, then cleared, as a person would: the previous test's saved text, if it is read
  // only after this, is then ignored (under load it could come back after a bare clear).
  await box.fill('x');
  await box.fill('');
}

describe('simulated recognition: the real Web Speech adapter in Chromium', () => {
  const session = scriptedSpeechPerBlock({ availability: 'unavailable' });

  it('asks before the cloud service, then types finals and shows interims apart', async () => {
    const { page } = session();
    await freshTool(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start dictation' }).click();
    const consent = page.getByRole('heading', {
      name: /your voice goes to the browser's speech service/,
    });
    await consent.waitFor();
    expect(await consent.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await starts(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Stop dictation' }).waitFor();
    expect(await page.evaluate(() => window.__speech.starts[0])).toEqual({
      lang: 'en-GB',
      continuous: true,
      interimResults: true,
      processLocally: false,
    });

    await results(page, [{ t: 'the cat sat' }]);
    await page.getByText('the cat sat', { exact: true }).waitFor();
    expect(await dictatedText(page)).toBe('');
    // Chromium's fake microphone beeps: the real getUserMedia + AnalyserNode meter hears it.
    const meter = page.getByRole('meter', { name: 'Microphone level' });
    await meter.waitFor();
    await expect
      .poll(() => meter.evaluate((el) => (el as HTMLMeterElement).value), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await results(page, [{ t: 'the cat sat on the mat full stop', final: true }]);
    await expect.poll(() => dictatedText(page)).toBe('The cat sat on the mat.');
    await results(
      page,
      [
        { t: 'the cat sat on the mat full stop', final: true },
        { t: ' new paragraph it was happy', final: true },
      ],
      1,
    );
    await expect.poll(() => dictatedText(page)).toBe('The cat sat on the mat.\n\nIt was happy');
    expect(await page.getByText('the cat sat', { exact: true }).count()).toBe(0);

    await page.getByText('Interim and final results (for trainers)').click();
    const stream = page.getByRole('table', { name: 'Recognition results, newest first' });
    expect(await stream.textContent()).toContain('new paragraph it was happy');
    await page.getByText('What can I say?', { exact: true }).first().click();
    expect(await axeViolations(page)).toEqual([]);

    await results(page, [{ t: 'stop listening', final: true }]);
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();
    expect(await page.evaluate(() => window.__speech.stops)).toBe(1);
    expect(await starts(page)).toBe(1);
  });

  it('restarts after an unexpected end mid-sentence without losing or doubling words', async () => {
    const { page } = session();
    await freshTool(page);
    await startDictation(page);
    const before = await starts(page);
    await results(page, [{ t: 'one two', final: true }, { t: 'three four' }]);
    await page.evaluate(() => window.__speech.end());
    await expect.poll(() => starts(page)).toBe(before + 1);
    expect(await dictatedText(page)).toBe('One two three four');
    // The new session repeats the words the old one never finalised.
    await results(page, [{ t: 'three four five', final: true }]);
    await expect.poll(() => dictatedText(page)).toBe('One two three four five');
    // And a session that does not repeat them loses nothing either.
    await results(page, [{ t: 'three four five', final: true }, { t: 'six seven' }]);
    await page.evaluate(() => window.__speech.end());
    await expect.poll(() => starts(page)).toBe(before + 2);
    await results(page, [{ t: 'eight', final: true }]);
    await expect.poll(() => dictatedText(page)).toBe('One two three four five six seven eight');
    expect(await page.getByRole('button', { name: 'Stop dictation' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Stop dictation' }).click();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();
  });

  it('shows each phrase once through the known replay patterns', async () => {
    const { page } = session();
    await freshTool(page);
    await startDictation(page);
    await results(page, [{ t: 'alpha', final: true }]);
    // resultIndex back to 0, with the earlier final delivered again.
    await results(
      page,
      [
        { t: 'alpha', final: true },
        { t: 'beta', final: true },
      ],
      0,
    );
    // A final that repeats all earlier ones, plus a new word.
    await results(
      page,
      [
        { t: 'alpha', final: true },
        { t: 'beta', final: true },
        { t: 'alpha beta gamma', final: true },
      ],
      2,
    );
    // A duplicate final with confidence 0.
    await results(
      page,
      [
        { t: 'alpha', final: true },
        { t: 'beta', final: true },
        { t: 'alpha beta gamma', final: true },
        { t: 'gamma', final: true, confidence: 0 },
      ],
      3,
    );
    await expect.poll(() => dictatedText(page)).toBe('Alpha beta gamma');
    await page.getByRole('button', { name: 'Stop dictation' }).click();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();
  });

  it.each([
    ['not-allowed', 'The browser is not allowed to use the microphone.'],
    ['service-not-allowed', "will not let this page use the browser's speech service"],
    ['network', 'could not reach its speech service'],
    ['language-not-supported', 'cannot recognise English (United Kingdom)'],
    ['audio-capture', 'No microphone was found'],
    ['aborted', 'The browser stopped listening'],
    ['bad-grammar', 'would not accept the recognition settings'],
    ['phrases-not-supported', 'would not accept the recognition settings'],
  ])('error "%s" is explained in an alert, and listening does not restart', async (code, words) => {
    const { page } = session();
    await freshTool(page);
    await startDictation(page);
    await results(page, [{ t: 'kept safe', final: true }]);
    const before = await starts(page);
    await page.evaluate((c) => window.__speech.error(c), code);
    const alert = page.getByRole('alert').filter({ hasText: words });
    await alert.waitFor();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();
    expect(await starts(page)).toBe(before);
    expect(await dictatedText(page)).toBe('Kept safe');
    if (code === 'network') expect(await axeViolations(page)).toEqual([]);
  });

  it('"no-speech" is a hint, and listening carries on', async () => {
    const { page } = session();
    await freshTool(page);
    await startDictation(page);
    const before = await starts(page);
    await page.evaluate(() => window.__speech.error('no-speech'));
    await page.getByText('No speech heard for a few seconds: still listening.').waitFor();
    await expect.poll(() => starts(page)).toBe(before + 1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Stop dictation' }).click();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();
    expect(await starts(page)).toBe(before + 1);
  });

  it('restores the text after a reload', async () => {
    const { page } = session();
    await freshTool(page);
    await startDictation(page);
    await results(page, [{ t: 'saved as I go full stop', final: true }]);
    await expect.poll(() => dictatedText(page)).toBe('Saved as I go.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    await expect.poll(() => dictatedText(page)).toBe('Saved as I go.');
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});

describe('simulated recognition: on-device where the browser offers it', () => {
  const session = scriptedSpeechPerBlock({ availability: 'available', endAfterError: false });

  it('uses processLocally without the cloud notice, and stops even when no end event comes', async () => {
    const { page } = session();
    await freshTool(page);
    await page.getByText(/On-device recognition for English \(United Kingdom\) is ready/).waitFor();
    await page.getByRole('button', { name: 'Start dictation' }).click();
    await page.getByRole('button', { name: 'Stop dictation' }).waitFor();
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    expect(await page.evaluate(() => window.__speech.starts[0]?.processLocally)).toBe(true);
    await page.evaluate(() => window.__speech.error('language-not-supported'));
    await page.getByRole('alert').filter({ hasText: 'cannot recognise' }).waitFor();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});
