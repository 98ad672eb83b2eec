/**
 * The work of ImageEngine.prepare, runnable wherever OffscreenCanvas exists
 * (the prepare worker, so a 12-megapixel photo never blocks the page):
 * decode with the EXIF orientation, shrink, turn, run the page pipeline,
 * and draw the colour photo cropped, scaled and turned as the OCR image is
 * (all but the small tilt, which the photo view turns in CSS), so the word
 * boxes OCR finds sit on the photo shown.
 */
import { ImageError } from './image-engine';
import { fitWithin, MAX_PIXELS, MIN_EDGE, type QuarterTurn, rotatedSize } from './image-format';
import { greyToPgm, preparePage, type RgbaPixels, stepsFor } from './preprocess';

export interface PreparedInWorker {
  width: number;
  height: number;
  original: { width: number; height: number };
  /** The prepared page as a PGM file's bytes (see greyToPgm), for the OCR engine. */
  ocrImage: Uint8Array<ArrayBuffer>;
  /** The turn the pipeline gave the OCR image to straighten it (degrees clockwise), not drawn into `display`. */
  straightenedDegrees: number;
  quarterTurn: 0 | 90;
  /**
   * Milliseconds spent drawing the decoded photo at the size OCR works on and reading its
   * pixels back (the canvas draws when its pixels are read, so the two are one cost).
   */
  drawMs: number;
  /** Milliseconds spent in the pipeline's own steps (not decoding, drawing or encoding). */
  pipelineMs: number;
}

function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new ImageError('unreadable');
  return ctx;
}

/**
 * The OCR image first; the colour picture to show (drawn cropped and turned, and encoded as a
 * JPEG: 26–46 ms to encode alone on the clean page) is made when `display` is called, after the
 * OCR image has been handed over, so that recognition need not wait for it: the OCR engine
 * works on one core while this one draws and encodes.
 */
export async function preparePicture(
  file: Blob,
  turn: QuarterTurn,
  byHand = false,
): Promise<{ prepared: PreparedInWorker; display(): Promise<Blob> }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new ImageError('unreadable');
  }
  let source: OffscreenCanvas | null = null;
  try {
    const original = { width: bitmap.width, height: bitmap.height };
    if (original.width < MIN_EDGE || original.height < MIN_EDGE) {
      throw new ImageError('too-small', original);
    }
    if (original.width * original.height > MAX_PIXELS) throw new ImageError('too-large', original);
    const drawn = fitWithin(original);
    const drawStarted = performance.now();
    const { width, height } = rotatedSize(drawn, turn);
    // Untouched (not turned, not shrunk), the picture's pixels are read as decoded where the
    // browser can; otherwise it is drawn at the size and turn OCR works on, and read back.
    let pixels = turn === 0 && drawn.scale === 1 ? await decodedPixels(bitmap) : null;
    if (!pixels) {
      source = new OffscreenCanvas(width, height);
      const ctx = context(source);
      ctx.fillStyle = '#ffffff'; // transparent PNGs: ink on white, not on black
      ctx.fillRect(0, 0, width, height);
      ctx.imageSmoothingQuality = 'high';
      ctx.translate(width / 2, height / 2);
      ctx.rotate((turn * Math.PI) / 180);
      ctx.drawImage(bitmap, -drawn.width / 2, -drawn.height / 2, drawn.width, drawn.height);
      pixels = ctx.getImageData(0, 0, width, height);
    }
    const started = performance.now();
    const drawMs = started - drawStarted;
    const page = preparePage(pixels, stepsFor(byHand));
    const pipelineMs = performance.now() - started;
    const { geometry: g, grey } = page;

    // Handed to tesseract as PGM, not PNG: the same pixels without a PNG encode here and a
    // decode in tesseract (see greyToPgm). Bytes, not a Blob: making a Blob of them here and
    // reading it back on the page took 25–35 ms on the clean page.
    const ocrImage = greyToPgm(grey);

    // The quarter turn is drawn in; the tilt is left for the photo view to turn in CSS, with
    // tesseract's own small correction added (see straightenedDegrees), so boxes and photo agree.
    const degrees = g.degrees + page.found.skewDegrees;
    const prepared: PreparedInWorker = {
      width: g.width,
      height: g.height,
      original,
      ocrImage,
      straightenedDegrees: -page.found.skewDegrees,
      quarterTurn: page.found.quarterTurn,
      drawMs,
      pipelineMs,
    };
    const picture = bitmap;
    const drawnAtSize = source;
    const display = async () => {
      // A page the pipeline left as it was (a clean scan or screenshot at its own size: nothing
      // cropped, turned or scaled) is shown as drawn, without drawing it again (25 ms on the
      // clean sample).
      const unchanged =
        g.width === width &&
        g.height === height &&
        g.scale === 1 &&
        degrees === 0 &&
        g.centre.x === width / 2 &&
        g.centre.y === height / 2;
      let shown = unchanged ? drawnAtSize : null;
      try {
        if (!shown) {
          shown = new OffscreenCanvas(g.width, g.height);
          const sctx = context(shown);
          sctx.fillStyle = '#ffffff';
          sctx.fillRect(0, 0, g.width, g.height);
          sctx.imageSmoothingQuality = 'high';
          sctx.translate(g.width / 2, g.height / 2);
          sctx.rotate((degrees * Math.PI) / 180);
          sctx.scale(g.scale, g.scale);
          sctx.translate(-g.centre.x, -g.centre.y);
          // Read as decoded, the picture is opaque and untouched: drawn as it is, the same.
          sctx.drawImage(drawnAtSize ?? picture, 0, 0);
        }
        return await shown.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      } finally {
        picture.close();
        // Give the page-sized canvases' memory back now, not when the collector gets round to it.
        for (const canvas of [drawnAtSize, shown]) if (canvas) canvas.width = canvas.height = 0;
      }
    };
    return { prepared, display };
  } catch (error) {
    bitmap.close();
    if (source) source.width = source.height = 0;
    throw error;
  }
}

