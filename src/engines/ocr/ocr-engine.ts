/** A word OCR found, with its box in the pixels of the image it was given. */
export interface OcrWord {
  text: string;
  /** 0–100, as tesseract reports it. */
  confidence: number;
  box: { x0: number; y0: number; x1: number; y1: number };
  /** What follows this word in reading order: nothing special, a new line, or a new paragraph. */
  breakAfter: 'space' | 'line' | 'paragraph';
}

export interface OcrResult {
  words: OcrWord[];
  /** The turn the engine gave a tilted page to straighten it before reading, in degrees (clockwise positive, as CSS `rotate()`); word boxes are on the straightened page. */
  skewDegrees: number;
}

/**
 * A skew smaller than this, in degrees, is not worth showing or saying: tesseract itself leaves
 * pages under about 0.3° as they are. The photo view and the "turned" announcement share it.
 */
export const NOTICEABLE_SKEW_DEGREES = 0.3;

export type OcrStage = 'loading' | 'recognising';

export interface OcrProgress {
  stage: OcrStage;
  /** 0–1 within the stage. */
  fraction: number;
}

export type OcrErrorCode = 'ocr-assets-missing' | 'ocr-crashed' | 'cancelled' | 'timeout';

export class OcrError extends Error {
  constructor(
    readonly code: OcrErrorCode,
    detail = '',
  ) {
    super(`ocr: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'OcrError';
  }
}

export interface RecogniseOptions {
  signal?: AbortSignal;
  onProgress?(progress: OcrProgress): void;
}

/**
 * A picture for OCR, as a file's bytes: a Blob, or the bytes themselves (the page pipeline's
 * PGM, handed over without being made into a Blob and read back out of one: 25–35 ms on a
 * clean page).
 */
export type OcrImage = Blob | Uint8Array<ArrayBuffer>;

export interface OcrEngine {
  /**
   * Starts loading the engine in the background, so the first page starts warm. Resolves once it
   * is ready, or has failed to load (the next recognise() reports that); never rejects.
   */
  warmUp(): Promise<void>;
  /** Reads the words in an image. Rejects with an OcrError; after any failure the next call starts afresh. */
  recognise(image: OcrImage, options?: RecogniseOptions): Promise<OcrResult>;
  /** Ends the worker now (it is recreated on the next call). */
  dispose(): void;
}

/**
 * An image already straightened before OCR (by the page pipeline) carries the
 * turn it was given, so the result's skewDegrees is the whole turn between the
 * photo shown and the word boxes.
 */
export function withStraightening<T extends OcrImage>(image: T, degrees: number): T {
  return Object.assign(image, { straightenedDegrees: degrees });
}

export function straighteningOf(image: OcrImage): number {
  return (image as OcrImage & { straightenedDegrees?: number }).straightenedDegrees ?? 0;
}
