/**
 * What the page pipeline measures before it touches the full picture, all on
 * plain arrays (no DOM): the paper's brightness (a coarse background grid),
 * where the paper is, which way its lines run, how far they are tilted and
 * how tall they are. Everything after the first pass works on a small copy
 * (at most ANALYSIS_EDGE pixels) or on ink points, so it costs a few
 * milliseconds even for a 12-megapixel photo.
 */
import type { GreyPixels, RgbaPixels } from './preprocess';
import { Scratch } from './scratch';

/** The paper's brightness on a coarse grid: the brightest value of each cell, closed and smoothed. */
export interface Background {
  cell: number;
  gw: number;
  gh: number;
  grid: Float32Array;
  /** Before smoothing: where the paper ends, this drops sharply. */
  closed: Float32Array;
}

export const ANALYSIS_EDGE = 900;

/** An empty grid of cell maxima for a picture of this size (cell in pixels). */
function cellMaxima(width: number, height: number) {
  const cell = Math.max(12, Math.round(Math.max(width, height) / 80));
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  return { cell, gw, gh, max: new Float32Array(gw * gh) };
}

/** The background from the cells' maxima: closed and smoothed (see smooth). */
function backgroundOf({ cell, gw, gh, max }: ReturnType<typeof cellMaxima>): Background {
  const { closed, grid } = smooth(max, gw, gh);
  return { cell, gw, gh, grid, closed };
}

/**
 * Greyscale and the background grid in one pass over the RGBA pixels. The grey is written
 * into `into` (every byte of it) where given: see scratch.ts.
 */
export function greyAndBackground(
  { width, height, data }: RgbaPixels,
  into: Uint8Array = new Uint8Array(width * height),
): { grey: GreyPixels; background: Background } {
  const cells = cellMaxima(width, height);
  const { cell, gw, max } = cells;
  const grey = into;
  // One 32-bit read per pixel, not three byte reads, where the bytes are aligned (ImageData's
  // always are); the bytes of a pixel are R, G, B, A whatever the machine's byte order, so the
  // order is checked once.
  const words =
    data.byteOffset % 4 === 0 && data.length >= width * height * 4
      ? new Uint32Array(data.buffer, data.byteOffset, width * height)
      : null;
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const pass = { data, words: little ? words : null, grey, max, width, cell, gw };
  // A row at a time (a function per row: see warpRow in preprocess.ts).
  for (let y = 0; y < height; y += 1) greyRow(pass, y);
  return { grey: { width, height, data: grey }, background: backgroundOf(cells) };
}

/**
 * One row of greyAndBackground: a cell's width of pixels at a time, its maximum kept in a
 * local (no division per pixel).
 */
function greyRow(
  p: {
    data: RgbaPixels['data'];
    words: Uint32Array | null;
    grey: Uint8Array;
    max: Float32Array;
    width: number;
    cell: number;
    gw: number;
  },
  y: number,
): void {
  const { data, words, grey, max, width, cell, gw } = p;
  const row = Math.floor(y / cell) * gw;
  for (let gx = 0, x = 0, j = y * width; gx < gw; gx += 1) {
    let most = max[row + gx] as number;
    for (const end = Math.min(width, x + cell); x < end; x += 1, j += 1) {
      let v: number;
      if (words) {
        const w = words[j] as number;
        v = (77 * (w & 255) + 150 * ((w >>> 8) & 255) + 29 * ((w >>> 16) & 255)) >> 8;
      } else {
        const i = j * 4;
        v =
          (77 * (data[i] as number) +
            150 * (data[i + 1] as number) +
            29 * (data[i + 2] as number)) >>
          8;
      }
      grey[j] = v;
      if (v > most) most = v;
    }
    max[row + gx] = most;
  }
}

