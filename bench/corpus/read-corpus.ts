// Reading the OCR corpus in Node the way the app reads a page: shrink to the
// app's OCR size, the page pipeline (src/engines/image/preprocess.ts),
// tesseract.js with the app's model and parameters, dropNoise, the half-turn
// retry, and the text layout. Also native tesseract on the same file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { createWorker, type Worker, type WorkerParams } from 'tesseract.js';
import { fitWithin } from '../../src/engines/image/image-format';
import {
  ALL_STEPS,
  type GreyPixels,
  greyToPgm,
  greyToRgba,
  type PipelineSteps,
  preparePage,
  type RgbaPixels,
  toGrey,
} from '../../src/engines/image/preprocess';
import { pageWords, TESSERACT_PARAMETERS } from '../../src/engines/ocr/tesseract-ocr';
import { characterErrorRate } from '../../src/features/read-aloud/ocr-accuracy';
import {
  betterReading,
  dropNoise,
  layoutWords,
  looksUpsideDown,
  summarise,
} from '../../src/features/read-aloud/ocr-document';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_DIR = join(ROOT, '.tmp', 'ocr-corpus');
const MODEL_DIR = join(ROOT, 'node_modules', '@tesseract.js-data', 'eng', '4.0.0_best_int');

export interface CorpusEntry {
  id: string;
  file: string;
  category: string;
  text: string;
  font: string;
  heldOut: boolean;
}

/** The corpus in `dir`, made first if missing (`flags` for make-corpus: --blur, --blur2). */
export function loadManifest(dir = CORPUS_DIR, flags: string[] = []): CorpusEntry[] {
  if (!existsSync(join(dir, 'manifest.json'))) {
    const made = spawnSync('npx', ['tsx', join(ROOT, 'scripts', 'make-corpus.ts'), ...flags, dir], {
      stdio: 'inherit',
    });
    if (made.status !== 0) throw new Error('scripts/make-corpus.ts failed');
  }
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
}

export function decode(bytes: Buffer): RgbaPixels {
  if (bytes[0] === 0x89) {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  }
  const image = jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: image.data };
}

/** Area-average shrink to the app's OCR size, as the browser's canvas does before the pipeline. */
export function shrinkToOcrSize(pixels: RgbaPixels): RgbaPixels {
  const { width, height } = fitWithin(pixels);
  if (width === pixels.width) return pixels;
  const out = new Uint8ClampedArray(width * height * 4);
  const fx = pixels.width / width;
  const fy = pixels.height / height;
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y * fy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * fy));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * fx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * fx));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = y0; sy < y1; sy += 1) {
        for (let sx = x0; sx < x1; sx += 1) {
          const i = (sy * pixels.width + sx) * 4;
          r += pixels.data[i] as number;
          g += pixels.data[i + 1] as number;
          b += pixels.data[i + 2] as number;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

function halfTurn(pixels: RgbaPixels): RgbaPixels {
  const out = new Uint8ClampedArray(pixels.data.length);
  const n = pixels.width * pixels.height;
  for (let i = 0; i < n; i += 1) {
    out.set(pixels.data.subarray(i * 4, i * 4 + 4), (n - 1 - i) * 4);
  }
  return { width: pixels.width, height: pixels.height, data: out };
}

export function encodePng(pixels: GreyPixels): Buffer {
  const rgba = greyToRgba(pixels);
  const png = new PNG({ width: rgba.width, height: rgba.height });
  png.data = Buffer.from(rgba.data.buffer, rgba.data.byteOffset, rgba.data.byteLength);
  return PNG.sync.write(png, { colorType: 0 });
}

export async function createNodeWorker(): Promise<Worker> {
  const worker = await createWorker('eng', 1, {
    langPath: MODEL_DIR,
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters(TESSERACT_PARAMETERS as unknown as Partial<WorkerParams>);
  return worker;
}

/** 'baseline' is the app before this pipeline: greyscale only, then tesseract's rotateAuto. */
export type Variant = 'baseline' | PipelineSteps;

export interface Reading {
  text: string;
  cer: number;
  /** Pipeline steps (ms), then tesseract (ms), both readings if the page was read twice. */
  pipelineMs: number;
  ocrMs: number;
}

/** Reads one picture as the app does, including the half-turn retry. */
export async function readAsApp(
  worker: Worker,
  original: RgbaPixels,
  known: string,
  variant: Variant,
): Promise<Reading> {
  let pipelineMs = 0;
  let ocrMs = 0;
  const read = async (pixels: RgbaPixels) => {
    const started = performance.now();
    const grey = variant === 'baseline' ? toGrey(pixels) : preparePage(pixels, variant).grey;
    pipelineMs += performance.now() - started;
    // PGM, as the app hands tesseract (src/engines/image/prepare-page.ts): the same pixels as a PNG.
    const png = Buffer.from(greyToPgm(grey));
    const ocrStarted = performance.now();
    const { data } = await worker.recognize(
      png,
      { rotateAuto: true },
      { blocks: true, text: false },
    );
    ocrMs += performance.now() - ocrStarted;
    const words = dropNoise(pageWords(data));
    return { words, summary: summarise(words) };
  };
  const upright = shrinkToOcrSize(original);
  let reading = await read(upright);
  if (looksUpsideDown(reading.summary)) {
    const other = await read(halfTurn(upright));
    if (betterReading(reading.summary, other.summary) === 'b') reading = other;
  }
  const text = layoutWords(reading.words);
  return { text, cer: characterErrorRate(text, known), pipelineMs, ocrMs };
}

let tessdata: string | null = null;
/** Native tesseract with the same 4.0.0_best_int model, one thread; null when not installed. */
export function readNative(file: string, known: string): { cer: number; ms: number } | null {
  if (spawnSync('tesseract', ['--version']).error) return null;
  if (!tessdata) {
    tessdata = mkdtempSync(join(tmpdir(), 'at-sandbox-tessdata-'));
    writeFileSync(
      join(tessdata, 'eng.traineddata'),
      gunzipSync(readFileSync(join(MODEL_DIR, 'eng.traineddata.gz'))),
    );
  }
  const started = performance.now();
  const run = spawnSync('tesseract', ['--tessdata-dir', tessdata, file, '-'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.error || run.status !== 0) return null;
  return { cer: characterErrorRate(run.stdout, known), ms: performance.now() - started };
}

export { ALL_STEPS };
