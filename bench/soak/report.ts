// The soak's report: tables, curves and a verdict, printed; the whole run saved as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printTable } from '../types';
import { printCurves } from './curves';
import type { DictationReport } from './dictation';
import type { DocumentsReport } from './documents';
import type { OcrReport } from './ocr';
import { ROOT, round } from './support';

/** Prints every table, curve and problem; true if nothing was lost and memory stayed bounded. */
export function printReport(
  dictation: DictationReport | null,
  ocr: OcrReport | null,
  documents: DocumentsReport | null = null,
): { passed: boolean; verdicts: string[] } {
  const verdicts: string[] = [];
  let passed = true;
  if (dictation) {
    const d = dictation;
    const everyMinute = d.samples.filter((s) => s.liveHeapMB !== undefined);
    const step = Math.max(1, Math.round(everyMinute.length / 31));
    const rows = everyMinute
      .filter((_, i) => i % step === 0 || i === everyMinute.length - 1)
      .map((s) => ({
        'time (min)': round(s.at / 60, 1),
        'heap sampled (MB)': s.heapMB,
        'heap after GC (MB)': s.liveHeapMB ?? '',
        'DOM nodes': s.domNodes,
        'renderer PSS (MB)': s.rendererPssMB,
        'browser PSS (MB)': s.browserPssMB,
        'renderer private (MB)': s.rendererUssMB ?? '',
        'browser private (MB)': s.browserUssMB ?? '',
        processes: s.processes,
      }));
    printTable({ title: 'Dictation soak: memory over time', rows });
    printCurves(d.curves);
    const exact = d.checkpoints.every((c) => c.ok);
    console.log(
      `\n${d.phrases} phrases (${d.wordsSpoken} words, ${d.commandsSpoken} commands), ${d.unexpectedEnds} unexpected ends (${d.midSentenceEnds} mid-sentence), ${d.noSpeechErrors} "no-speech", ${d.recognitionStarts} recognition starts; final text ${d.finalTextChars} characters, ${d.finalTextWords} words.`,
    );
    verdicts.push(
      `dictation: ${d.checkpoints.filter((c) => c.ok).length}/${d.checkpoints.length} checkpoints exact; restored after reload: ${d.restoredAfterReload ? 'yes' : 'NO'}`,
    );
    for (const c of d.curves)
      verdicts.push(`dictation ${c.name}: ${c.bounded ? 'bounded' : 'GROWING'}`);
    passed &&= exact && d.restoredAfterReload && d.lostOrChanged.length === 0;
    passed &&= d.curves.every((c) => c.bounded);
    for (const problem of d.lostOrChanged) console.log(`- PROBLEM: ${problem}`);
  }
  if (ocr) {
    const o = ocr;
    printTable({
      title: 'OCR soak: memory per page',
      rows: o.samples.map((s) => {
        const result = o.results.find((r) => r.page === s.at);
        return {
          page: s.at,
          sample: result?.sample ?? '(before)',
          CER: result?.cer ?? '',
          seconds: result?.seconds ?? '',
          'heap after GC (MB)': s.liveHeapMB ?? '',
          'renderer PSS (MB)': s.rendererPssMB,
          'browser PSS (MB)': s.browserPssMB,
          'renderer private (MB)': s.rendererUssMB ?? '',
          'browser private (MB)': s.browserUssMB ?? '',
        };
      }),
    });

    printCurves(o.curves);
    verdicts.push(
      `OCR: ${o.results.filter((r) => r.ok).length}/${o.results.length} pages within their error bound; restored after reload: ${o.restoredAfterReload ? 'yes' : 'NO'}`,
    );
    for (const c of o.curves) verdicts.push(`OCR ${c.name}: ${c.bounded ? 'bounded' : 'GROWING'}`);
    passed &&= o.failures.length === 0 && o.curves.every((c) => c.bounded);
    for (const problem of o.failures) console.log(`- PROBLEM: ${problem}`);
  }
  if (documents) {
    const d = documents;
    printTable({
      title: 'Camera, PDF and HEIC soak: memory per item',
      rows: d.samples.map((s) => {
        const result = d.results.find((r) => r.item === s.at);
        return {
          item: s.at,
          kind: result?.kind ?? '(before)',
          ok: result ? (result.ok ? 'yes' : 'NO') : '',
          seconds: result?.seconds ?? '',
          'heap after GC (MB)': s.liveHeapMB ?? '',
          'DOM nodes': s.domNodes,
          'renderer PSS (MB)': s.rendererPssMB,
          'renderer private (MB)': s.rendererUssMB ?? '',
          'browser private (MB)': s.browserUssMB ?? '',
        };
      }),
    });
    printCurves(d.curves);
    verdicts.push(
      `camera, PDF and HEIC: ${d.results.filter((r) => r.ok).length}/${d.results.length} items read`,
    );
    for (const c of d.curves)
      verdicts.push(`camera, PDF and HEIC ${c.name}: ${c.bounded ? 'bounded' : 'GROWING'}`);
    passed &&= d.failures.length === 0 && d.curves.every((c) => c.bounded);
    for (const problem of d.failures) console.log(`- PROBLEM: ${problem}`);
  }
  console.log('\n## Verdict');
  for (const verdict of verdicts) console.log(`- ${verdict}`);
  console.log(passed ? 'PASS: nothing lost, memory bounded.' : 'FAIL: see the problems above.');
  return { passed, verdicts };
}

/** Saves the run under bench/results/soak-<date>.json; returns the path from the repository root. */
export function saveReport(report: object): string {
  const outDir = join(ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(outDir, `soak-${stamp}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file.slice(ROOT.length + 1);
}
