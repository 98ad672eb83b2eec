// The camera, documents, offline and windows contracts against their fakes, in jsdom.
// devices.browser.test.ts and offline.browser.test.ts run the same suites against the real engines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { createFakeCamera } from '../../src/engines/camera/camera-engine';
import { createFakeDocuments, fakePdfBytes } from '../../src/engines/documents/fake-documents';
import { wordsFromText } from '../../src/engines/ocr/fake-ocr';
import { createFakeOffline } from '../../src/engines/offline/offline-engine';
import { createFakeWindows, type FakeWindows } from '../../src/engines/windows/windows-engine';
import { cameraContract } from './camera-contract';
import { createCameraDriver, createWindowsDriver } from './device-drivers';
import { createDocumentsDriver, createOfflineDriver } from './document-drivers';
import { documentsContract } from './documents-contract';
import { offlineContract } from './offline-contract';
import { handoutPages } from './samples';
import { windowsContract } from './windows-contract';

const ROOT = join(import.meta.dirname, '..', '..');
const onDisk = (...path: string[]) => new Blob([readFileSync(join(ROOT, ...path))]);

// The fake camera's frame is 1440 × 1080; it is given a real JPEG of that size to capture.
const FRAME = { width: 1440, height: 1080 };
const picture = () =>
  new Blob([readFileSync(join(import.meta.dirname, 'fixtures', 'frame-1440x1080.jpg'))], {
    type: 'image/jpeg',
  });
cameraContract(
  'the fake (given a JPEG of its frame)',
  () => {
    const camera = createFakeCamera({ picture: picture() });
    return createCameraDriver(camera, () => camera.live());
  },
  () => createCameraDriver(createFakeCamera({ fail: 'not-allowed' }), () => 0),
  FRAME,
);

// The fake reads its own stand-in PDFs ("%PDF-" then JSON), holding what the real files hold.
// Words laid out eight to a line, so their boxes sit on the fake's 1190 × 1684 page as real ones do.
const laidOut = (text: string) =>
  wordsFromText(text).map((word, i) => {
    const x0 = 40 + (i % 8) * 140;
    const y0 = 40 + Math.floor(i / 8) * 50;
    return { ...word, box: { x0, y0, x1: x0 + 120, y1: y0 + 36 } };
  });
const pages = (count: number, text = '') =>
  Array.from({ length: count }, () => ({ words: laidOut(text) }));
const fakeFiles: Record<string, () => Blob> = {
  'pdf-handout.pdf': () =>
    new Blob([fakePdfBytes({ pages: handoutPages().map((text) => ({ words: laidOut(text) })) })]),
  'scanned-worksheet.pdf': () => new Blob([fakePdfBytes({ pages: pages(1) })]),
  'damaged.pdf': () => new Blob(['%PDF-1.7\n1 0 obj\n<< /Type /Pag']),
  'locked.pdf': () => new Blob([fakePdfBytes({ pages: pages(1), encrypted: true })]),
  'too-many-pages.pdf': () => new Blob([fakePdfBytes({ pages: pages(31) })]),
  // HEIC and PNG are sniffed from the real files; the fake decodes any HEIC but one saying "broken".
  'worksheet.heic': () => onDisk('tests', 'fixtures', 'documents', 'worksheet.heic'),
  'broken.heic': () => new Blob(['\0\0\0\x1cftypheic broken']),
  'clean-worksheet.png': () => onDisk('public', 'samples', 'clean-worksheet.png'),
};
documentsContract(
  "the fake (its own PDF stand-ins, the real files' words)",
  () =>
    createDocumentsDriver(createFakeDocuments(), async (name) => {
      const file = fakeFiles[name];
      if (!file) throw new Error(`No fake fixture ${name}`);
      return file();
    }),
  handoutPages,
  { 'decodes an iPhone HEIC photo to a JPEG': 'decodes every HEIC to a PNG' },
);

let offline: ReturnType<typeof createFakeOffline>;
// One fake per test, so a deployment and the driver's calls after it reach the same engine.
beforeEach(() => {
  offline = createFakeOffline([
    { url: 'ocr/eng.traineddata.gz', bytes: 2_000_000 },
    { url: 'espeak/voice.data', bytes: 500_000 },
    { url: 'samples/clean-worksheet.png', bytes: 40_000 },
  ]);
});
offlineContract(
  'the fake (always ready, a scripted download)',
  () => createOfflineDriver(offline),
  async () => {
    // Found before anyone listens, as the real service worker finds one while the page loads.
    offline.announceUpdate();
  },
  async () => ({ updatesApplied: offline.updatesApplied }),
  {
    'stops at once when the download is cancelled': 'ignores the signal and stores everything',
    'announces a new version once deployed, once, and moves to it when asked':
      'tells only those already listening, so a listener that comes later never hears',
  },
);

let windows: FakeWindows;
windowsContract(
  'the fake',
  () => {
    windows = createFakeWindows();
    const refusing = createFakeWindows();
    refusing.allowPopups = false;
    refusing.allowFullScreen = false;
    return createWindowsDriver(windows, refusing);
  },
  async (name) => {
    const opened = windows.opened.findLast((w) => w.name === name);
    return opened ? { url: windows.routeUrl(opened.route), name } : null;
  },
);
