/// <reference lib="webworker" />
/**
 * The prepare worker: decoding, the page pipeline and encoding all happen
 * here, off the page's main thread (a 12-megapixel photo takes hundreds of
 * milliseconds, which on the main thread would freeze the page).
 */
import { ImageError } from './image-engine';
import type { QuarterTurn } from './image-format';
import { preparePicture, warmUpPage } from './prepare-page';
import { preparePage } from './preprocess';

export interface PrepareRequest {
  id: number;
  file: Blob;
  turn: QuarterTurn;
  /** The person chose the turn: no automatic quarter turn on top. */
  byHand: boolean;
}

/**
 * Runs of the pipeline on a made-up page before the first picture. A fresh worker took about
 * twice as long over its first three or four 12 MP photos as over later ones (V8 compiles each
 * step's code to its fastest only after it has run a while, and each step runs once a picture);
 * six runs on an 800 × 1066 page (about 0.8 s of the worker's time, once) took the first three
 * photos' pipeline from 188–301 ms to 100–189 ms, in a worker on its own, three runs each
 * (docs/read-aloud-ocr.md). Sixteen runs did no better.
 */
export const WARM_UP_ROUNDS = 6;

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
  try {
    const prepared = await preparePicture(data.file, data.turn, data.byHand);
    self.postMessage({ id: data.id, prepared });
  } catch (error) {
    const failure =
      error instanceof ImageError
        ? { code: error.code, ...(error.size ? { size: error.size } : {}) }
        : { code: 'unreadable' };
    self.postMessage({ id: data.id, failure });
  }
};
