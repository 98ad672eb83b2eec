import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openRoute, tabTo } from './support/app-page';
import type { Session } from './support/chromium';
import { sessionPerBlock } from './support/speech';

/** Firefox has no SpeechRecognition: remove Chromium's before the app loads. */
const NO_RECOGNITION = `
  delete window.SpeechRecognition;
  delete window.webkitSpeechRecognition;
  Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true });
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
`;

async function stepStatuses(session: Session): Promise<string[]> {
  return session.page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('listitem')
    .allInnerTexts();
}

describe('dictation in a browser without speech recognition, with the keyboard alone', () => {
  const session = sessionPerBlock({ initScripts: [NO_RECOGNITION] });

  it('says the browser cannot recognise speech and offers "Type instead of speaking"', async () => {
    const { page } = session();
    await page.goto(appUrl('/tools/dictation'));
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    const engine = page.getByRole('combobox', { name: 'Speech engine' });
    expect(await engine.inputValue()).toBe('typed');
    await engine.selectOption('browser');
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'This browser cannot recognise speech' });
    await alert.waitFor();
    expect(await page.getByRole('button', { name: 'Start dictation' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Type instead of speaking' }).click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id))
      .toBe(await page.getByRole('textbox', { name: 'Say this' }).getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('completes "your first sentences" by typing what would be said', async () => {
    const { page } = session();
    await page.goto(appUrl('/exercises/dictation-first-sentences'));
    await page
      .getByRole('heading', { level: 1, name: 'Dictation: your first sentences' })
      .waitFor();
    await page.getByRole('textbox', { name: 'Say this' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Say this', 80);
    await page.keyboard.type('today we planted sunflower seeds in the cool garden full stop');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Dictated text' }).inputValue())
      .toBe('Today we planted sunflower seeds in the cool garden.');

    await tabTo(page, 'Check my dictation');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: 'Dictation results' });
    await results.waitFor();
    expect(await results.textContent()).toContain('Word accuracy: 89%');
    expect(await axeViolations(page)).toEqual([]);

    // Fix the mis-heard word with "select" and a replacement, still by keyboard.
    await tabTo(page, 'Say this', 80);
    await page.keyboard.type('select cool');
    await page.keyboard.press('Enter');
    await page.keyboard.type('school');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Dictated text' }).inputValue())
      .toBe('Today we planted sunflower seeds in the school garden.');
    await tabTo(page, 'Check my dictation');
    await page.keyboard.press('Enter');
    await expect.poll(() => results.textContent()).toContain('Word accuracy: 100%');
    expect(await results.textContent()).toContain('A new personal best');

    await tabTo(page, /^Which pupil could get more/, 80);
    await page.keyboard.type('Jay in Year 4 could dictate his science write-up.');
    await tabTo(page, 'Save reflection');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepStatuses(session()))
      .toEqual([
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
        expect.stringContaining('Done'),
      ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says in the CPD record that the dictation was typed, beside the score, and gives the phase', async () => {
    const { page } = session();
    await openRoute(page, '/progress');
    const record = page.getByRole('region', { name: /CPD record/ });
    const text = await record.innerText();
    expect(text).toMatch(/Phase\s+Primary/);
    expect(text).toMatch(/Word accuracy \d+%, typed instead of speaking\./);
    expect(text).not.toMatch(/, spoken\./);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});
