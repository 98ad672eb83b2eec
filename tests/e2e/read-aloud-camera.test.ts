import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';
import { writePageVideo } from './support/y4m';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every camera stream the page opens, so the test can see that each track was stopped. */
const RECORD_STREAMS = `(() => {
  if (!globalThis.navigator?.mediaDevices) return; // workers and frames without a camera API
  const streams = [];
  window.__cameraStreams = streams;
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    streams.push(stream);
    return stream;
  };
})();`;

const liveTracks = (session: Session) =>
  session.page.evaluate(
    () =>
      (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );

describe("Use camera, with Chromium's fake camera playing a video of a printed page", () => {
  let session: Session;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'at-sandbox-camera-'));
    const video = join(folder, 'page.y4m');
    writePageVideo(video, readFileSync(join(ROOT, 'public/samples/clean-worksheet.png')), {
      width: 1080,
      height: 1440,
      pageShare: 0.88,
    });
    session = await launch({
      args: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
      initScripts: [RECORD_STREAMS],
    });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the live view with the page outlined, takes the picture, reads it and stops the camera', async () => {
    await openRoute(session.page, '/tools/read-aloud');
    await session.page.getByRole('button', { name: 'Use camera' }).click();
    const view = session.page.getByRole('region', { name: 'Camera view' });
    await view.waitFor();
    // The outline is drawn once the page has been found in the live picture.
    await view.locator('.camera-view__outline').waitFor({ timeout: 15_000 });
    expect(await liveTracks(session)).toBe(1);
    expect(await axeViolations(session.page)).toEqual([]);

    await view.getByRole('button', { name: 'Take picture' }).click();
    await view.waitFor({ state: 'detached' });
    expect(await liveTracks(session)).toBe(0);
    const text = session.page.getByRole('textbox', { name: 'Recognised text' });
    await expect
      .poll(async () => (await text.inputValue()).toLowerCase(), { timeout: 90_000 })
      .toContain('water cycle');
    expect(await text.inputValue()).toMatch(/evaporation/i);
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 180_000); // real OCR from a cold start, on two cores shared with the build

  it('Close camera stops every track, and focus returns to Use camera', async () => {
    await openRoute(session.page, '/tools/read-aloud');
    await session.page.getByRole('button', { name: 'Use camera' }).click();
    const view = session.page.getByRole('region', { name: 'Camera view' });
    await view.waitFor();
    await expect.poll(() => liveTracks(session)).toBe(1);
    await view.getByRole('button', { name: 'Close camera' }).click();
    await view.waitFor({ state: 'detached' });
    expect(await liveTracks(session)).toBe(0);
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))
      .toBe('Use camera');
  });

  it('leaving the page stops the camera', async () => {
    await openRoute(session.page, '/tools/read-aloud');
    await session.page.getByRole('button', { name: 'Use camera' }).click();
    await session.page.getByRole('region', { name: 'Camera view' }).waitFor();
    await expect.poll(() => liveTracks(session)).toBe(1);
    await session.page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await session.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await liveTracks(session)).toBe(0);
  });
});

describe('Use camera when the camera is refused', () => {
  let session: Session;
  beforeAll(async () => {
    // No fake-UI flag: headless Chromium then denies the permission, as a person pressing Block would.
    session = await launch({ args: ['--use-fake-device-for-media-stream'] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says so in plain words and the file chooser still works', async () => {
    await openRoute(session.page, '/tools/read-aloud');
    await session.page.getByRole('button', { name: 'Use camera' }).click();
    const alert = session.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/camera was not allowed/);
    expect(await session.page.getByLabel('Choose a photo or PDF').isEnabled()).toBe(true);
    expect(await axeViolations(session.page)).toEqual([]);
  });
});
