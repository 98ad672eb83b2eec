import type { Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePage } from '../../src/engines/image/preprocess';
import { pageWords } from '../../src/engines/ocr/tesseract-ocr';
import { characterErrorRate } from '../../src/features/read-aloud/ocr-accuracy';
import { dropNoise, layoutWords } from '../../src/features/read-aloud/ocr-document';
import { SAMPLE_WORKSHEETS } from '../../src/features/read-aloud/samples';
import { createNodeOcrWorker, decodeSample, encodePng, knownText } from './support/ocr-node';

/**
 * Real tesseract.js (the same 4.0.0_best_int model the app ships) on every
 * shipped sample, through the app's own pipeline: greyscale, tesseract's
 * skew correction, noise words dropped. Bounds are the measured rate plus a
 * margin; the two-column page is read across both columns (tesseract's
 * default layout analysis, native and WebAssembly alike), which is the
 * lesson that sample teaches, so its bound is loose.
 */
const CER_BOUNDS: Record<string, number> = {
  'clean-worksheet': 0.01,
  'phone-photo': 0.08,
  'two-columns': 0.65,
  'table-headings': 0.02,
};

let worker: Worker;
beforeAll(async () => {
  worker = await createNodeOcrWorker();
}, 60_000);
afterAll(async () => {
  await worker?.terminate();
});

async function readAsTheAppDoes(file: string): Promise<string> {
  const png = encodePng(preparePage(decodeSample(file)).grey);
  const { data } = await worker.recognize(png, { rotateAuto: true }, { blocks: true });
  return layoutWords(dropNoise(pageWords(data)));
}

/** Pictures only: a PDF sample is read from its own text layer, not by OCR. */
const PICTURES = SAMPLE_WORKSHEETS.filter((s) => !s.file.endsWith('.pdf'));

describe('real OCR on every shipped sample', () => {
  it('has a bound for every picture sample', () => {
    expect(Object.keys(CER_BOUNDS).sort()).toEqual(PICTURES.map((s) => s.id).sort());
  });

  it.each(PICTURES.map((s) => [s.id, s.file] as const))(
    '%s is read within its character error rate bound',
    async (id, file) => {
      const text = await readAsTheAppDoes(file);
      const cer = characterErrorRate(text, knownText(id));
      expect(cer).toBeLessThanOrEqual(CER_BOUNDS[id] ?? 0);
    },
    60_000,
  );

  it('reads the known sentences of the clean worksheet exactly', async () => {
    const text = (await readAsTheAppDoes('clean-worksheet.png')).replace(/\s+/g, ' ');
    expect(text).toContain('The water on our planet is used again and again.');
    expect(text).toContain('The drops join together to make clouds.');
  }, 60_000);
});
