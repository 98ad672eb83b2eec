import {
  type OcrEngine,
  OcrError,
  type OcrErrorCode,
  type OcrResult,
  type OcrWord,
} from './ocr-engine';

/** Words laid out in lines on a page, for the fake: "The cat sat." → boxes left to right. */
export function wordsFromText(
  text: string,
  confidence: (word: string) => number = () => 95,
): OcrWord[] {
  const words: OcrWord[] = [];
  text.split(/\n{2,}/).forEach((paragraph, p, paragraphs) => {
    paragraph.split('\n').forEach((line, l, lines) => {
      const parts = line.split(/\s+/).filter(Boolean);
      parts.forEach((part, w) => {
        const y0 = 40 + (p * 4 + l) * 50;
        const lastInLine = w === parts.length - 1;
        const lastLine = l === lines.length - 1;
        words.push({
          text: part,
          confidence: confidence(part),
          box: { x0: 40 + w * 120, y0, x1: 40 + w * 120 + 100, y1: y0 + 36 },
          breakAfter: !lastInLine
            ? 'space'
            : lastLine && p < paragraphs.length - 1
              ? 'paragraph'
              : 'line',
        });
      });
    });
  });
  return words;
}

export interface FakeOcr extends OcrEngine {
  /** What the next recognitions return (the last one repeats). */
  results: OcrResult[];
  /** The next call fails with this code, once. */
  failNext(code: OcrErrorCode): void;
  /** Calls hold until `release()`, so a test can see the progress bar and press Cancel. */
  hold: boolean;
  release(): void;
  calls: number;
  warmUps: number;
  disposed: number;
}

/** A deterministic OCR engine: returns the given words and boxes. */
export function createFakeOcr(results: OcrResult[] = []): FakeOcr {
  let failure: OcrErrorCode | undefined;
  let releaseHeld: (() => void) | undefined;
  const fake: FakeOcr = {
    results,
    hold: false,
    calls: 0,
    warmUps: 0,
    disposed: 0,
    failNext(code) {
      failure = code;
    },
    release() {
      releaseHeld?.();
    },
    async warmUp() {
      fake.warmUps += 1;
    },
    dispose() {
      fake.disposed += 1;
    },
    async recognise(_image, { signal, onProgress } = {}) {
      fake.calls += 1;
      onProgress?.({ stage: 'loading', fraction: 1 });
      onProgress?.({ stage: 'recognising', fraction: 0.5 });
      if (fake.hold) {
        await new Promise<void>((resolve, reject) => {
          releaseHeld = resolve;
          signal?.addEventListener('abort', () => reject(new OcrError('cancelled')));
        });
      }
      if (signal?.aborted) throw new OcrError('cancelled');
      if (failure) {
        const code = failure;
        failure = undefined;
        throw new OcrError(code);
      }
      const index = Math.min(fake.calls - 1, fake.results.length - 1);
      return fake.results[index] ?? { words: [], skewDegrees: 0 };
    },
  };
  return fake;
}
