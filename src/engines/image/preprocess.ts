/**
 * Pure image pre-processing for OCR, on plain pixel arrays (no DOM), so the
 * same code runs in the browser and in the Node accuracy tests. Which steps
 * the app actually uses was decided by measurement (docs/read-aloud-ocr.md,
 * tests/unit/ocr-real-preprocess.test.ts): only what lowered the character
 * error rate on the phone photo is applied.
 */

import { GRAINY, median3, relativeGrain } from './denoise';
import {
  type Background,
  backgroundOfGrey,
  flattenedSmall,
  greyAndBackground,
  paperBox,
  paperMask,
  percentiles,
} from './page-analysis';
import {
  estimateSkew,
  inkPoints,
  lineHeight,
  linesRunVertically,
  profileEnergies,
} from './page-geometry';
import { pipelineScratch, Scratch } from './scratch';

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
 * The prepared page as a binary PGM (P5) file: a 15-byte header on the grey
 * bytes themselves. Tesseract's image reader (Leptonica) reads it as it reads
 * a PNG, to the same pixels, but there is nothing to compress or inflate:
 * encoding a clean page's PNG took longer than the rest of the pipeline.
 */
export function greyToPgm({ width, height, data }: GreyPixels): Uint8Array<ArrayBuffer> {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + data.length);
  out.set(header);
  out.set(data, header.length);
  return out;
}

/** Which steps of the page pipeline run (all, in the app; the benchmark turns them off one by one). */
export interface PipelineSteps {
  /** A 3 × 3 median first, on a page whose grain is large against its brightness (a dim photo). */
  denoise: boolean;
  /** Crop to the paper (the desk round a photographed page goes). */
  crop: boolean;
  /** Divide out the paper's brightness: gradients, shadows and tints go. */
  flatten: boolean;
  /** Stretch the levels so faint ink becomes black and paper white. */
  contrast: boolean;
  /** Turn a page whose lines run up and down a quarter turn. */
  orient: boolean;
  /** Straighten a tilted page ourselves (tesseract's rotateAuto still runs after). */
  deskew: boolean;
  /** Scale so a line of text is about TARGET_LINE pixels tall. */
  scale: boolean;
  /** Erase long ruled lines (table borders, underlines): tesseract takes a ruled table for a picture and drops it. */
  rules: boolean;
}

export const ALL_STEPS: PipelineSteps = {
  denoise: true,
  crop: true,
  flatten: true,
  contrast: true,
  orient: true,
  deskew: true,
  scale: true,
  rules: true,
};

/**
 * Where each pixel of the prepared page comes from: prepared (x, y) is
 * source (a·x + b·y + c, d·x + e·y + f). The browser draws the colour photo
 * for the photo view with the same geometry, so OCR's word boxes sit on it.
 */
export interface PageGeometry {
  width: number;
  height: number;
  /** The turn given to the source, degrees clockwise: quarter turns and the deskew together. */
  degrees: number;
  /** Prepared pixels per source pixel. */
  scale: number;
  /** Centre of the region of the source used. */
  centre: { x: number; y: number };
}

export interface PreparedPage {
  grey: GreyPixels;
  geometry: PageGeometry;
  /** What the pipeline found, for the note under the photo and the benchmark. */
  found: { quarterTurn: 0 | 90; skewDegrees: number; lineHeight: number };
}

/**
 * The steps for one picture. A quarter turn the person chose with the rotate
 * buttons stands: the automatic quarter turn would otherwise turn a page
 * whose lines the person made run up and down straight back, undoing them.
 */
export function stepsFor(turnedByHand: boolean): PipelineSteps {
  return turnedByHand ? { ...ALL_STEPS, orient: false } : ALL_STEPS;
}

/** x-height (the height of an "x", in pixels) that tesseract reads best, measured on the corpus. */
export const TARGET_LINE = 16;
/** Never make a page longer than this on its long edge (tesseract's time and memory grow with pixels). */
const MAX_EDGE = 3600;

