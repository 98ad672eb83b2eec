/**
 * Which way a page's lines run, how far they are tilted and how tall they
 * are, from the ink points of the small flattened page. Projection profiles:
 * counting ink along the lines gives sharp peaks (lines) and gaps (the space
 * between), so the profile's energy is highest along the lines.
 */
import type { GreyPixels } from './preprocess';

/** Ink points, centred on the page, from a flattened page (ink: darker than `threshold`). */
export function inkPoints({ width, height, data }: GreyPixels, threshold: number): Float32Array {
  let count = 0;
  // Indexed, not `for of`: this runs once a picture, and in Chromium's prepare worker the
  // `for of` ran unoptimised, making an iterator result object for every pixel (a sampling heap
  // profile of three 12 MP photos: about 20 MB here and as much in percentiles, with the young
  // generation collected every millisecond or two).
  for (let i = 0; i < data.length; i += 1) if ((data[i] as number) < threshold) count += 1;
  // A sample of at most MAX_POINTS is plenty for profiles and keeps each angle tried cheap.
  const stride = Math.max(1, Math.ceil(count / MAX_POINTS));
  const points = new Float32Array(Math.ceil(count / stride) * 2);
  let seen = 0;
  let n = 0;
  // One loop over the pixels, not a loop over columns inside one over rows: see warpRow in
  // preprocess.ts (Chromium's Maglev gives up the code compiled for an inner loop each time it ends).
  for (let i = 0, x = 0, y = 0; i < width * height; i += 1, x += 1) {
    if (x === width) {
      x = 0;
      y += 1;
    }
    if ((data[i] as number) >= threshold) continue;
    if (seen++ % stride) continue;
    points[n++] = x - width / 2;
    points[n++] = y - height / 2;
  }
  return points.subarray(0, n);
}

const MAX_POINTS = 40_000;

/** The energy of the points' profile across direction `degrees` (0: count per row). */
export type Energy = (degrees: number) => number;

/**
 * The points' profile energies, each angle worked out once: the orientation test tries 18
 * angles, 9 of them among the 36 the skew search then tries.
 */
export function profileEnergies(points: Float32Array, size: number): Energy {
  const known = new Map<number, number>();
  const bins = new Int32Array(size * 2 + 1); // counts, one array for every angle
  return (degrees) => {
    let energy = known.get(degrees);
    if (energy === undefined) {
      energy = profileEnergy(points, degrees, size, bins);
      known.set(degrees, energy);
    }
    return energy;
  };
}

/** Counts the points into `bins` (2 × size + 1) by where they fall across direction `degrees`. */
function project(points: Float32Array, degrees: number, size: number, bins: Int32Array): void {
  const a = (degrees * Math.PI) / 180;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  bins.fill(0);
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i] as number;
    const y = points[i + 1] as number;
    const b = Math.round(-x * sin + y * cos) + size;
    if (b >= 0 && b < bins.length) bins[b] = (bins[b] as number) + 1;
  }
}

function profileEnergy(points: Float32Array, degrees: number, size: number, bins: Int32Array) {
  project(points, degrees, size, bins);
  let energy = 0;
  // Indexed, not `for of`: Chromium's optimised code for this function gave up each time it
  // reached an iterator it had not yet seen run (about 30 times in 12 pages).
  for (let b = 0; b < bins.length; b += 1) {
    const v = bins[b] as number;
    energy += v * v;
  }
  return energy;
}

/**
 * The angle (degrees, clockwise positive: text running downhill to the right) across which
 * the ink's profile is sharpest, within ±range of `centre` (0, or 90 for a page on its side).
 */
export function estimateSkew(energy: Energy, centre = 0, range = 12): number {
  let best = centre;
  let bestEnergy = -1;
  for (let d = centre - range; d <= centre + range; d += 1) {
    const e = energy(d);
    if (e > bestEnergy) {
      bestEnergy = e;
      best = d;
    }
  }
  // Then finer, round the coarse best.
  let fine = best;
  for (let d = best - 1; d <= best + 1; d += 0.2) {
    const e = energy(d);
    if (e > bestEnergy) {
      bestEnergy = e;
      fine = d;
    }
  }
  return Math.round(fine * 10) / 10;
}

/**
 * True when the lines run up and down (the page is a quarter turn round): the
 * best profile across ±range of vertical beats the best across ±range of
 * horizontal by a clear margin.
 */
export function orientationRatio(energy: Energy): number {
  const best = (centre: number) => {
    let top = 0;
    for (let d = centre - 12; d <= centre + 12; d += 3) {
      top = Math.max(top, energy(d));
    }
    return top;
  };
  return best(90) / best(0);
}

export function linesRunVertically(energy: Energy): boolean {
  return orientationRatio(energy) > VERTICAL_MARGIN;
}

/** Upright pages measured at most 0.66 on the corpus (the noisy phone-photo sample 1.56), pages on their side at least 2.3. */
const VERTICAL_MARGIN = 2;

/**
 * The typical height of a line of text in the points' units, after turning
 * them by `degrees` to make the lines level: the median height of the runs of
 * rows holding ink. NaN when there are too few lines to tell.
 */
export function lineHeight(points: Float32Array, degrees: number, size: number): number {
  const bins = new Int32Array(size * 2 + 1);
  project(points, degrees, size, bins);
  let peak = 0;
  for (let b = 0; b < bins.length; b += 1) peak = Math.max(peak, bins[b] as number);
  const runs: number[] = [];
  let run = 0;
  for (let b = 0; b < bins.length; b += 1) {
    const v = bins[b] as number;
    if (v > peak * 0.08) run += 1;
    else if (run) {
      if (run >= 2) runs.push(run);
      run = 0;
    }
  }
  if (runs.length < 3) return Number.NaN;
  runs.sort((p, q) => p - q);
  return runs[Math.floor(runs.length / 2)] as number;
}
