/// <reference lib="webworker" />
/**
 * The prepare worker: decoding, the page pipeline and encoding all happen
 * here, off the page's main thread (a 12-megapixel photo takes hundreds of
 * milliseconds, which on the main thread would freeze the page).
 */
import { ImageError } from './image-engine';
import type { QuarterTurn } from './image-format';
import { preparePicture } from './prepare-page';

export interface PrepareRequest {
  id: number;
  file: Blob;
  turn: QuarterTurn;
  /** The person chose the turn: no automatic quarter turn on top. */
  byHand: boolean;
}

self.onmessage = async ({ data }: MessageEvent<PrepareRequest>) => {
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
