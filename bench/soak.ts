// npm run soak [-- --minutes 30 --pages 50 --documents 10 --sample-seconds 5]
//
// The soak test of issue 6, outside `npm test`: against the production build served on
// localhost, in headless Chromium,
//   (a) dictation: N minutes of scripted speech through the app's real Web Speech adapter
//       (interim then final results, spoken commands, Chrome's unexpected `end`s and
//       "no-speech"), checking at every checkpoint and after a reload that the "Dictated text"
//       box holds exactly what the app's own grammar gives for the same phrases;
//   (b) OCR: M shipped sample pages in a row through /tools/read-aloud, each checked against
//       its known text (character error rate bound);
//   (c) camera, PDF and HEIC: N rounds of a picture from the fake camera, a two-page PDF read
//       through and an iPhone photo, each checked for its text;
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
import { type DocumentsReport, soakDocuments } from './soak/documents';
import { type OcrReport, soakOcr } from './soak/ocr';
import { printReport, saveReport } from './soak/report';
import { ROOT } from './soak/support';

// ---- Options -------------------------------------------------------------------------------

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    pages: { type: 'string', default: '50' },
    /** Rounds of camera picture, two-page PDF and HEIC photo. */
    documents: { type: 'string', default: '10' },
    'sample-seconds': { type: 'string', default: '5' },
    seed: { type: 'string', default: '6' },
    /** Print the report of a saved run again (with this version's verdicts) instead of running. */
    from: { type: 'string' },
  },
});
const MINUTES = Number(options.minutes);
const PAGES = Number(options.pages);
const DOCUMENTS = Number(options.documents);
const SAMPLE_SECONDS = Number(options['sample-seconds']);
if (!(MINUTES >= 0) || !(PAGES >= 0) || !(DOCUMENTS >= 0) || !(SAMPLE_SECONDS > 0)) {
  console.error(
    'Usage: npm run soak -- [--minutes 30] [--pages 50] [--documents 10] [--sample-seconds 5]',
  );
  process.exit(2);
}

// ---- Run -----------------------------------------------------------------------------------

let dictation: DictationReport | null = null;
let ocr: OcrReport | null = null;
let documents: DocumentsReport | null = null;
let startedAt = new Date().toISOString();
let finishedAt = '';
if (options.from) {
  const saved = JSON.parse(readFileSync(options.from, 'utf8'));
  ({ dictation, ocr, startedAt, finishedAt } = saved);
  documents = saved.documents ?? null;
  if (dictation) dictation.curves = dictationCurves(dictation);
  if (ocr) ocr.curves = ocrCurves(ocr);
  if (documents) documents.curves = ocrCurves(documents);
  console.log(`Report of the soak run saved in ${options.from}`);
} else {
  const distDir = mkdtempSync(join(tmpdir(), 'at-sandbox-soak-dist-'));
  console.log(
    `Soak: ${MINUTES} minutes of dictation, ${PAGES} OCR pages, then ${DOCUMENTS} rounds of camera, PDF and HEIC. Building…`,
  );
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
    if (DOCUMENTS > 0) {
      console.log(`\n# (c) Camera, PDF and HEIC, ${DOCUMENTS} rounds`);
      documents = await soakDocuments(server.url, DOCUMENTS);
    }
  } finally {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }
  finishedAt = new Date().toISOString();
}

const { passed, verdicts } = printReport(dictation, ocr, documents);

if (!options.from) {
  const saved = saveReport({
    startedAt,
    finishedAt,
    node: process.version,
    options: {
      minutes: MINUTES,
      pages: PAGES,
      documents: DOCUMENTS,
      sampleSeconds: SAMPLE_SECONDS,
      seed: options.seed,
    },
    passed,
    verdicts,
    dictation,
    ocr,
    documents,
  });
  console.log(`Saved ${saved}`);
}
process.exit(passed ? 0 : 1);
