// The camera, documents and windows contracts against the real engines in real Chromium: the
// same suites devices.fake.test.ts runs against the fakes, on the contract harness page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch, type Session } from '../e2e/support/chromium';
import { writePageVideo } from '../e2e/support/y4m';
import { cameraContract } from './camera-contract';
import type { CameraDriver, WindowsDriver } from './device-drivers';
import type { DocumentsDriver } from './document-drivers';
import { documentsContract } from './documents-contract';
import { serveContractHarness } from './harness/serve-harness';
import { remoteDriver } from './remote';
import { handoutPages } from './samples';
import { type ShownWindow, windowsContract } from './windows-contract';

const ROOT = join(import.meta.dirname, '..', '..');
/** The size of the video Chromium's fake camera plays: what every captured frame must be. */
const FRAME = { width: 640, height: 480 };

/** What Chromium logs when it refuses the frame's pop-up and full screen, as the contract asks. */
const REFUSALS = [
  /^console: Blocked opening '[^']+#\/captions\/pupil' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\.$/,
  /^console: Permissions policy violation: fullscreen is not allowed in this document\.$/,
];

let harness: Awaited<ReturnType<typeof serveContractHarness>>;
let folder: string;
/** Chromium with a fake camera it lets the page use. */
let allowing: Session;
/** Chromium with a camera but no stand-in for the permission prompt: the camera is refused. */
let refusing: Session;

async function open(args: string[]): Promise<Session> {
  const session = await launch({ args });
  await session.page.goto(harness.url);
  await session.page.waitForFunction(() => 'contracts' in window);
  return session;
}

beforeAll(async () => {
  harness = await serveContractHarness();
  folder = mkdtempSync(join(tmpdir(), 'at-sandbox-contract-camera-'));
  const video = join(folder, 'page.y4m');
  writePageVideo(video, readFileSync(join(ROOT, 'public/samples/clean-worksheet.png')), FRAME);
  allowing = await open([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  refusing = await open(['--use-fake-device-for-media-stream']);
}, 120_000);

afterAll(async () => {
  try {
    for (const session of [allowing, refusing]) {
      // Whatever ran, in whatever order: nothing fetched from beyond this machine, no errors.
      expect(session.offsiteRequests).toEqual([]);
      // Bar the refusals the windows contract asks for.
      expect(session.errors.filter((e) => !REFUSALS.some((r) => r.test(e)))).toEqual([]);
    }
  } finally {
    await allowing?.close();
    await refusing?.close();
    await harness?.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

cameraContract(
  "getUserMedia in real Chromium (its fake camera playing a page's video)",
  () => remoteDriver<CameraDriver>(() => allowing.page, 'camera'),
  () => remoteDriver<CameraDriver>(() => refusing.page, 'camera'),
  FRAME,
);

documentsContract(
  "pdf.js and heic-to in real Chromium, on the app's own fixtures",
  () => remoteDriver<DocumentsDriver>(() => allowing.page, 'documents'),
  handoutPages,
);

/** The window of that name, once it has loaded, then closed again; null if none opens. */
async function shown(name: string): Promise<ShownWindow | null> {
  for (let i = 0; i < 40; i += 1) {
    for (const page of allowing.context.pages()) {
      if (page === allowing.page || page.url() === 'about:blank') continue;
      if ((await page.evaluate(() => window.name)) !== name) continue;
      const url = page.url();
      await page.close();
      return { url, name };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

windowsContract(
  'window.open and the Fullscreen API in real Chromium (a sandboxed frame refuses both)',
  () => remoteDriver<WindowsDriver>(() => allowing.page, 'windows'),
  shown,
);