/**
 * The background grid of a page already grey (the smoothed page of a dim photo): the same grid
 * greyAndBackground gives for that page drawn as RGBA, whose grey is the grey itself
 * ((77 + 150 + 29) · v >> 8 is v), without making the RGBA copy (four bytes a pixel).
 */
export function backgroundOfGrey({ width, height, data }: GreyPixels): Background {
  const cells = cellMaxima(width, height);
  for (let y = 0; y < height; y += 1) maxRow(data, cells.max, width, cells.cell, cells.gw, y);
  return backgroundOf(cells);
}

/** One row of backgroundOfGrey (a function per row: see warpRow in preprocess.ts). */
function maxRow(
  grey: Uint8Array,
  max: Float32Array,
  width: number,
  cell: number,
  gw: number,
  y: number,
): void {
  const row = Math.floor(y / cell) * gw;
  for (let gx = 0, x = 0, j = y * width; gx < gw; gx += 1) {
    let most = max[row + gx] as number;
    for (const end = Math.min(width, x + cell); x < end; x += 1, j += 1) {
      const v = grey[j] as number;
      if (v > most) most = v;
    }
    max[row + gx] = most;
  }
}

/** A 3×3 maximum (so a cell full of a heading's ink takes its neighbours' paper), then two 3×3 means. */
function smooth(grid: Float32Array, gw: number, gh: number) {
  const closed = around(grid, gw, gh, 'max');
  return { closed, grid: around(around(closed, gw, gh, 'mean'), gw, gh, 'mean') };
}

/**
 * Each cell's 3 × 3 neighbourhood (cut at the grid's edges): its maximum, or its mean, summed
 * row by row as before (so the sums are the same to the last bit). One loop over the cells with
 * the neighbours' rows written out: loops inside the loop over cells cost about 900
 * deoptimisations over nine 12 MP photos in Chromium (see warpRow in preprocess.ts).
 */
function around(input: Float32Array, gw: number, gh: number, take: 'max' | 'mean'): Float32Array {
  const out = new Float32Array(gw * gh);
  const max = take === 'max';
  for (let i = 0, x = 0, y = 0; i < out.length; i += 1, x += 1) {
    if (x === gw) {
      x = 0;
      y += 1;
    }
    const left = x > 0;
    const right = x < gw - 1;
    let acc = 0;
    let rows = 1;
    if (y > 0) {
      acc = aroundRow(input, i - gw, left, right, max, acc);
      rows += 1;
    }
    acc = aroundRow(input, i, left, right, max, acc);
    if (y < gh - 1) {
      acc = aroundRow(input, i + gw, left, right, max, acc);
      rows += 1;
    }
    out[i] = max ? acc : acc / (rows * (1 + (left ? 1 : 0) + (right ? 1 : 0)));
  }
  return out;
}

/** `acc` taken on over the cell at `k` and its neighbours left and right (if there). */
function aroundRow(
  input: Float32Array,
  k: number,
  left: boolean,
  right: boolean,
  max: boolean,
  acc: number,
): number {
  let out = acc;
  if (left) out = max ? Math.max(out, input[k - 1] as number) : out + (input[k - 1] as number);
  out = max ? Math.max(out, input[k] as number) : out + (input[k] as number);
  if (right) out = max ? Math.max(out, input[k + 1] as number) : out + (input[k + 1] as number);
  return out;
}

/** The background at a point of the full picture (bilinear between cell centres). */
export function backgroundAt({ cell, gw, gh, grid }: Background, x: number, y: number): number {
  const fx = Math.min(gw - 1, Math.max(0, x / cell - 0.5));
  const fy = Math.min(gh - 1, Math.max(0, y / cell - 0.5));
  const x0 = fx | 0;
  const y0 = fy | 0;
  const x1 = Math.min(gw - 1, x0 + 1);
  const y1 = Math.min(gh - 1, y0 + 1);
  const tx = fx - x0;
  const ty = fy - y0;
  const top = (grid[y0 * gw + x0] as number) * (1 - tx) + (grid[y0 * gw + x1] as number) * tx;
  const bottom = (grid[y1 * gw + x0] as number) * (1 - tx) + (grid[y1 * gw + x1] as number) * tx;
  return top * (1 - ty) + bottom * ty;
}

