// The OCR corpus benchmark (npm run bench -- ocr-corpus): every picture of the
// corpus (scripts/make-corpus.ts, made into .tmp/ocr-corpus/ if missing) read
// as the app reads it, with the page pipeline, by tesseract.js in Node (the
// app's model, parameters and half-turn retry), against native tesseract on
// the same file (OMP_THREAD_LIMIT=1, the same 4.0.0_best_int model). Per
// category: CER and time, app and native. OCR_ABLATION=1 also reads the
// corpus with each pipeline step turned off, and with none (the old app).
// OCR_HELD_OUT=1 also reads the two held-out sets of blurred photos (make-corpus
// --blur and --blur2, made into .tmp/ if missing), app against native.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_STEPS,
  CORPUS_DIR,
  createNodeWorker,
  decode,
  loadManifest,
  type Reading,
  ROOT,
  readAsApp,
  readNative,
  type Variant,
} from './corpus/read-corpus';
import { type Benchmark, type BenchTable, median, percentile, round } from './types';

const AIM_CER = 0.03;
const AIM_WORST = 0.1;

interface Row {
  category: string;
  heldOut: boolean;
  app: Reading;
  native: { cer: number; ms: number } | null;
}

/** The held-out blurred sets: made after the pipeline, never tuned on (docs/read-aloud-ocr.md). */
const HELD_OUT_SETS = [
  {
    label: 'held-out blurred set 1 (--blur)',
    dir: join(ROOT, '.tmp', 'blur-corpus'),
    flag: '--blur',
  },
  {
    label: 'held-out blurred set 2 (--blur2)',
    dir: join(ROOT, '.tmp', 'blur2-corpus'),
    flag: '--blur2',
  },
];

async function readCorpus(
  variant: Variant,
  withNative: boolean,
  dir = CORPUS_DIR,
  flags: string[] = [],
): Promise<Row[]> {
  const worker = await createNodeWorker();
  const rows: Row[] = [];
  try {
    for (const entry of loadManifest(dir, flags)) {
      const known = readFileSync(join(dir, `${entry.id}.txt`), 'utf8');
      const file = join(dir, entry.file);
      const app = await readAsApp(worker, decode(readFileSync(file)), known, variant);
      const native = withNative ? readNative(file, known) : null;
      rows.push({ category: entry.category, heldOut: entry.heldOut, app, native });
    }
  } finally {
    await worker.terminate();
  }
  return rows;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const pct = (v: number) => round(v * 100, 1);

function summarise(label: string, rows: Row[]): Record<string, string | number> {
  const cer = rows.map((r) => r.app.cer);
  const native = rows.flatMap((r) => (r.native ? [r.native] : []));
  const appMs = rows.map((r) => r.app.pipelineMs + r.app.ocrMs);
  const nativeMs = native.map((n) => n.ms);
  return {
    category: label,
    photos: rows.length,
    'app CER %': pct(mean(cer)),
    'app worst %': pct(Math.max(...cer)),
    'native CER %': native.length ? pct(mean(native.map((n) => n.cer))) : 'not installed',
    'native worst %': native.length ? pct(Math.max(...native.map((n) => n.cer))) : '',
    'app ms (median)': round(median(appMs), 0),
    'pipeline ms (p95)': round(
      percentile(
        rows.map((r) => r.app.pipelineMs),
        95,
      ),
      0,
    ),
    'native ms (median)': native.length ? round(median(nativeMs), 0) : '',
    'app / native': native.length ? round(median(appMs) / median(nativeMs), 2) : '',
  };
}

export const ocrCorpusBenchmark: Benchmark = {
  name: 'ocr-corpus',
  description:
    'the OCR corpus (49 photos, 9 texts, 15 categories) read as the app reads it (page pipeline + tesseract.js in Node) against native tesseract (1 thread, same model), per category; OCR_HELD_OUT=1 adds the two held-out blurred sets, OCR_ABLATION=1 the step-by-step ablation',
  async run() {
    const rows = await readCorpus(ALL_STEPS, true);
    const categories = [...new Set(rows.map((r) => r.category))];
    const table: BenchTable = {
      title:
        'OCR corpus per category: app (page pipeline, tesseract.js in Node) vs native tesseract',
      rows: [
        ...categories.map((c) =>
          summarise(
            c,
            rows.filter((r) => r.category === c),
          ),
        ),
        summarise(
          'all (tuned on)',
          rows.filter((r) => !r.heldOut),
        ),
        summarise(
          'all (held out)',
          rows.filter((r) => r.heldOut),
        ),
        summarise('all', rows),
      ],
      verdicts: [],
    };
    const all = summarise('all', rows);
    table.verdicts?.push(
      `mean CER ${all['app CER %']}% (aim ≤ ${AIM_CER * 100}%): ${Number(all['app CER %']) <= AIM_CER * 100 ? 'OK' : 'over'}`,
      `worst photo ${all['app worst %']}% (aim ≤ ${AIM_WORST * 100}%): ${Number(all['app worst %']) <= AIM_WORST * 100 ? 'OK' : 'over'}`,
    );
    for (const c of categories) {
      const s = summarise(
        c,
        rows.filter((r) => r.category === c),
      );
      if (typeof s['native CER %'] === 'number' && Number(s['app CER %']) > s['native CER %']) {
        table.verdicts?.push(
          `${c}: app ${s['app CER %']}% WORSE than native ${s['native CER %']}%`,
        );
      }
    }
    const tables = [table];
    if (process.env.OCR_HELD_OUT) {
      const heldOut: BenchTable = {
        title: 'Held-out blurred photos: app against native tesseract',
        rows: [],
        verdicts: [],
      };
      for (const set of HELD_OUT_SETS) {
        const read = await readCorpus(ALL_STEPS, true, set.dir, [set.flag]);
        const over = (cers: number[]) => cers.filter((c) => c > AIM_WORST).length;
        const natives = read.flatMap((r) => (r.native ? [r.native.cer] : []));
        const s = summarise(set.label, read);
        heldOut.rows.push({
          ...s,
          'app photos over 10%': over(read.map((r) => r.app.cer)),
          'native photos over 10%': natives.length ? over(natives) : '',
        });
        if (typeof s['native CER %'] === 'number') {
          heldOut.verdicts?.push(
            `${set.label}: app ${s['app CER %']}% against native ${s['native CER %']}% (${Number(s['app CER %']) <= s['native CER %'] ? 'no worse' : 'WORSE'})`,
          );
        }
      }
      tables.push(heldOut);
    }
    if (process.env.OCR_ABLATION) {
      const ablation: BenchTable = {
        title: 'Ablation: each step of the page pipeline turned off',
        rows: [],
      };
      const variants: [string, Variant][] = [
        ['none (greyscale only: the app before)', 'baseline'],
        ['all steps', ALL_STEPS],
        ...Object.keys(ALL_STEPS).map(
          (step) => [`all but ${step}`, { ...ALL_STEPS, [step]: false }] as [string, Variant],
        ),
      ];
      for (const [label, variant] of variants) {
        const read = label === 'all steps' ? rows : await readCorpus(variant, false);
        const byCategory = Object.fromEntries(
          categories.map((c) => [
            c,
            pct(mean(read.filter((r) => r.category === c).map((r) => r.app.cer))),
          ]),
        );
        ablation.rows.push({
          pipeline: label,
          'all %': pct(mean(read.map((r) => r.app.cer))),
          ...byCategory,
        });
      }
      tables.push(ablation);
    }
    return tables;
  },
};
