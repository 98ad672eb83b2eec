// The real engines, each behind its contract driver on `window.contracts`, for
// tests/contracts/engines.browser.test.ts to call across page.evaluate. Made
// the way src/engines/create-engines.ts makes them; not part of the app.
import { createBrowserBroadcast } from '../../../src/engines/broadcast/broadcast-engine';
import { createBrowserFiles } from '../../../src/engines/files/files-engine';
import { createBrowserImage } from '../../../src/engines/image/browser-image';
import { createBrowserMicrophone } from '../../../src/engines/microphone/microphone-engine';
import { createTesseractOcr } from '../../../src/engines/ocr/tesseract-ocr';
import { createWebSpeechRecognition } from '../../../src/engines/recognition/web-speech-recognition';
import type { ScriptedResult, SpeechControl } from '../../e2e/support/scripted-recognition';
import {
  createBroadcastDriver,
  createFilesDriver,
  createImageDriver,
  createMicrophoneDriver,
  createOcrDriver,
  createRecognitionDriver,
} from '../drivers';
import { deviceContracts } from './devices';

const SAMPLE_URL = 'samples/clean-worksheet.png';

const image = createBrowserImage(window);
const ocr = createTesseractOcr({
  // Set by build/ocr-assets-plugin.ts, as for the app.
  assetBase: new URL(import.meta.env.VITE_OCR_ASSETS ?? 'ocr/', document.baseURI).href,
});

// The browser's recogniser is the W3C-shaped scripted one the test installs before load
// (tests/e2e/support/scripted-recognition.ts): each phrase is a result of its own, as Chrome
// lists them, earlier finals repeated in every event.
const speech = () => (window as unknown as { __speech: SpeechControl }).__speech;
const sessionFinals: ScriptedResult[] = [];

const contracts = {
  // The page as the app hands it to OCR: through the image engine's preparation.
  ocr: createOcrDriver(
    ocr,
    async () => (await image.prepare(await image.load(SAMPLE_URL))).ocrImage,
  ),
  image: createImageDriver(image, SAMPLE_URL),
  // The real engine only (the fake does not decode): an untouched picture's pixels are read from
  // a VideoFrame when its file has no alpha channel, and drawn onto white on a canvas when it has.
  imageReadPaths: {
    async sameWithAndWithoutAlpha() {
      const rgb = await image.load('samples/phone-photo.jpg'); // in colour: red and blue differ
      const bitmap = await createImageBitmap(rgb);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      const rgba = await canvas.convertToBlob({ type: 'image/png' }); // the same pixels, with alpha
      const formats: (string | null)[] = [];
      for (const file of [rgb, rgba]) {
        const frame = new VideoFrame(await createImageBitmap(file), { timestamp: 0 });
        formats.push(frame.format);
        frame.close();
      }
      const bytes = async (file: Blob) => {
        const { ocrImage } = await image.prepare(file);
        return ocrImage instanceof Blob ? new Uint8Array(await ocrImage.arrayBuffer()) : ocrImage;
      };
      const [a, b] = [await bytes(rgb), await bytes(rgba)];
      let differing = 0;
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) if (a[i] !== b[i]) differing += 1;
      return { formats, lengths: [a.length, b.length], differing };
    },
  },
  // Chromium's fake audio device plays a tone of its own: nothing to do to make a sound.
  microphone: createMicrophoneDriver(createBrowserMicrophone(window), () => {}),
  files: createFilesDriver(createBrowserFiles(window)),
  // Each engine stands for a tab: BroadcastChannel also delivers between objects in one page.
  broadcast: createBroadcastDriver(() => createBrowserBroadcast(window)),
  recognition: createRecognitionDriver(createWebSpeechRecognition(window), {
    ready: () => speech().running,
    say(text, final) {
      speech().results([...sessionFinals, { t: text, final }], sessionFinals.length);
      if (final) sessionFinals.push({ t: text, final: true });
    },
    fail: (code) => speech().error(code),
    newSession: () => {
      sessionFinals.length = 0;
    },
  }),
  ...deviceContracts(),
};

(window as unknown as { contracts: typeof contracts }).contracts = contracts;