export function preparePage(
  pixels: RgbaPixels,
  steps: PipelineSteps = ALL_STEPS,
  scratch: Scratch = pipelineScratch,
): PreparedPage {
  const area = pixels.width * pixels.height;
  let { grey, background } = greyAndBackground(pixels, scratch.bytes('grey', area));
  if (steps.denoise && relativeGrain(grey) >= GRAINY) {
    // The paper's brightness is measured again on the smoothed page: speckle raised its maxima.
    grey = median3(grey, scratch.bytes('smoothed', area));
    background = backgroundOfGrey(grey);
  }
  const mask = steps.crop ? paperMask(background) : null;
  const small = flattenedSmall(grey, background, mask, scratch);
  // The ink's and the paper's levels among the paper's own pixels: the white put where the desk
  // was would otherwise be counted as paper and, on a photo with a desk, set its level too high.
  const share = small.inside / Math.max(1, small.width * small.height);
  const [ink = 0, paper = 255] = percentiles(small, [0.004 * share, 0.5 * share]);
  const points = inkPoints(small, (ink + paper) / 2);
  const size = Math.max(small.width, small.height);
  const energy = profileEnergies(points, size);
  const quarterTurn = steps.orient && linesRunVertically(energy) ? 90 : 0;
  // The angle across which the ink's profile is sharpest: turning by minus it levels the lines.
  const along = steps.deskew ? estimateSkew(energy, quarterTurn) : quarterTurn;
  const degrees = -along;
  const measured = lineHeight(points, along, size) / small.scale;
  const box = steps.crop
    ? paperBox(mask as Uint8Array, background)
    : { x0: 0, y0: 0, x1: pixels.width, y1: pixels.height };
  const boxWidth = Math.min(pixels.width, box.x1) - box.x0;
  const boxHeight = Math.min(pixels.height, box.y1) - box.y0;
  let scale = steps.scale && Number.isFinite(measured) ? TARGET_LINE / measured : 1;
  scale = Math.min(3.5, Math.max(0.4, scale));
  const a = (degrees * Math.PI) / 180;
  const cos = Math.abs(Math.cos(a));
  const sin = Math.abs(Math.sin(a));
  let width = (boxWidth * cos + boxHeight * sin) * scale;
  let height = (boxWidth * sin + boxHeight * cos) * scale;
  const fit = Math.min(1, MAX_EDGE / Math.max(width, height));
  scale *= fit;
  width = Math.max(1, Math.round(width * fit));
  height = Math.max(1, Math.round(height * fit));
  const geometry: PageGeometry = {
    width,
    height,
    degrees,
    scale,
    centre: { x: box.x0 + boxWidth / 2, y: box.y0 + boxHeight / 2 },
  };
  const levels = steps.contrast
    ? { black: Math.min(ink, paper - 40), white: Math.max(paper - 8, ink + 40) }
    : { black: 0, white: 255 };
  const prepared = warp(grey, steps.flatten ? background : null, mask, geometry, levels);
  if (steps.rules)
    eraseRules(
      prepared,
      Math.round(RULE_LENGTH * scale * (Number.isFinite(measured) ? measured : TARGET_LINE)),
      RULE_REACH,
      scratch,
    );
  return {
    grey: prepared,
    geometry,
    found: { quarterTurn, skewDegrees: along - quarterTurn, lineHeight: measured },
  };
}

/** The source point a prepared pixel comes from. */
export function sourceOf(g: PageGeometry, x: number, y: number): { x: number; y: number } {
  const a = (-g.degrees * Math.PI) / 180;
  const dx = (x - g.width / 2) / g.scale;
  const dy = (y - g.height / 2) / g.scale;
  return {
    x: g.centre.x + dx * Math.cos(a) - dy * Math.sin(a),
    y: g.centre.y + dx * Math.sin(a) + dy * Math.cos(a),
  };
}

/**
 * One pass over the prepared page: each pixel sampled from the source (bilinear), flattened,
 * levelled, a row at a time (see warpRow).
 */
