import type { launch } from '../tests/e2e/support/chromium';

/** What every benchmark is handed: the production build, served on localhost. */
export interface BenchContext {
  /** Folder of the production build. */
  distDir: string;
  /** Where it is served, ending in "/". */
  baseUrl: string;
  /** A fresh headless Chromium profile, with request and error logging. */
  launch: typeof launch;
}

/** One printed table: rows of named figures, with units in the column names. */
export interface BenchTable {
  title: string;
  rows: Record<string, string | number>[];
  /** One-line verdicts against the aims, for example "initial JS 82 KB ≤ 150 KB: OK". */
  verdicts?: string[];
}

export interface Benchmark {
  /** Short name used on the command line: `npm run bench -- bundle`. */
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchTable[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
