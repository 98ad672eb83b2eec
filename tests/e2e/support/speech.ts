import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { appUrl } from './app-page';
import { type LaunchOptions, launch, type Session } from './chromium';
import { type ScriptedRecognitionOptions, scriptedRecognitionScript } from './scripted-recognition';

/** Chromium's own stand-ins for the microphone and its permission prompt. */
export const FAKE_MEDIA = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/**
 * One Chromium for the describe block this is called in, closed after it.
 * Call the result inside a test to get the session.
 */
export function sessionPerBlock(options: LaunchOptions = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The browser session has not started.');
    return session;
  };
}

/** A session whose browser has the scripted W3C recogniser (no browser here recognises speech). */
export function scriptedSpeechPerBlock(options: ScriptedRecognitionOptions): () => Session {
  return sessionPerBlock({ initScripts: [scriptedRecognitionScript(options)], args: FAKE_MEDIA });
}

export const dictatedText = (page: Page) =>
  page.getByRole('textbox', { name: 'Dictated text' }).inputValue();

/** Opens Dictation afresh: a reload, so nothing is left listening from the test before. */
export async function openDictationAfresh(page: Page): Promise<void> {
  await page.goto(appUrl('/'));
  await page.goto(appUrl('/tools/dictation'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
}

/** Starts dictation, agreeing to the cloud notice if it is asked, until the recogniser runs. */
export async function startDictation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start dictation' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  if (await consent.isVisible()) await consent.click();
  await page.getByRole('button', { name: 'Stop dictation' }).waitFor();
  await expect.poll(() => page.evaluate(() => window.__speech.running)).toBe(true);
}