function warp(
  grey: GreyPixels,
  background: Background | null,
  mask: Uint8Array | null,
  g: PageGeometry,
  { black, white }: { black: number; white: number },
): GreyPixels {
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v += 1) {
    lut[v] = Math.max(
      0,
      Math.min(255, Math.round(((v - black) / Math.max(1, white - black)) * 255)),
    );
  }
  const { width, height } = g;
  // Made new for every page, not kept (see scratch.ts): it leaves the pipeline as the OCR image.
  const out = new Uint8Array(width * height);
  const a = (-g.degrees * Math.PI) / 180;
  const ux = Math.cos(a) / g.scale;
  const uy = Math.sin(a) / g.scale;
  const pass: WarpPass = {
    src: grey.data,
    sw: grey.width,
    sh: grey.height,
    out,
    width,
    lut,
    // Each cell position is worked out once (one multiplication, not a division, per axis) for
    // both the mask and the background.
    cells: mask && background ? mask : null,
    flatten: background !== null,
    inv: 1 / (background?.cell ?? 1),
    gw: background?.gw ?? 1,
    gh: background?.gh ?? 1,
    grid: background?.grid ?? new Float32Array(1),
    ux,
    uy,
  };
  for (let y = 0; y < height; y += 1) {
    const dy = y + 0.5 - height / 2;
    const sx = g.centre.x + (0.5 - width / 2) * ux - dy * uy;
    const sy = g.centre.y + (0.5 - width / 2) * uy + dy * ux;
    warpRow(pass, y * width, sx, sy);
  }
  return { width, height, data: out };
}

interface WarpPass {
  src: Uint8Array;
  sw: number;
  sh: number;
  out: Uint8Array;
  width: number;
  lut: Uint8Array;
  cells: Uint8Array | null;
  flatten: boolean;
  inv: number;
  gw: number;
  gh: number;
  grid: Float32Array;
  ux: number;
  uy: number;
}

/**
 * One row of the warp, from source point (sx, sy) in steps of (ux, uy). backgroundAt and the
 * mask's cell are written out here: this runs once per pixel of the prepared page, millions of
 * times on a photo. The background's bilinear weights change only when a sample moves into
 * another cell (tens of pixels), so the cell's four corners are kept as
 * a + b·tx + c·ty + d·tx·ty; on all 49 corpus photos, the two blurred sets and the samples,
 * turned by hand and not, the pages came out bit-identical to the per-pixel arithmetic, in two
 * thirds of the time.
 *
 * A function per row, not a loop inside the loop over rows: a pass runs once per picture, so
 * V8 compiles it while it runs (on-stack replacement), and Chromium's Maglev compiler gives up
 * that code every time an inner loop ends, at every row: in a Chromium worker, about a
 * thousand deoptimisations of this pass over nine 12 MP photos, with the loops meanwhile run
 * unoptimised. Called once per
 * row, the row's code is compiled as a whole function and kept.
 */
function warpRow(p: WarpPass, from: number, startX: number, startY: number): void {
  const { src, sw, sh, out, width, lut, cells, flatten, inv, gw, gh, grid, ux, uy } = p;
  let cx = -1;
  let cy = -1;
  let ca = 0;
  let cb = 0;
  let cc = 0;
  let cd = 0;
  let sx = startX;
  let sy = startY;
  for (let o = from, end = from + width; o < end; o += 1, sx += ux, sy += uy) {
    const fx = sx - 0.5;
    const fy = sy - 0.5;
    let v = 255;
    if (fx >= 0 && fy >= 0 && fx < sw - 1 && fy < sh - 1) {
      const qx = sx * inv;
      const qy = sy * inv;
      if (!cells || cells[(qy | 0) * gw + (qx | 0)]) {
        const x0 = fx | 0;
        const y0 = fy | 0;
        const tx = fx - x0;
        const ty = fy - y0;
        const i = y0 * sw + x0;
        const p00 = src[i] as number;
        const p01 = src[i + 1] as number;
        const p10 = src[i + sw] as number;
        const top = p00 + (p01 - p00) * tx;
        const bottom = p10 + ((src[i + sw + 1] as number) - p10) * tx;
        v = top + (bottom - top) * ty;
        if (flatten) {
          const bx = Math.min(gw - 1, Math.max(0, qx - 0.5));
          const by = Math.min(gh - 1, Math.max(0, qy - 0.5));
          const bx0 = bx | 0;
          const by0 = by | 0;
          if (bx0 !== cx || by0 !== cy) {
            cx = bx0;
            cy = by0;
            const bx1 = bx0 + 1 < gw ? bx0 + 1 : gw - 1;
            const by1 = by0 + 1 < gh ? by0 + 1 : gh - 1;
            const g00 = grid[by0 * gw + bx0] as number;
            const g01 = grid[by0 * gw + bx1] as number;
            const g10 = grid[by1 * gw + bx0] as number;
            const g11 = grid[by1 * gw + bx1] as number;
            ca = g00;
            cb = g01 - g00;
            cc = g10 - g00;
            cd = g11 - g10 - g01 + g00;
          }
          const btx = bx - bx0;
          const bty = by - by0;
          const paper = ca + cb * btx + (cc + cd * btx) * bty;
          v = Math.min(255, (v * 255) / Math.max(1, paper));
        }
      }
    }
    out[o] = lut[v | 0] as number;
  }
}

