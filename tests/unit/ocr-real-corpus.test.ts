import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeWorker, decode, ROOT, readAsApp } from '../../bench/corpus/read-corpus';
import { ALL_STEPS } from '../../src/engines/image/preprocess';

/**
 * Hard cases from the OCR corpus (scripts/make-corpus.ts), read for real by
 * tesseract.js in Node exactly as the app reads a page: the page pipeline,
 * the app's model and parameters, the half-turn retry and the text layout.
 * The whole corpus, against native tesseract, is in the benchmark
 * (npm run bench -- ocr-corpus); these few keep the pipeline honest on every run.
 */
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ocr-corpus');
/** The aim for any one photo. */
const WORST = 0.1;

const CASES = [
  [
    'uneven-light-1-water-sans.jpg',
    'a bright corner fading to grey (native: nothing before flattening)',
  ],
  ['faint-ink-1-letter-sans.jpg', 'faint grey ink on cream paper'],
  ['orientation-1-water-sans.jpg', 'a page a quarter turn round'],
  ['combined-1-water-sans.jpg', 'cream paper, faint ink, a gradient, tilted 3°, noisy, JPEG'],
  ['dim-noisy-2-water-schoolbook.jpg', 'lit at 40%, grainy (read as nothing without the median)'],
  [
    'heavy-jpeg-2-club-infant.jpg',
    'a ruled table at JPEG quality 0.2 (39% when its last column was read after the table)',
  ],
  [
    'soft-focus-2-rivers-serif.jpg',
    'blurred 2 px (10.9% when words tesseract gave under 20% confidence were dropped)',
  ],
] as const;

let worker: Worker;
beforeAll(async () => {
  worker = await createNodeWorker();
}, 60_000);
afterAll(async () => {
  await worker?.terminate();
});

/** A corpus photo read as the app reads it, against the truth text kept beside it. */
const readFixture = (file: string) =>
  readAsApp(
    worker,
    decode(readFileSync(join(FIXTURES, file))),
    readFileSync(join(FIXTURES, file.replace(/\.\w+$/, '.txt')), 'utf8'),
    ALL_STEPS,
  );

describe('real OCR on the corpus hard cases', () => {
  it.each(CASES)(
    `reads %s (%s) with at most ${WORST * 100}% wrong characters`,
    async (file) => {
      const reading = await readFixture(file);
      expect(reading.cer).toBeLessThanOrEqual(WORST);
    },
    120_000,
  );

  it('joins the lines of a paragraph: a whole sentence is on one line of the text', async () => {
    const reading = await readFixture('uneven-light-1-water-sans.jpg');
    expect(reading.text).toContain('The water turns into an invisible gas called water vapour.');
    // The heading and the subheading stay apart from the text.
    expect(reading.text.split('\n')[0]).toBe('The Water Cycle');
  }, 120_000);

  it('keeps a blurred word tesseract was unsure of, for the reader to check', async () => {
    const reading = await readFixture('soft-focus-2-rivers-serif.jpg');
    expect(reading.text).toContain('the river grows wider as');
    expect(reading.text).toMatch(/flows towards the/);
  }, 120_000);

  it('reads a table row by row: the last column stays in its row', async () => {
    const reading = await readFixture('heavy-jpeg-2-club-infant.jpg');
    expect(reading.text).toContain('Wednesday 3:15 pm Library Times tables');
    expect(reading.text).toContain('Friday 12:30 pm Hall Maths games');
  }, 120_000);
});