/**
 * Where the paper is, as a mask of background cells: grown from the brightest
 * cell into neighbours at least STEP_SHARE as bright. Light fading across a
 * page changes little from one cell to the next; the edge of the paper, where
 * the desk begins, is a sudden drop. Cells next to the desk are left out too
 * (they hold the paper's edge, which would read as a line of ink).
 */
const STEP_SHARE = 0.8;
/** How many cells in from the desk the paper counts (its edge and the desk's blur reach that far). */
const EDGE_CELLS = 2;
export function paperMask({ gw, gh, closed: grid }: Background): Uint8Array {
  const filled = new Uint8Array(gw * gh);
  let start = 0;
  for (let i = 1; i < grid.length; i += 1)
    if ((grid[i] as number) > (grid[start] as number)) start = i;
  const queue = [start];
  filled[start] = 1;
  while (queue.length) {
    const i = queue.pop() as number;
    const x = i % gw;
    const y = (i - x) / gw;
    const v = grid[i] as number;
    for (const [nx, ny] of [
      [x - 1, y],
      [x + 1, y],
      [x, y - 1],
      [x, y + 1],
    ] as const) {
      if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
      const n = ny * gw + nx;
      const w = grid[n] as number;
      if (filled[n] || w < v * STEP_SHARE || w < brightestAround(grid, gw, gh, nx, ny) * STEP_SHARE)
        continue;
      filled[n] = 1;
      queue.push(n);
    }
  }
  const inner = new Uint8Array(gw * gh);
  for (let y = 0; y < gh; y += 1) {
    for (let x = 0; x < gw; x += 1) {
      if (!filled[y * gw + x]) continue;
      let edge = false;
      for (let dy = -EDGE_CELLS; dy <= EDGE_CELLS && !edge; dy += 1) {
        for (let dx = -EDGE_CELLS; dx <= EDGE_CELLS; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < gw && ny < gh && !filled[ny * gw + nx]) edge = true;
        }
      }
      inner[y * gw + x] = edge ? 0 : 1;
    }
  }
  return inner;
}

/**
 * The brightest of a cell's four neighbours. A cell the paper's edge crosses
 * is darker than the paper beside it; along an edge that is tilted a little
 * (and blurred), such cells step down gently from one to the next, and the
 * fill, judging each by the cell it came from, walked along them into the desk
 * (18 of 27 held-out blurred photos tilted 1.5°, docs/read-aloud-ocr.md).
 * Judged also by its brightest neighbour, an edge cell is left out.
 */
function brightestAround(grid: Float32Array, gw: number, gh: number, x: number, y: number): number {
  let most = 0;
  if (x > 0) most = Math.max(most, grid[y * gw + x - 1] as number);
  if (x < gw - 1) most = Math.max(most, grid[y * gw + x + 1] as number);
  if (y > 0) most = Math.max(most, grid[(y - 1) * gw + x] as number);
  if (y < gh - 1) most = Math.max(most, grid[(y + 1) * gw + x] as number);
  return most;
}

/** The box round the paper, in pixels of the full picture. */
export function paperBox(mask: Uint8Array, { cell, gw, gh }: Background) {
  let x0 = gw;
  let y0 = gh;
  let x1 = -1;
  let y1 = -1;
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      if (!mask[gy * gw + gx]) continue;
      x0 = Math.min(x0, gx);
      y0 = Math.min(y0, gy);
      x1 = Math.max(x1, gx);
      y1 = Math.max(y1, gy);
    }
  }
  if (x1 < 0) return { x0: 0, y0: 0, x1: gw * cell, y1: gh * cell };
  return { x0: x0 * cell, y0: y0 * cell, x1: (x1 + 1) * cell, y1: (y1 + 1) * cell };
}