/** A run of ink this many x-heights long, straight across or down, is a ruled line, not a letter. */
const RULE_LENGTH = 6;
/**
 * A rule's run is looked for this many pixels either side of a row (or column). Chosen on the
 * held-out blurred photos (docs/read-aloud-ocr.md): at 1, tables' rules went and no page read
 * worse on the second set; at 2, two tables lost their text.
 */
const RULE_REACH = 1;

/**
 * Whitens every straight run of ink at least `length` pixels long, across and down, with its
 * blurred edges. A run is looked for in a band `reach` pixels either side of each row (or
 * column), so a rule still tilted by a fraction of a degree, or blurred wide, is one run, not
 * pieces shorter than a rule. Both directions are found on the untouched page, in one pass a
 * row at a time (each column's run down kept in an array: reading down the columns missed the
 * cache on every pixel of a 12-megapixel photo's page). The scan reads only its own copy of
 * where the ink is (`dark`), so a rule is whitened as soon as it is found: the page comes out
 * as when every rule was marked first and all whitened at the end (as it was until 2026-12-02,
 * with a second page-sized array), to the last pixel on the corpus and the samples.
 */
export function eraseRules(
  { width, height, data }: GreyPixels,
  length: number,
  reach = RULE_REACH,
  scratch: Scratch = new Scratch(),
): void {
  const dark = scratch.bytes('dark', width * height); // every pixel written below
  // Rows with no ink at all (most of a page's paper) are passed over below. One loop over the
  // pixels (see warpRow on loops inside loops).
  const inked = new Uint8Array(height);
  for (let i = 0, x = 0, y = 0; i < data.length; i += 1, x += 1) {
    if (x === width) {
      x = 0;
      y += 1;
    }
    const d = (data[i] as number) < 160 ? 1 : 0;
    dark[i] = d;
    inked[y] = (inked[y] as number) | d;
  }
  const scan: RuleScan = {
    width,
    height,
    data,
    dark,
    inked,
    length,
    reach,
    runStart: new Int32Array(width).fill(-1),
    band: new Uint8Array(width),
    beside: new Uint8Array(width),
    open: 0,
  };
  // A function per row: see warpRow.
  for (let y = 0; y <= height; y += 1) ruleRow(scan, y);
}

/** The state of eraseRules' scan down the page. */
interface RuleScan {
  width: number;
  height: number;
  data: Uint8Array;
  /** Ink: darker than 160. */
  dark: Uint8Array;
  /** Rows with any ink. */
  inked: Uint8Array;
  length: number;
  reach: number;
  /** Where each column's run down began (-1: no run). */
  runStart: Int32Array;
  /** This row: ink anywhere in the band across (rows y ± reach), and beside (columns x ± reach). */
  band: Uint8Array;
  beside: Uint8Array;
  /** Runs down not yet ended. */
  open: number;
}

