import type { OcrImage } from '../ocr/ocr-engine';
import type { QuarterTurn, Size } from './image-format';

/** Why an image could not be used, each explained in plain words by the page. */
export type ImageErrorCode =
  | 'empty'
  | 'not-an-image'
  | 'heic'
  | 'pdf'
  | 'unreadable'
  | 'too-small'
  | 'too-large';

export class ImageError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    readonly size?: Size,
  ) {
    super(`image: ${code}`);
    this.name = 'ImageError';
  }
}

/** A picture ready for OCR: shrunk, turned, re-encoded (so no EXIF, no location), in two forms. */
export interface PreparedImage {
  width: number;
  height: number;
  /** The original's size in pixels, as the person's file had it (after EXIF orientation). */
  original: Size;
  /**
   * A colour JPEG as a data: URL, to show and to keep across a reload. Made after the OCR
   * image is handed over, so recognition starts without waiting for it (the picture is shown
   * once its text is read); rejects with an ImageError if it cannot be made.
   */
  displayUrl: Promise<string>;
  /** The greyscale page for the OCR engine (the measured pre-processing), as a PGM file's bytes. */
  ocrImage: OcrImage;
  /**
   * The whole quarter turn drawn into both forms: `turn`, plus the quarter
   * turn the page pipeline added on its own to a page whose lines ran up and
   * down (never added when the person turned the page by hand).
   */
  turned: QuarterTurn;
}

export interface PrepareOptions {
  /**
   * The person chose `turn` with the rotate buttons: it stands as given, with
   * no automatic quarter turn on top (small tilts are still straightened).
   */
  byHand?: boolean;
}

export interface ImageEngine {
  /**
   * Decodes a file honouring its EXIF orientation, turns it by `turn`,
   * shrinks it, and strips every bit of metadata by drawing it afresh.
   * Rejects with an ImageError.
   */
  prepare(file: Blob, turn?: QuarterTurn, options?: PrepareOptions): Promise<PreparedImage>;
  /**
   * An image that ships with the app (a sample), fetched, or a data: URL,
   * decoded here (the CSP's connect-src does not allow fetching data: URLs).
   */
  load(url: string): Promise<Blob>;
  /**
   * Shows a kept picture (its data: URL) on a canvas, sized to the picture (the decoded
   * bitmap handed to the canvas, where the browser allows, rather than drawn into it).
   * Shown through an <img>, every page's decoded picture stays in the
   * browser's image cache (about 5 MB a page, to several hundred MB in a
   * long session); one canvas redrawn holds one page. Draws nothing once
   * `signal` is aborted (a newer picture replaced this one while it decoded).
   */
  paint(dataUrl: string, canvas: HTMLCanvasElement, signal?: AbortSignal): Promise<void>;
  /**
   * Readies the preparing in the background (a few runs of the pipeline on a made-up page),
   * so the first pictures are prepared as fast as later ones. Does nothing once a picture has
   * been prepared; a picture that arrives meanwhile waits for one short run at most. Never throws.
   */
  warmUp(): void;
}
