import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesisContract } from '../components/synthesis-contract';
import type { SynthesisDriver } from '../components/synthesis-driver';
import { axeViolations } from './support/app-page';
import { launch, type Session } from './support/chromium';
import { serveSynthesisHarness } from './synthesis-harness/build-harness';

type HarnessWindow = Window & { harness: { driver: SynthesisDriver } };

/** The driver in the page, called across page.evaluate. */
function remoteDriver(page: () => Page): SynthesisDriver {
  return {
    voices: () =>
      page().evaluate(() => (window as unknown as HarnessWindow).harness.driver.voices()),
    read: (text, voiceId, rate, fromWord) =>
      page().evaluate(
        ([t, v, r, f]) => (window as unknown as HarnessWindow).harness.driver.read(t, v, r, f),
        [text, voiceId, rate, fromWord ?? 0] as const,
      ),
    readAndCancel: (text, voiceId, waitMs) =>
      page().evaluate(
        ([t, v, w]) => (window as unknown as HarnessWindow).harness.driver.readAndCancel(t, v, w),
        [text, voiceId, waitMs] as const,
      ),
  };
}

let session: Session;
let harness: Awaited<ReturnType<typeof serveSynthesisHarness>>;

beforeAll(async () => {
  harness = await serveSynthesisHarness();
  session = await launch();
  await session.page.goto(harness.url);
  // Web Audio needs a user gesture first, as in the app (the person presses "Read aloud").
  await session.page.mouse.click(5, 5);
});

afterAll(async () => {
  await session?.close();
  await harness?.close();
});

synthesisContract(
  'the built-in espeak-ng voice in real Chromium',
  () => remoteDriver(() => session.page),
  () => 'builtin:gmw/en',
);

describe('the built-in voice, in real Chromium', () => {
  it('reports exact timings, fetched its data only from this machine, and logged no errors', async () => {
    const result = await remoteDriver(() => session.page).read(
      'Volcanoes erupt when magma rises.',
      'builtin:gmw/en',
      1,
    );
    expect(result.methods).toEqual(['exact']);
    expect(result.ended).toBe(true);
    expect(await axeViolations(session.page)).toEqual([]); // the harness page shows nothing else
    expect(session.requests.some((url) => /\/espeak\/voices-\w+\.data$/.test(url))).toBe(true);
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
