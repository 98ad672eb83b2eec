import {
  type BroadcastEngine,
  createBrowserBroadcast,
  createMemoryBroadcast,
} from './broadcast/broadcast-engine';
import { type CameraEngine, createBrowserCamera, createFakeCamera } from './camera/camera-engine';
import { createBrowserDocuments } from './documents/browser-documents';
import type { DocumentsEngine } from './documents/documents-engine';
import { createFakeDocuments } from './documents/fake-documents';
import { createBrowserFiles, createRecordingFiles, type FilesEngine } from './files/files-engine';
import { createBrowserImage } from './image/browser-image';
import { createFakeImage } from './image/fake-image';
import type { ImageEngine } from './image/image-engine';
import {
  createBrowserMicrophone,
  createFakeMicrophone,
  type MicrophoneEngine,
} from './microphone/microphone-engine';
import { createFakeOcr } from './ocr/fake-ocr';
import type { OcrEngine } from './ocr/ocr-engine';
import { createTesseractOcr } from './ocr/tesseract-ocr';
import { createBrowserOffline } from './offline/browser-offline';
import { createFakeOffline, type OfflineEngine } from './offline/offline-engine';
import type { RecognitionEngine } from './recognition/recognition-engine';
import { createScriptedRecognition } from './recognition/scripted-recognition';
import { createTypedRecognition, type TypedRecognition } from './recognition/typed-recognition';
import { createWebSpeechRecognition } from './recognition/web-speech-recognition';
import { openIdbStorage } from './storage/idb-storage';
import { createMemoryStorage } from './storage/memory-storage';
import type { StorageEngine } from './storage/storage-engine';
import { createSynthesisEngine } from './synthesis/create-synthesis';
import { createFakeSynthesis } from './synthesis/fake-synthesis';
import type { SynthesisEngine } from './synthesis/synthesis-engine';
import {
  createBrowserWindows,
  createFakeWindows,
  type WindowsEngine,
} from './windows/windows-engine';

/** Every engine the app uses, created once by this factory and handed down. */
export interface Engines {
  storage: StorageEngine;
  /** Messages between tabs and windows of this browser (BroadcastChannel); an in-memory bus in tests. */
  broadcast: BroadcastEngine;
  files: FilesEngine;
  /** Browser voices and the built-in espeak-ng voice (its code and data load on first use). */
  synthesis: SynthesisEngine;
  /** The browser's speech recognition (Web Speech API); scripted in tests. */
  recognition: RecognitionEngine;
  /** "Type instead of speaking": phrases typed into "Say this" arrive as recognised finals. */
  typedRecognition: TypedRecognition;
  /** The camera's live view for photographing a page (getUserMedia video); a fake in tests. */
  camera: CameraEngine;
  /** Microphone level meter (getUserMedia + AnalyserNode); a fake level source in tests. */
  microphone: MicrophoneEngine;
  /** Decoding, turning and shrinking photos for OCR (metadata stripped). */
  image: ImageEngine;
  /** tesseract.js in a worker, assets from the app's own origin (loaded on first use). */
  ocr: OcrEngine;
  /** PDFs (pdf.js) and HEIC photos (WebAssembly), each loaded only when such a file arrives. */
  documents: DocumentsEngine;
  /** Service worker, offline tool assets and update prompts. */
  offline: OfflineEngine;
  /** A second window (the captions pupil view) and full screen. */
  windows: WindowsEngine;
  /** The clock, so tests can control time. */
  now(): number;
}

/** Reading `localStorage` throws where the browser blocks site data. */
function localStorageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

export async function createBrowserEngines(win: Window = window): Promise<Engines> {
  return {
    storage: await openIdbStorage(win.indexedDB, win.navigator.storage, {
      localStorage: localStorageOf(win),
      window: win,
      document: win.document,
    }),
    broadcast: createBrowserBroadcast(win),
    files: createBrowserFiles(win),
    synthesis: createSynthesisEngine(win),
    recognition: createWebSpeechRecognition(win),
    typedRecognition: createTypedRecognition(),
    microphone: createBrowserMicrophone(win),
    camera: createBrowserCamera(win),
    image: createBrowserImage(win),
    ocr: createTesseractOcr({
      // Set by build/ocr-assets-plugin.ts: a folder named by the library versions.
      assetBase: new URL(import.meta.env.VITE_OCR_ASSETS ?? 'ocr/', win.document.baseURI).href,
    }),
    documents: createBrowserDocuments(
      win,
      // Set by build/pdf-assets-plugin.ts: pdf.js's worker and decoders, on this origin.
      new URL(import.meta.env.VITE_PDF_ASSETS ?? 'pdf/', win.document.baseURI).href,
    ),
    offline: createBrowserOffline(win),
    windows: createBrowserWindows(win),
    now: () => Date.now(),
  };
}

/** Deterministic engines for tests and demos; override any of them. */
export function createFakeEngines(overrides: Partial<Engines> = {}): Engines {
  return {
    storage: createMemoryStorage(),
    broadcast: createMemoryBroadcast(),
    files: createRecordingFiles(),
    synthesis: createFakeSynthesis(),
    recognition: createScriptedRecognition(),
    typedRecognition: createTypedRecognition(),
    microphone: createFakeMicrophone(),
    camera: createFakeCamera(),
    image: createFakeImage(),
    ocr: createFakeOcr(),
    documents: createFakeDocuments(),
    offline: createFakeOffline(),
    windows: createFakeWindows(),
    now: () => Date.now(),
    ...overrides,
  };
}