/**
 * The flattened page, shrunk (area average) so its long edge is at most
 * ANALYSIS_EDGE; what lies outside the paper is white. `inside`: how many of
 * its pixels are paper.
 */
export function flattenedSmall(
  grey: GreyPixels,
  background: Background,
  mask: Uint8Array | null,
  scratch: Scratch = new Scratch(),
): GreyPixels & { scale: number; inside: number } {
  const scale = Math.min(1, ANALYSIS_EDGE / Math.max(grey.width, grey.height));
  const step = Math.max(1, Math.round(1 / scale));
  const width = Math.floor(grey.width / step);
  const height = Math.floor(grey.height / step);
  const out = scratch.bytes('small', width * height); // every pixel written below
  let outside = 0;
  const pass = { grey, background, mask, out, width, step };
  // A row at a time (a function per row: see warpRow in preprocess.ts).
  for (let y = 0; y < height; y += 1) outside += smallRow(pass, y);
  return { width, height, data: out, scale: 1 / step, inside: width * height - outside };
}

/** One row of flattenedSmall; returns how many of its pixels lie outside the paper. */
function smallRow(
  p: {
    grey: GreyPixels;
    background: Background;
    mask: Uint8Array | null;
    out: Uint8Array;
    width: number;
    step: number;
  },
  y: number,
): number {
  const { grey, background, mask, out, width, step } = p;
  const { cell, gw, gh, grid } = background;
  const src = grey.data;
  let outside = 0;
  const py = (y + 0.5) * step;
  // The row's half of backgroundAt, worked out once per row (the same arithmetic, so the same values).
  const by = Math.min(gh - 1, Math.max(0, py / cell - 0.5));
  const by0 = by | 0;
  const by1 = Math.min(gh - 1, by0 + 1);
  const bty = by - by0;
  const maskRow = ((py / cell) | 0) * gw;
  for (let x = 0; x < width; x += 1) {
    const px = (x + 0.5) * step;
    if (mask && !mask[maskRow + ((px / cell) | 0)]) {
      out[y * width + x] = 255;
      outside += 1;
      continue;
    }
    let sum = 0;
    for (let dy = 0; dy < step; dy += 1) {
      const row = (y * step + dy) * grey.width + x * step;
      for (let dx = 0; dx < step; dx += 1) sum += src[row + dx] as number;
    }
    const bx = Math.min(gw - 1, Math.max(0, px / cell - 0.5));
    const bx0 = bx | 0;
    const bx1 = Math.min(gw - 1, bx0 + 1);
    const btx = bx - bx0;
    const top =
      (grid[by0 * gw + bx0] as number) * (1 - btx) + (grid[by0 * gw + bx1] as number) * btx;
    const bottom =
      (grid[by1 * gw + bx0] as number) * (1 - btx) + (grid[by1 * gw + bx1] as number) * btx;
    const paper = top * (1 - bty) + bottom * bty;
    out[y * width + x] = Math.min(255, (sum / (step * step) / Math.max(1, paper)) * 255);
  }
  return outside;
}

/** Grey levels at the given fractions of the pixels (0–1), from a histogram. */
export function percentiles({ data }: GreyPixels, fractions: number[]): number[] {
  const histogram = new Uint32Array(256);
  // Indexed, not `for of`: run once a picture, a `for of` over the pixels stayed unoptimised in
  // Chromium and made an iterator result for every pixel (see inkPoints).
  for (let i = 0; i < data.length; i += 1) {
    const v = data[i] as number;
    histogram[v] = (histogram[v] as number) + 1;
  }
  return fractions.map((fraction) => {
    const wanted = fraction * data.length;
    let seen = 0;
    for (let v = 0; v < 256; v += 1) {
      seen += histogram[v] as number;
      if (seen >= wanted) return v;
    }
    return 255;
  });
}
