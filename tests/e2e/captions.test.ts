import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, axeViolations, tabTo } from './support/app-page';
import type { Session } from './support/chromium';
import { type ScriptedResult, scriptedRecognitionScript } from './support/scripted-recognition';
import { FAKE_MEDIA, sessionPerBlock } from './support/speech';

const captionsText = (page: Page) =>
  page
    .getByRole('region', { name: 'Captions', exact: true })
    .locator('.caption-display__text')
    .innerText();

/** Presses "Open pupil view" (Enter on the focused button) and returns the window it opened. */
async function openPupilView(session: Session): Promise<Page> {
  const { page, context } = session;
  await tabTo(page, 'Open pupil view', 80);
  const [pupil] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await pupil.getByRole('region', { name: 'Captions', exact: true }).waitFor();
  return pupil;
}

describe('live captions with typed practice, by keyboard alone, and the pupil view in a second window', () => {
  const session = sessionPerBlock({ viewport: { width: 1280, height: 800 } });

  it('captions typed lines, and the pupil view follows live and through reloads of either window', async () => {
    const { page } = session();
    await page.goto(appUrl('/tools/captions'));
    await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Speech engine', 80);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Speech engine' }).inputValue())
      .toBe('typed');
    await tabTo(page, 'Say this');
    await page.keyboard.type('good morning year four');
    await page.keyboard.press('Enter');
    await expect.poll(() => captionsText(page)).toContain('Good morning year four');

    const pupil = await openPupilView(session());
    await expect.poll(() => captionsText(pupil)).toContain('Good morning year four');
    expect(await pupil.getByRole('navigation').count()).toBe(0);
    await page.getByText('The pupil view is showing these captions.').waitFor();

    await tabTo(page, 'Say this');
    await page.keyboard.type('today we are learning about the water cycle');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => captionsText(pupil))
      .toContain('Today we are learning about the water cycle');

    // The pupil view reloads: it asks, and the teacher's window answers.
    await pupil.reload();
    await expect
      .poll(() => captionsText(pupil))
      .toContain('Today we are learning about the water cycle');

    // The teacher's window reloads: the transcript comes back from this device, and so does the pupil view.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
    await expect.poll(() => captionsText(page)).toContain('Today we are learning');
    await tabTo(page, 'Say this', 80);
    await page.keyboard.type('look at the board');
    await page.keyboard.press('Enter');
    await expect.poll(() => captionsText(pupil)).toContain('Look at the board');
    expect(await captionsText(pupil)).toContain('Good morning year four');

    // Caption size by keyboard: the pupil view follows.
    await tabTo(page, 'Caption size', 80);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() =>
        pupil
          .getByRole('region', { name: 'Captions', exact: true })
          .evaluate((el) => (el as HTMLElement).style.getPropertyValue('--caption-size')),
      )
      .toBe('44px');

    // F for full screen in the pupil view.
    await pupil.bringToFront();
    await pupil.keyboard.press('f');
    await expect.poll(() => pupil.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await pupil.keyboard.press('f');
    await expect.poll(() => pupil.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  it('is axe clean in every colour pair, in the tool and the pupil view', async () => {
    const { page, context } = session();
    const pupil = context.pages().find((p) => p.url().includes('/captions/pupil'));
    if (!pupil) throw new Error('The pupil view from the first test is not open.');
    const pairs = page.getByRole('group', { name: 'Caption colours' }).getByRole('radio');
    const count = await pairs.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i += 1) {
      const pair = pairs.nth(i);
      await pair.focus();
      await page.keyboard.press('Space');
      expect(await pair.isChecked()).toBe(true);
      const background = await page
        .getByRole('region', { name: 'Captions', exact: true })
        .evaluate((el) => (el as HTMLElement).style.getPropertyValue('--caption-background'));
      await expect
        .poll(() =>
          pupil
            .getByRole('region', { name: 'Captions', exact: true })
            .evaluate((el) => (el as HTMLElement).style.getPropertyValue('--caption-background')),
        )
        .toBe(background);
      expect(await axeViolations(page), `tool, pair ${i}`).toEqual([]);
      expect(await axeViolations(pupil), `pupil view, pair ${i}`).toEqual([]);
    }
  }, 240_000); // twelve axe runs: slow on a busy two-core machine

  it('saves the transcript as plain text with times, and clears it only after asking', async () => {
    const { page } = session();
    await tabTo(page, 'Save transcript', 120);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^captions-.*\.txt$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^Live captions transcript, started /);
    expect(text).toMatch(/\[00:00:\d\d\] Good morning year four\n/);
    expect(text).toContain('] Look at the board\n');

    await tabTo(page, 'Clear transcript', 40);
    await page.keyboard.press('Enter');
    await page
      .getByRole('group', { name: 'Delete the whole transcript from this device?' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => captionsText(page)).toBe('Captions appear here as you send them.');
  });

  it('is axe clean in the dark and high-contrast themes too', async () => {
    const { page } = session();
    for (const theme of ['dark', 'high-contrast']) {
      await page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
  });

  it('fits a 320 px wide screen with no sideways scroll', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(appUrl('/tools/captions'));
    await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});

describe('simulated recognition (a scripted W3C SpeechRecognition): the real Web Speech adapter', () => {
  const results = (page: Page, list: ScriptedResult[]) =>
    page.evaluate((l) => window.__speech.results(l), list);
  const session = sessionPerBlock({
    initScripts: [scriptedRecognitionScript({ availability: 'unavailable' })],
    args: FAKE_MEDIA,
  });

  it('asks first, shows interim words apart in both windows, restarts after Chrome’s silence end, and explains errors', async () => {
    const { page } = session();
    await page.goto(appUrl('/tools/captions'));
    await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
    await page.getByText('This browser cannot be told to expect words').waitFor();
    const pupil = await openPupilView(session());

    await page.getByRole('button', { name: 'Start captions' }).click();
    await page
      .getByRole('heading', { name: /your voice goes to the browser's speech service/ })
      .waitFor();
    expect(await page.evaluate(() => window.__speech.starts.length)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Stop captions' }).waitFor();
    await expect.poll(() => page.evaluate(() => window.__speech.running)).toBe(true);

    await results(page, [{ t: 'the water' }]);
    const interim = pupil.locator('.caption-display__interim');
    await expect.poll(() => interim.innerText()).toContain('the water');
    expect(await page.locator('.caption-display__interim').innerText()).toContain('the water');
    expect(await axeViolations(pupil)).toEqual([]);

    await results(page, [{ t: 'the water cycle', final: true }]);
    await expect.poll(() => captionsText(pupil)).toBe('The water cycle');
    expect(await interim.count()).toBe(0);

    // Chrome ends the session after silence: the adapter starts again and captions carry on.
    await page.evaluate(() => window.__speech.end());
    await expect.poll(() => page.evaluate(() => window.__speech.starts.length)).toBe(2);
    await expect.poll(() => page.evaluate(() => window.__speech.running)).toBe(true);
    await results(page, [{ t: 'begins at sea', final: true }]);
    await expect.poll(() => captionsText(pupil)).toBe('The water cycle Begins at sea');

    await page.evaluate(() => window.__speech.error('network'));
    const alert = page.getByRole('alert').filter({ hasText: 'could not reach its speech service' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('press Start captions again');
    await page.getByRole('button', { name: 'Start captions' }).waitFor();
    expect(await captionsText(page)).toBe('The water cycle Begins at sea');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});

/** Contextual biasing as Chrome 140+ offers it: SpeechRecognitionPhrase and a `phrases` list. */
const PHRASES_SUPPORT = `(() => {
  window.__phraseLists = [];
  window.SpeechRecognitionPhrase = class SpeechRecognitionPhrase {
    constructor(phrase, boost = 1) { this.phrase = phrase; this.boost = boost; }
  };
  for (const Recognition of [window.SpeechRecognition, window.webkitSpeechRecognition]) {
    if (!Recognition || Object.getOwnPropertyDescriptor(Recognition.prototype, 'phrases')) continue;
    Object.defineProperty(Recognition.prototype, 'phrases', {
      configurable: true,
      get() { return this.__phrases ?? []; },
      set(list) {
        this.__phrases = list;
        window.__phraseLists.push(list.map((p) => [p.phrase, p.boost]));
      },
    });
  }
})();`;

describe('words to expect as contextual phrases (simulated recognition with SpeechRecognitionPhrase)', () => {
  const session = sessionPerBlock({
    initScripts: [scriptedRecognitionScript({ availability: 'available' }), PHRASES_SUPPORT],
  });

  it('passes the list to the recogniser, and carries on without it if the browser refuses it', async () => {
    const { page } = session();
    await page.goto(appUrl('/tools/captions'));
    await page.getByRole('heading', { level: 1, name: 'Live captions' }).waitFor();
    await page.getByText('This browser is told to expect them').waitFor();
    await page.getByRole('textbox', { name: 'Words to expect' }).fill('evaporation\nMr Shah');
    await page.getByText(/On-device recognition .* is ready/).waitFor();
    await page.getByRole('button', { name: 'Start captions' }).click();
    await page.getByRole('button', { name: 'Stop captions' }).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __phraseLists: unknown }).__phraseLists),
    ).toEqual([
      [
        ['evaporation', 3],
        ['Mr Shah', 3],
      ],
    ]);
    expect(await page.evaluate(() => window.__speech.starts[0]?.processLocally)).toBe(true);

    await page.evaluate(() => window.__speech.error('phrases-not-supported'));
    await page.getByText('The browser would not take the words to expect this time').waitFor();
    await expect.poll(() => page.evaluate(() => window.__speech.starts.length)).toBe(2);
    await expect.poll(() => page.evaluate(() => window.__speech.running)).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.evaluate(() =>
      window.__speech.results([{ t: 'mr shah explains evaporation', final: true }]),
    );
    await expect.poll(() => captionsText(page)).toBe('Mr Shah explains evaporation');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session().errors).toEqual([]);
    expect(session().offsiteRequests).toEqual([]);
  });
});
