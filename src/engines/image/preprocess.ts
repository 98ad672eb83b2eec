/**
 * Pure image pre-processing for OCR, on plain pixel arrays (no DOM), so the
 * same code runs in the browser and in the Node accuracy tests. Which steps
 * the app actually uses was decided by measurement (docs/read-aloud-ocr.md,
 * tests/unit/ocr-real-preprocess.test.ts): only what lowered the character
 * error rate on the phone photo is applied.
 */

/** RGBA pixels, as in ImageData. */
export interface RgbaPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** One byte of grey per pixel. */
export interface GreyPixels {
  width: number;
  height: number;
  data: Uint8Array;
}

export function toGrey({ width, height, data }: RgbaPixels): GreyPixels {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < out.length; i += 4, j += 1) {
    // ITU-R BT.601 luma, in integers.
    out[j] = (77 * (data[i] ?? 0) + 150 * (data[i + 1] ?? 0) + 29 * (data[i + 2] ?? 0)) >> 8;
  }
  return { width, height, data: out };
}

export function greyToRgba({ width, height, data }: GreyPixels): RgbaPixels {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let j = 0, i = 0; j < data.length; j += 1, i += 4) {
    const v = data[j] ?? 0;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { width, height, data: out };
}

/**
 * The pipeline the app uses, chosen by measurement: greyscale, then tesseract's
 * own skew correction (`rotateAuto`, in the OCR engine). Binarising made the
 * phone photo much worse; deskewing ourselves and evening out the light came
 * within half a percentage point of this, too little to pay for on every page
 * (tests/unit/ocr-real-preprocess.test.ts measures them on every run).
 */
export function preprocess(pixels: RgbaPixels): GreyPixels {
  return toGrey(pixels);
}
