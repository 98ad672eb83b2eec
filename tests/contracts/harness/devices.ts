// The real camera, documents and windows engines behind their contract drivers, for
// tests/contracts/devices.browser.test.ts. Made as src/engines/create-engines.ts makes them.
import { createBrowserCamera } from '../../../src/engines/camera/camera-engine';
import { createBrowserDocuments } from '../../../src/engines/documents/browser-documents';
import { createBrowserWindows } from '../../../src/engines/windows/windows-engine';
import { createCameraDriver, createWindowsDriver } from '../device-drivers';
import { createDocumentsDriver } from '../document-drivers';

/** Samples ship with the app; the other fixtures are copied in by serve-harness.ts. */
const SAMPLES = new Set(['pdf-handout.pdf', 'clean-worksheet.png']);

/** Every camera stream opened, so the contract can see each track end. */
function recordStreams(): () => number {
  const streams: MediaStream[] = [];
  const media = navigator.mediaDevices;
  if (media?.getUserMedia) {
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  }
  return () => streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length;
}

/**
 * A frame the browser gives no leave to open pop-ups (sandbox without allow-popups) or to fill
 * the screen (permissions policy): the browser's own refusals, not a stand-in.
 */
function refusingFrame(): Window {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-scripts');
  // A same-origin frame may fill the screen by default; this permissions policy says it may not.
  frame.allow = "fullscreen 'none'";
  frame.title = 'A frame that may not open windows or fill the screen';
  frame.hidden = true;
  document.body.append(frame);
  return frame.contentWindow as Window;
}

export function deviceContracts() {
  const liveTracks = recordStreams();
  return {
    camera: createCameraDriver(createBrowserCamera(window), liveTracks),
    documents: createDocumentsDriver(
      createBrowserDocuments(
        window,
        new URL(import.meta.env.VITE_PDF_ASSETS ?? 'pdf/', document.baseURI).href,
      ),
      async (name) => {
        const response = await fetch(`${SAMPLES.has(name) ? 'samples' : 'fixtures'}/${name}`);
        if (!response.ok) throw new Error(`No fixture ${name}`);
        return response.blob();
      },
    ),
    windows: createWindowsDriver(
      createBrowserWindows(window),
      createBrowserWindows(refusingFrame()),
    ),
  };
}