/** Row `y` of eraseRules' scan (and `y === height`, which ends the runs still open). */
function ruleRow(s: RuleScan, y: number): void {
  const { width, height, dark, inked, length, reach, runStart, band, beside } = s;
  const top = Math.max(0, y - reach);
  const bottom = Math.min(height - 1, y + reach);
  let inBand = 0;
  for (let r = top; r <= bottom && y < height; r += 1) inBand |= inked[r] as number;
  if (!inBand && !s.open) return;
  band.fill(0);
  beside.fill(0);
  if (inBand) {
    for (let r = top; r <= bottom; r += 1) {
      if (!inked[r]) continue;
      for (let x = 0, i = r * width; x < width; x += 1, i += 1)
        band[x] = (band[x] as number) | (dark[i] as number);
    }
  }
  if (y < height && inked[y]) {
    const row = y * width;
    let last = -1; // the last column with ink in this row
    for (let x = 0; x < width + reach; x += 1) {
      if (x < width && dark[row + x]) last = x;
      const c = x - reach;
      if (c >= 0) beside[c] = last >= 0 && last >= c - reach ? 1 : 0;
    }
  }
  let start = -1;
  for (let x = 0; x < width; x += 1) {
    if (band[x]) {
      if (start < 0) start = x;
    } else if (start >= 0) {
      if (x - start >= length && thinAcross(s, y, start, x - start)) across(s, y, start, x);
      start = -1;
    }
    const begun = runStart[x] as number;
    if (beside[x]) {
      if (begun < 0) {
        runStart[x] = y;
        s.open += 1;
      }
    } else if (begun >= 0) {
      s.open -= 1;
      if (y - begun >= length && thinDown(s, x, begun, y - begun)) down(s, x, begun, y);
      runStart[x] = -1;
    }
  }
  if (start >= 0 && width - start >= length && thinAcross(s, y, start, width - start))
    across(s, y, start, width);
}

/**
 * A rule is thin: a little way either side of it (`reach` + 3 pixels) is paper along most of
 * its length. A line of blurred text, whose letters run together, has ink there too.
 */
function thinAcross(s: RuleScan, y: number, start: number, count: number): boolean {
  const away = s.reach + 3;
  let light = 0;
  for (let k = 0; k < count; k += 1)
    if (
      lightAt(s.dark, (y - away) * s.width + start + k) &&
      lightAt(s.dark, (y + away) * s.width + start + k)
    )
      light += 1;
  return light >= 0.75 * count;
}

function thinDown(s: RuleScan, x: number, begun: number, count: number): boolean {
  const away = s.reach + 3;
  const side = (k: number, d: number) =>
    x + d < 0 || x + d >= s.width ? 1 : lightAt(s.dark, (begun + k) * s.width + x + d);
  let light = 0;
  for (let k = 0; k < count; k += 1) if (side(k, -away) && side(k, away)) light += 1;
  return light >= 0.75 * count;
}

function lightAt(dark: Uint8Array, i: number): number {
  return i < 0 || i >= dark.length ? 1 : dark[i] ? 0 : 1;
}

/** The rule and its blurred edges (lighter than ink, darker than paper) go, `reach` pixels either side of the run, and one more beyond. */
function clear(s: RuleScan, i: number): void {
  if ((s.data[i] as number) < 220) s.data[i] = 255;
}

function across(s: RuleScan, y: number, from: number, to: number): void {
  const top = Math.max(0, y - s.reach - 1);
  const bottom = Math.min(s.height - 1, y + s.reach + 1);
  for (let r = top; r <= bottom; r += 1)
    for (let k = from, i = r * s.width + from; k < to; k += 1, i += 1) clear(s, i);
}

function down(s: RuleScan, x: number, from: number, to: number): void {
  const left = Math.max(0, x - s.reach - 1);
  const right = Math.min(s.width - 1, x + s.reach + 1);
  for (let k = from; k < to; k += 1)
    for (let c = left, i = k * s.width + left; c <= right; c += 1, i += 1) clear(s, i);
}

/** The pipeline before this one (greyscale only), kept for the benchmark's baseline. */
export function preprocess(pixels: RgbaPixels): GreyPixels {
  return toGrey(pixels);
}
