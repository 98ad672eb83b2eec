/**
 * Where the page is in a small camera frame, to draw its outline on the live
 * view so a person can line the page up. Pure: pixels in, a box out. Paper is
 * the brightest thing in a classroom photo; ink does not lower the brightest
 * pixel of a small cell, so the page is the box round the bright cells.
 */

export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** Fractions of the frame (0–1), so the outline scales with the shown video. */
export interface Outline {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A page that fills under this share of the frame is too far away to read; over it, there is no edge to see. */
const MIN_SHARE = 0.15;
const MAX_SHARE = 0.97;
/** Paper must be this much brighter than the desk round it to count as found. */
const MIN_CONTRAST = 1.3;
/** Share of a row or column of cells that must be paper for it to be inside the page (ignores specks). */
const MIN_RUN = 0.25;

export function pageOutline({ width, height, data }: RgbaFrame, cell = 6): Outline | null {
  const gw = Math.floor(width / cell);
  const gh = Math.floor(height / cell);
  if (gw < 4 || gh < 4) return null;
  const grid = new Float32Array(gw * gh);
  for (let y = 0; y < gh * cell; y += 1) {
    for (let x = 0; x < gw * cell; x += 1) {
      const i = (y * width + x) * 4;
      const v = (77 * (data[i] ?? 0) + 150 * (data[i + 1] ?? 0) + 29 * (data[i + 2] ?? 0)) >> 8;
      const g = ((y / cell) | 0) * gw + ((x / cell) | 0);
      if (v > (grid[g] as number)) grid[g] = v;
    }
  }
  const sorted = Float32Array.from(grid).sort();
  const dark = sorted[Math.floor(sorted.length * 0.1)] as number;
  const bright = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (bright < dark * MIN_CONTRAST) return null;
  const threshold = (dark + bright) / 2;

  const rows = new Float32Array(gh);
  const columns = new Float32Array(gw);
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      if ((grid[gy * gw + gx] as number) < threshold) continue;
      rows[gy] = (rows[gy] as number) + 1 / gw;
      columns[gx] = (columns[gx] as number) + 1 / gh;
    }
  }
  const span = (counts: Float32Array) => {
    const first = counts.findIndex((share) => share >= MIN_RUN);
    const last = counts.findLastIndex((share) => share >= MIN_RUN);
    return first < 0 ? null : { from: first, to: last + 1 };
  };
  const across = span(columns);
  const down = span(rows);
  if (!across || !down) return null;
  const outline = {
    left: across.from / gw,
    top: down.from / gh,
    width: (across.to - across.from) / gw,
    height: (down.to - down.from) / gh,
  };
  const share = outline.width * outline.height;
  return share >= MIN_SHARE && share <= MAX_SHARE ? outline : null;
}

/** Whether two outlines are the same page held still (each edge within `tolerance` of the frame). */
export function isSteady(a: Outline | null, b: Outline | null, tolerance = 0.03): boolean {
  if (!a || !b) return false;
  return (
    Math.abs(a.left - b.left) < tolerance &&
    Math.abs(a.top - b.top) < tolerance &&
    Math.abs(a.width - b.width) < tolerance &&
    Math.abs(a.height - b.height) < tolerance
  );
}
