// Each engine contract against the real engine, in real Chromium: the same suites
// engines.fake.test.ts runs against the fakes, so a fake cannot drift from the real thing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Session } from '../e2e/support/chromium';
import { scriptedRecognitionScript } from '../e2e/support/scripted-recognition';
import { broadcastContract } from './broadcast-contract';
import type {
  BroadcastDriver,
  FilesDriver,
  ImageDriver,
  MicrophoneDriver,
  OcrDriver,
  RecognitionDriver,
} from './drivers';
import { filesContract, type ReceivedFile } from './files-contract';
import { serveContractHarness } from './harness/serve-harness';
import { imageContract } from './image-contract';
import { microphoneContract } from './microphone-contract';
import { ocrContract } from './ocr-contract';
import { recognitionContract } from './recognition-contract';
import { remoteDriver } from './remote';
import { samplePngSize, sampleText } from './samples';

let session: Session;
let harness: Awaited<ReturnType<typeof serveContractHarness>>;
const downloads: Promise<ReceivedFile>[] = [];

beforeAll(async () => {
  harness = await serveContractHarness();
  session = await launch({
    // Chromium's own stand-ins for a microphone (a tone) and the permission prompt.
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
    initScripts: [scriptedRecognitionScript()],
  });
  session.page.on('download', (download) => {
    downloads.push(
      download.path().then((path) => ({
        fileName: download.suggestedFilename(),
        contents: readFileSync(path, 'utf8'),
      })),
    );
  });
  await session.page.goto(harness.url);
  await session.page.waitForFunction(() => 'contracts' in window);
}, 120_000);

afterAll(async () => {
  try {
    // Whatever ran, in whatever order: nothing fetched from beyond this machine, no errors.
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  } finally {
    await session?.close();
    await harness?.close();
  }
});

const page = () => session.page;

ocrContract(
  'tesseract.js in real Chromium',
  () => remoteDriver<OcrDriver>(page, 'ocr'),
  () => sampleText(),
  90_000,
);

imageContract(
  'the canvas pipeline in real Chromium',
  () => remoteDriver<ImageDriver>(page, 'image'),
  () => samplePngSize(),
);

it('reads an untouched picture to the same page for OCR whether its pixels come from a VideoFrame (no alpha channel) or a canvas drawn on white (alpha channel)', async () => {
  const seen = (await page().evaluate(() =>
    (
      window as unknown as {
        contracts: { imageReadPaths: { sameWithAndWithoutAlpha(): Promise<unknown> } };
      }
    ).contracts.imageReadPaths.sameWithAndWithoutAlpha(),
  )) as { formats: string[]; lengths: number[]; differing: number };
  // The two files really take the two paths...
  expect(seen.formats[0]).toMatch(/^(RGBX|BGRX)$/);
  expect(seen.formats[1]).toMatch(/^(RGBA|BGRA)$/);
  // ...and give OCR the same bytes.
  expect(seen.lengths[0]).toBeGreaterThan(1_000_000);
  expect(seen.lengths[1]).toBe(seen.lengths[0]);
  expect(seen.differing).toBe(0);
}, 60_000);

microphoneContract('getUserMedia and an AnalyserNode in real Chromium (its fake device)', () =>
  remoteDriver<MicrophoneDriver>(page, 'microphone'),
);

recognitionContract(
  "the app's Web Speech adapter in real Chromium, hearing a scripted W3C SpeechRecognition",
  () => remoteDriver<RecognitionDriver>(page, 'recognition'),
);

broadcastContract('BroadcastChannel in real Chromium', () =>
  remoteDriver<BroadcastDriver>(page, 'broadcast'),
);

filesContract(
  'a real download in Chromium',
  () => remoteDriver<FilesDriver>(page, 'files'),
  async () => {
    // The browser saves on its own time: wait for the download to be announced.
    for (let i = 0; i < 100 && downloads.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Promise.all(downloads);
  },
);
