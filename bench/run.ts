// npm run bench [-- name ...]: builds the app, serves it on localhost, runs the
// benchmarks in headless Chromium, prints tables and saves JSON in bench/results/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
// @ts-expect-error: plain JavaScript module shared with `npm start`
import { startServer } from '../scripts/serve.mjs';
import { launch } from '../tests/e2e/support/chromium';
import { bundleAndPaint } from './bundle-and-paint';
import { captionsBench } from './captions';
import { dictationBench } from './dictation';
import { documentsBench } from './documents';
import { lighthouseBench } from './lighthouse';
import { magnifierBench } from './magnifier';
import { ocrBenchmark } from './ocr';
import { ocrCorpusBenchmark } from './ocr-corpus';
import { ocrPrepareMainThread } from './ocr-prepare-main-thread';
import { readingLongTextBench } from './reading-long-text';
import { symbolsBench } from './symbols';
import { type Benchmark, type BenchTable, printTable } from './types';
import { visionBench } from './vision';
import { voiceBench } from './voice';

/** Every benchmark, in the order they run. Each tool adds its own here. */
const BENCHMARKS: Benchmark[] = [
  bundleAndPaint,
  dictationBench,
  captionsBench,
  magnifierBench,
  lighthouseBench,
  visionBench,
  symbolsBench,
  voiceBench,
  ocrBenchmark,
  ocrCorpusBenchmark,
  ocrPrepareMainThread,
  documentsBench,
  readingLongTextBench,
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;
if (selected.length === 0) {
  console.error(
    `No benchmark called ${wanted.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}

const root = join(import.meta.dirname, '..');
const distDir = mkdtempSync(join(tmpdir(), 'at-sandbox-bench-dist-'));
await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
const server = (await startServer({ dir: distDir, port: 0 })) as {
  url: string;
  close(): Promise<void>;
};
const results: Record<string, BenchTable[]> = {};
try {
  for (const benchmark of selected) {
    console.log(`\n# ${benchmark.name}: ${benchmark.description}`);
    const started = performance.now();
    results[benchmark.name] = await benchmark.run({ distDir, baseUrl: server.url, launch });
    for (const table of results[benchmark.name] ?? []) printTable(table);
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await server.close();
  rmSync(distDir, { recursive: true, force: true });
}
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const record = JSON.stringify(
  { date: new Date().toISOString(), node: process.version, results },
  null,
  2,
);
writeFileSync(join(outDir, `${stamp}.json`), record);
writeFileSync(join(outDir, 'latest.json'), record);
console.log(`\nSaved bench/results/${stamp}.json (and latest.json).`);
