// npm run soak [-- --minutes 30 --pages 50 --sample-seconds 5]
//
// The soak test of issue 6, outside `npm test`: against the production build served on
// localhost, in headless Chromium,
//   (a) dictation: N minutes of scripted speech through the app's real Web Speech adapter
//       (interim then final results, spoken commands, Chrome's unexpected `end`s and
//       "no-speech"), checking at every checkpoint and after a reload that the "Dictated text"
//       box holds exactly what the app's own grammar gives for the same phrases;
//   (b) OCR: M shipped sample pages in a row through /tools/read-aloud, each checked against
//       its known text (character error rate bound);
// sampling memory all along (the page's JS heap through CDP, and the proportional set size
// of every Chromium process from /proc). Prints the curves and saves bench/results/soak-*.json.
// Exits 1 if anything was lost, a check failed, or memory kept growing.
//
// The pieces live in bench/soak/: memory sampling, curves, the dictation script and run, the
// OCR run, and the report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
// @ts-expect-error: plain JavaScript module shared with `npm start`
import { startServer } from '../scripts/serve.mjs';
import { dictationCurves, ocrCurves } from './soak/curves';
import { type DictationReport, soakDictation } from './soak/dictation';
import { type OcrReport, soakOcr } from './soak/ocr';
import { printReport, saveReport } from './soak/report';
import { ROOT } from './soak/support';

// ---- Options -------------------------------------------------------------------------------

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    pages: { type: 'string', default: '50' },
    'sample-seconds': { type: 'string', default: '5' },
    seed: { type: 'string', default: '6' },
    /** Print the report of a saved run again (with this version's verdicts) instead of running. */
    from: { type: 'string' },
  },
});
const MINUTES = Number(options.minutes);
const PAGES = Number(options.pages);
const SAMPLE_SECONDS = Number(options['sample-seconds']);
if (!(MINUTES >= 0) || !(PAGES >= 0) || !(SAMPLE_SECONDS > 0)) {
  console.error('Usage: npm run soak -- [--minutes 30] [--pages 50] [--sample-seconds 5]');
  process.exit(2);
}

// ---- Run -----------------------------------------------------------------------------------

let dictation: DictationReport | null = null;
let ocr: OcrReport | null = null;
let startedAt = new Date().toISOString();
let finishedAt = '';
if (options.from) {
  const saved = JSON.parse(readFileSync(options.from, 'utf8'));
  ({ dictation, ocr, startedAt, finishedAt } = saved);
  if (dictation) dictation.curves = dictationCurves(dictation);
  if (ocr) ocr.curves = ocrCurves(ocr);
  console.log(`Report of the soak run saved in ${options.from}`);
} else {
  const distDir = mkdtempSync(join(tmpdir(), 'at-sandbox-soak-dist-'));
  console.log(`Soak: ${MINUTES} minutes of dictation, then ${PAGES} OCR pages. Building…`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server = (await startServer({ dir: distDir, port: 0 })) as {
    url: string;
    close(): Promise<void>;
  };
  try {
    if (MINUTES > 0) {
      console.log(`\n# (a) Dictation, ${MINUTES} minutes`);
      dictation = await soakDictation(server.url, MINUTES, {
        seed: Number(options.seed),
        sampleSeconds: SAMPLE_SECONDS,
      });
    }
    if (PAGES > 0) {
      console.log(`\n# (b) OCR, ${PAGES} pages`);
      ocr = await soakOcr(server.url, PAGES);
    }
  } finally {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }
  finishedAt = new Date().toISOString();
}

const { passed, verdicts } = printReport(dictation, ocr);

if (!options.from) {
  const saved = saveReport({
    startedAt,
    finishedAt,
    node: process.version,
    options: {
      minutes: MINUTES,
      pages: PAGES,
      sampleSeconds: SAMPLE_SECONDS,
      seed: options.seed,
    },
    passed,
    verdicts,
    dictation,
    ocr,
  });
  console.log(`Saved ${saved}`);
}
process.exit(passed ? 0 : 1);
