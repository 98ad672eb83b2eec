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

/** Prints a table as Markdown (title, aligned columns), then its verdicts as a list. */
export function printTable({ title, rows, verdicts = [] }: BenchTable): void {
  console.log(`\n## ${title}`);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cells = rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) =>
    Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
  for (const verdict of verdicts) console.log(`- ${verdict}`);
}
