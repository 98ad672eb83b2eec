import type { Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePage, toGrey } from '../../src/engines/image/preprocess';
import { pageWords } from '../../src/engines/ocr/tesseract-ocr';
import { characterErrorRate } from '../../src/features/read-aloud/ocr-accuracy';
import { dropNoise, layoutWords } from '../../src/features/read-aloud/ocr-document';
import { createNodeOcrWorker, decodeSample, encodePng, knownText } from './support/ocr-node';
import {
  binarise,
  estimateSkew,
  normaliseLighting,
  rotateGrey,
} from './support/preprocess-candidates';

/**
 * The first measurement behind the app's pre-processing, kept as a guard: each
 * candidate step on the phone photo (tilted 3°, shadowed, noisy JPEG) against
 * the page pipeline the app now uses (preparePage, chosen step by step on the
 * whole corpus: bench/ocr-corpus.ts, docs/read-aloud-ocr.md). A candidate earns its place only by lowering the character error rate
 * by more than MARGIN (one percentage point, about six characters of this
 * page: less is within what one sample can tell, and each step costs main-
 * thread time on every page). If one ever does, this fails and says so.
 */
const MARGIN = 0.01;
let worker: Worker;
const known = knownText('phone-photo');
const photo = decodeSample('phone-photo.jpg');
const rates: Record<string, number> = {};

async function cer(png: Buffer, rotateAuto: boolean): Promise<number> {
  const { data } = await worker.recognize(png, { rotateAuto }, { blocks: true });
  return characterErrorRate(layoutWords(dropNoise(pageWords(data))), known);
}

beforeAll(async () => {
  worker = await createNodeOcrWorker();
  const grey = toGrey(photo);
  const deskewed = rotateGrey(grey, -estimateSkew(grey));
  rates.chosen = await cer(encodePng(preparePage(photo).grey), true);
  rates['no pre-processing at all'] = await cer(encodePng(photo), false);
  rates['greyscale without tesseract skew correction'] = await cer(encodePng(grey), false);
  rates['our own deskew'] = await cer(encodePng(deskewed), false);
  rates['lighting normalisation'] = await cer(encodePng(normaliseLighting(grey)), true);
  rates['Otsu binarisation'] = await cer(encodePng(binarise(grey)), true);
  console.log('Phone photo character error rates:', rates);
}, 180_000);
afterAll(async () => {
  await worker?.terminate();
});

describe('pre-processing that earns its place (phone photo)', () => {
  it('finds the 3° tilt the sample was made with', () => {
    expect(Math.abs(estimateSkew(toGrey(photo)) - 3)).toBeLessThanOrEqual(0.3);
  });

  it.each([
    'no pre-processing at all',
    'greyscale without tesseract skew correction',
    'our own deskew',
    'lighting normalisation',
    'Otsu binarisation',
  ])('%s does not beat the chosen pipeline by more than the margin', (candidate) => {
    expect(rates.chosen ?? 1).toBeLessThan((rates[candidate] ?? 0) + MARGIN);
  });

  it('the chosen pipeline beats no pre-processing at all', () => {
    expect(rates.chosen ?? 1).toBeLessThan(rates['no pre-processing at all'] ?? 0);
  });
});
