import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { createWorker, type Worker, type WorkerParams } from 'tesseract.js';
import type { GreyPixels, RgbaPixels } from '../../../src/engines/image/preprocess';
import { greyToRgba } from '../../../src/engines/image/preprocess';
import { TESSERACT_PARAMETERS } from '../../../src/engines/ocr/tesseract-ocr';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SAMPLES_DIR = join(ROOT, 'public', 'samples');
export const LANG_DIR = join(ROOT, 'node_modules', '@tesseract.js-data', 'eng', '4.0.0_best_int');

/** Real tesseract.js in Node, with the app's model and no cache file left behind. */
export async function createNodeOcrWorker(): Promise<Worker> {
  const worker = await createWorker('eng', 1, {
    langPath: LANG_DIR,
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters(TESSERACT_PARAMETERS as unknown as Partial<WorkerParams>);
  return worker;
}

export function knownText(id: string): string {
  return readFileSync(join(SAMPLES_DIR, `${id}.txt`), 'utf8');
}

export function decodeSample(file: string): RgbaPixels {
  const bytes = readFileSync(join(SAMPLES_DIR, file));
  if (file.endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  }
  const image = jpeg.decode(bytes, { useTArray: true });
  return { width: image.width, height: image.height, data: image.data };
}

export function encodePng(pixels: RgbaPixels | GreyPixels): Buffer {
  const rgba =
    pixels.data.length === pixels.width * pixels.height
      ? greyToRgba(pixels as GreyPixels)
      : (pixels as RgbaPixels);
  const png = new PNG({ width: rgba.width, height: rgba.height });
  png.data = Buffer.from(rgba.data.buffer, rgba.data.byteOffset, rgba.data.byteLength);
  return PNG.sync.write(png);
}
