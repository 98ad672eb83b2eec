/// <reference lib="webworker" />
/**
 * The prepare worker: decoding, the page pipeline and encoding all happen
 * here, off the page's main thread (a 12-megapixel photo takes hundreds of
 * milliseconds, which on the main thread would freeze the page).
 */
import { ImageError, type ImageErrorCode } from './image-engine';
import type { QuarterTurn, Size } from './image-format';
import { type PreparedInWorker, preparePicture, warmUpPage } from './prepare-page';
import { preparePage } from './preprocess';
import { pipelineScratch } from './scratch';

export interface PrepareRequest {
  id: number;
  file: Blob;
  turn: QuarterTurn;
  /** The person chose the turn: no automatic quarter turn on top. */
  byHand: boolean;
}

export interface PrepareFailure {
  code: ImageErrorCode;
  size?: Size;
}

/**
 * The worker's replies to a picture: first `prepared` (or `failure`), then, once its JPEG is
 * encoded, `display` (or `displayFailure`).
 */
export type PrepareReply = { id: number } & (
  | { prepared: PreparedInWorker }
  | { failure: PrepareFailure }
  | { display: Blob }
  | { displayFailure: PrepareFailure }
);

/**
 * Runs of the pipeline on a made-up page before the first picture. A fresh worker took about
 * twice as long over its first three or four 12 MP photos as over later ones (V8 compiles each
 * step's code to its fastest only after it has run a while, and each step runs once a picture);
 * six runs on an 800 × 1066 page (about 0.8 s of the worker's time, once) took the first three
 * photos' pipeline from 188–301 ms to 100–189 ms, in a worker on its own, three runs each
 * (docs/read-aloud-ocr.md). Sixteen runs did no better.
 */
export const WARM_UP_ROUNDS = 6;

/**
 * The pipeline keeps its working arrays from one picture to the next (scratch.ts: about 8 MB
 * for a 12 MP photo); when no picture has come for this long, they are let go.
 */
export const SCRATCH_KEPT_MS = 60_000;
let scratchTimer: ReturnType<typeof setTimeout> | undefined;

/** Warm-up rounds still to run: one a task, so a picture that arrives waits for one at most. */
let warming = 0;

function warmUp(page = warmUpPage()): void {
  if (warming <= 0) return;
  warming -= 1;
  preparePage(page); // reads the page, never writes it, so the same page serves every run
  setTimeout(() => warmUp(page), 0);
}

self.onmessage = async ({ data }: MessageEvent<PrepareRequest | { warmUp: true }>) => {
  if ('warmUp' in data) {
    warming = WARM_UP_ROUNDS;
    setTimeout(warmUp, 0);
    return;
  }
  warming = 0; // the picture itself does the rest
  clearTimeout(scratchTimer);
  scratchTimer = setTimeout(() => pipelineScratch.clear(), SCRATCH_KEPT_MS);
  let display: () => Promise<Blob>;
  try {
    const done = await preparePicture(data.file, data.turn, data.byHand);
    display = done.display;
    // The OCR image's bytes are handed over, not copied.
    self.postMessage({ id: data.id, prepared: done.prepared }, [done.prepared.ocrImage.buffer]);
  } catch (error) {
    self.postMessage({ id: data.id, failure: failureOf(error) });
    return;
  }
  try {
    self.postMessage({ id: data.id, display: await display() });
  } catch (error) {
    self.postMessage({ id: data.id, displayFailure: failureOf(error) });
  }
};

function failureOf(error: unknown): PrepareFailure {
  return error instanceof ImageError
    ? { code: error.code, ...(error.size ? { size: error.size } : {}) }
    : { code: 'unreadable' };
}
