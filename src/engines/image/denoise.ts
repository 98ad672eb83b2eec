/**
 * Grain on dim photos. A page photographed in poor light is grey paper with
 * speckle as strong as its faint ink; dividing by the paper's brightness
 * (flatten) multiplies that speckle with it, and tesseract then reads nothing.
 * Measured on the corpus (docs/read-aloud-ocr.md): a 3 × 3 median before
 * anything else took the dim photos from 100% to 0–17.5% error, but on the
 * noisy-but-bright phone-photo sample it blurred thin strokes (1.7% → 26%),
 * so it runs only where the grain is large against the paper's brightness.
 */
import type { GreyPixels } from './preprocess';

/**
 * The grain against the paper's brightness, in thousandths: the 75th
 * percentile of the difference between neighbouring pixels (mostly paper, so
 * mostly grain) over the median grey (mostly paper). Corpus: clean pages 0,
 * photos 20–140 (the phone-photo sample 131), dim noisy photos 300–350.
 */
export function relativeGrain({ width, height, data }: GreyPixels): number {
  const steps = new Uint32Array(256);
  const levels = new Uint32Array(256);
  let n = 0;
  // Every other pixel of every other row, in one loop (not a loop over columns inside one over
  // rows: see warpRow in preprocess.ts).
  for (let y = 0, x = 0; y < height; x += 2) {
    if (x + 1 >= width) {
      x = -2;
      y += 2;
      continue;
    }
    const i = y * width + x;
    const v = data[i] as number;
    const step = Math.abs(v - (data[i + 1] as number));
    steps[step] = (steps[step] as number) + 1;
    levels[v] = (levels[v] as number) + 1;
    n += 1;
  }
  const at = (hist: Uint32Array, share: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v += 1) {
      seen += hist[v] as number;
      if (seen >= n * share) return v;
    }
    return 255;
  };
  return Math.round((at(steps, 0.75) / Math.max(1, at(levels, 0.5))) * 1000);
}

/** Grain this large (a fifth of the paper's brightness) is a dim photo's: the median runs. */
export const GRAINY = 200;

/** A 3 × 3 median (edges repeat their neighbours): speckle goes, strokes' edges stay. Every pixel of `out` is written. */
export function median3(
  { width, height, data }: GreyPixels,
  out: Uint8Array = new Uint8Array(width * height),
): GreyPixels {
  const w = new Uint8Array(9);
  // A row at a time (a function per row: see warpRow in preprocess.ts).
  for (let y = 0; y < height; y += 1) medianRow(data, out, width, height, y, w);
  return { width, height, data: out };
}

/** One row of median3; `w` holds the nine values while they are sorted. */
function medianRow(
  data: Uint8Array,
  out: Uint8Array,
  width: number,
  height: number,
  y: number,
  w: Uint8Array,
): void {
  const above = Math.max(0, y - 1) * width;
  const here = y * width;
  const below = Math.min(height - 1, y + 1) * width;
  for (let x = 0; x < width; x += 1) {
    // The nine, row by row, written out: no arrays or iterators made for every pixel.
    const left = Math.max(0, x - 1);
    const right = Math.min(width - 1, x + 1);
    w[0] = data[above + left] as number;
    w[1] = data[above + x] as number;
    w[2] = data[above + right] as number;
    w[3] = data[here + left] as number;
    w[4] = data[here + x] as number;
    w[5] = data[here + right] as number;
    w[6] = data[below + left] as number;
    w[7] = data[below + x] as number;
    w[8] = data[below + right] as number;
    // Insertion sort of nine: short and branch-light enough on a page that needs it.
    for (let i = 1; i < 9; i += 1) {
      const v = w[i] as number;
      let j = i - 1;
      while (j >= 0 && (w[j] as number) > v) {
        w[j + 1] = w[j] as number;
        j -= 1;
      }
      w[j + 1] = v;
    }
    out[y * width + x] = w[4] as number;
  }
}