/**
 * The decoded picture's own pixels, read without drawing it: through a VideoFrame, about half
 * the time of drawing into a canvas and reading that back (clean page 19–26 ms against 37–38;
 * phone photo 26–45 against 48–105), and the same pixels, byte for byte, on the 43 pictures
 * compared (the samples and the corpus photos up to 2,500 pixels). Null where the browser has
 * no VideoFrame, or the picture has an alpha channel (drawn onto white instead).
 */
async function decodedPixels(bitmap: ImageBitmap): Promise<RgbaPixels | null> {
  if (typeof VideoFrame === 'undefined') return null;
  let frame: VideoFrame | null = null;
  try {
    frame = new VideoFrame(bitmap, { timestamp: 0 });
    const order = frame.format;
    if (order !== 'RGBX' && order !== 'BGRX') return null;
    const { width, height } = bitmap;
    const data = new Uint8Array(frame.allocationSize());
    if (data.length !== width * height * 4) return null;
    await frame.copyTo(data);
    if (order === 'BGRX') swapRedAndBlue(data);
    return { width, height, data };
  } catch {
    return null;
  } finally {
    frame?.close();
  }
}

/** BGRX to RGBX in place: one flat loop (see warpRow in preprocess.ts on loops inside loops). */
function swapRedAndBlue(data: Uint8Array): void {
  for (let i = 0; i < data.length; i += 4) {
    const blue = data[i] as number;
    data[i] = data[i + 2] as number;
    data[i + 2] = blue;
  }
}

/**
 * A made-up page to run the pipeline on before the first picture arrives: a desk, a sheet of
 * paper lit unevenly, rows of word-shaped ink and a ruled line, so that every step has work.
 */
export function warmUpPage(width = 800, height = 1066): RgbaPixels {
  const data = new Uint8ClampedArray(width * height * 4);
  const left = width * 0.08;
  const right = width * 0.92;
  const top = height * 0.06;
  const bottom = height * 0.94;
  for (let i = 0, x = 0, y = 0; i < data.length; i += 4, x += 1) {
    if (x === width) {
      x = 0;
      y += 1;
    }
    const paper = x > left && x < right && y > top && y < bottom;
    let v = paper ? 200 + Math.round((45 * x) / width) : 80;
    if (paper && x > left + 40 && x < right - 40 && y > top + 40 && y < bottom - 40) {
      // Lines of "words" with an x-height of 16 pixels, the size the pipeline scales text to.
      const line = y % 48;
      if (line >= 28 && line < 44 && (x * 7) % 61 < 40 && (x >> 4) % 6 !== 0) v = 50;
      if (y === Math.round(height * 0.5)) v = 40;
    }
    data[i] = v;
    data[i + 1] = v;
    data[i + 2] = v - 10;
    data[i + 3] = 255;
  }
  return { width, height, data };
}
