// Memory curves and the verdict on each: has it levelled off by the end of the run?
import type { Sample } from './memory';
import { MB, round } from './support';

const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: number[], width = 60): string {
  if (values.length === 0) return '';
  const step = Math.max(1, values.length / width);
  const points: number[] = [];
  for (let i = 0; i < values.length; i += step) points.push(values[Math.floor(i)] as number);
  const low = Math.min(...points);
  const high = Math.max(...points);
  const span = high - low || 1;
  return points
    .map((v) => BARS[Math.min(BARS.length - 1, Math.floor(((v - low) / span) * BARS.length))])
    .join('');
}

/** Least-squares slope of y over x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i += 1) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return den ? num / den : 0;
}

export interface Curve {
  name: string;
  unit: string;
  first: number;
  peak: number;
  last: number;
  /** Least-squares growth per unit of x (per minute, or per page) over the second half. */
  secondHalfSlope: number;
  /** Median of the last quarter of the run minus the median of the third quarter. */
  lateGrowthMB: number;
  /** Allowed late growth. */
  allowanceMB: number;
  bounded: boolean;
  sparkline: string;
}

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Bounded: the curve has levelled off by the end. The median of the last quarter of the run
 * is no more than 5 MB or 5% of the peak (whichever is larger) above the median of the third
 * quarter, plus `legitimateMB`,
 * memory the work itself should hold (such as a longer dictated text). Medians, not a fitted
 * line, because Chromium's process memory jumps between two levels for minutes at a time
 * (a line through such steps says "growing" when nothing grows). A leak of a few hundred kB
 * per phrase or page shows up far beyond the allowance.
 */
export function curve(
  name: string,
  unit: string,
  xs: number[],
  ys: number[],
  legitimateMB = 0,
): Curve {
  const n = ys.length;
  const q = (from: number, to: number) => ys.slice(Math.floor(n * from), Math.ceil(n * to));
  const late = n >= 4 ? medianOf(q(0.75, 1)) - medianOf(q(0.5, 0.75)) : 0;
  const half = Math.floor(n / 2);
  const peak = Math.max(...ys);
  const allowance = Math.max(5, 0.05 * peak) + legitimateMB;
  return {
    name,
    unit,
    first: ys[0] ?? 0,
    peak: round(peak),
    last: ys[n - 1] ?? 0,
    secondHalfSlope: round(slope(xs.slice(half), ys.slice(half)), 3),
    lateGrowthMB: round(late, 2),
    allowanceMB: round(allowance, 1),
    bounded: late <= allowance,
    sparkline: sparkline(ys),
  };
}

/** Runs saved before private memory was recorded have PSS only. */
export const uss = (samples: Sample[]) => samples.every((s) => s.rendererUssMB !== undefined);

export function printCurves(curves: Curve[]): void {
  for (const c of curves) {
    console.log(
      `${c.name}: first ${c.first} MB, peak ${c.peak} MB, last ${c.last} MB; last quarter ` +
        `${c.lateGrowthMB} MB above the third (allowed ${c.allowanceMB} MB); second-half ` +
        `slope ${c.secondHalfSlope} MB per ${c.unit}: ${c.bounded ? 'BOUNDED' : 'GROWING'}`,
    );
    console.log(`  ${c.sparkline}`);
  }
}

export function dictationCurves(report: { samples: Sample[]; finalTextChars: number }): Curve[] {
  // Memory the work should legitimately hold: the text, up to 50 voice-undo snapshots of it
  // (UTF-16, so 2 bytes a character), React's copy and the textarea's own.
  const legitimateMB = (report.finalTextChars * 2 * 53) / MB;
  const minutesOf = (list: Sample[]) => list.map((s) => s.at / 60);
  const collected = report.samples.filter((s) => s.liveHeapMB !== undefined);
  return [
    curve(
      'Page JS heap after GC',
      'minute',
      minutesOf(collected),
      collected.map((s) => s.liveHeapMB as number),
      legitimateMB,
    ),
    curve(
      uss(report.samples) ? 'Renderer private memory' : 'Renderer PSS',
      'minute',
      minutesOf(report.samples),
      report.samples.map((s) => s.rendererUssMB ?? s.rendererPssMB),
      legitimateMB,
    ),
    curve(
      uss(report.samples) ? 'Whole browser private memory' : 'Whole browser PSS',
      'minute',
      minutesOf(report.samples),
      report.samples.map((s) => s.browserUssMB ?? s.browserPssMB),
      legitimateMB,
    ),
  ];
}

export function ocrCurves(report: { samples: Sample[] }): Curve[] {
  const after = report.samples.slice(1);
  const pages = after.map((s) => s.at);
  return [
    curve(
      'Page JS heap after GC',
      'page',
      pages,
      after.map((s) => s.liveHeapMB as number),
    ),
    curve(
      uss(after)
        ? 'Renderer private memory (page + OCR worker)'
        : 'Renderer PSS (page + OCR worker)',
      'page',
      pages,
      after.map((s) => s.rendererUssMB ?? s.rendererPssMB),
    ),
    curve(
      uss(after) ? 'Whole browser private memory' : 'Whole browser PSS',
      'page',
      pages,
      after.map((s) => s.browserUssMB ?? s.browserPssMB),
    ),
  ];
}
