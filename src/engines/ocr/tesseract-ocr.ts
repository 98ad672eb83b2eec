import type Tesseract from 'tesseract.js';
import { withTimeout } from '../with-timeout';
import {
  type OcrEngine,
  OcrError,
  type OcrImage,
  type OcrProgress,
  type OcrResult,
  type OcrWord,
  type RecogniseOptions,
  straighteningOf,
} from './ocr-engine';
import { joinTableRows, type LaidOutLine, wordsOfLines } from './table-rows';

export interface TesseractOptions {
  /** Absolute URL of the folder the build emits OCR assets into (see build/ocr-assets-plugin.ts). */
  assetBase: string;
  /** End the worker after this long unused: its WebAssembly memory (115–200 MB) never shrinks. */
  idleMs?: number;
  /** Recreate the worker after this many pages, for the same reason. */
  pagesPerWorker?: number;
  /** Longest wait for the worker, core and language data to load. */
  loadTimeoutMs?: number;
  /** Longest wait for one page. */
  pageTimeoutMs?: number;
}

/** The asset paths inside `assetBase`, shared with the build plugin. */
export const OCR_ASSET_PATHS = {
  worker: 'worker.min.js',
  coreFolder: 'core/',
  langFolder: 'lang/',
} as const;

/**
 * Parameters for every page. tesseract.js defaults to one uniform block of
 * text (PSM 6), which drops table rows; native tesseract's default, automatic
 * page segmentation (PSM 3), read the table sample perfectly where PSM 6 lost
 * 38% of it. Tesseract prints notes such as "Estimating resolution as 232"
 * to stderr, which the worker turns into console errors: they go nowhere.
 */
export const TESSERACT_PARAMETERS = {
  tessedit_pageseg_mode: '3',
  debug_file: '/dev/null',
} as const;

/** tesseract.js logger statuses → our two stages. */
function toProgress(message: Tesseract.LoggerMessage): OcrProgress {
  return message.status === 'recognizing text'
    ? { stage: 'recognising', fraction: message.progress }
    : { stage: 'loading', fraction: message.progress };
}

/** The words of a page in reading order, a table's cells put back into rows (see table-rows.ts). */
export function pageWords(page: Tesseract.Page): OcrWord[] {
  const lines: LaidOutLine[] = [];
  (page.blocks ?? []).forEach((block, b) => {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = [];
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({
            text,
            confidence: word.confidence,
            box: { x0, y0, x1, y1 },
            breakAfter: 'space',
          });
        }
        if (words.length) lines.push({ block: b, words, endsParagraph: false });
      }
      const last = lines.at(-1);
      if (last) last.endsParagraph = true;
    }
  });
  return wordsOfLines(joinTableRows(lines));
}

/**
 * tesseract.js 7 in a Web Worker. Every asset comes from the app's own
 * origin: leave any of workerPath, corePath or langPath unset and the
 * library silently fetches it from a CDN. `corePath` is a folder, so the
 * library picks the relaxed-SIMD, SIMD or plain LSTM core the browser can
 * run (SIMD is about 5 times faster than plain). One worker, reused; ended
 * when idle, after a number of pages, on Cancel, and after any failure (so
 * a crashed worker is replaced on the next try).
 */
export function createTesseractOcr({
  assetBase,
  idleMs = 3 * 60_000,
  pagesPerWorker = 20,
  loadTimeoutMs = 60_000,
  pageTimeoutMs = 90_000,
}: TesseractOptions): OcrEngine {
  let worker: Promise<Tesseract.Worker> | null = null;
  let pages = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let listener: ((progress: OcrProgress) => void) | undefined;

  const start = (): Promise<Tesseract.Worker> => {
    if (worker) return worker;
    pages = 0;
    const created = (async () => {
      // A CommonJS package: its functions are on `default` once bundled.
      const module = await import('tesseract.js');
      const { createWorker, OEM } = (module as { default?: typeof Tesseract }).default ?? module;
      const ready = await createWorker('eng', OEM.LSTM_ONLY, {
        workerPath: new URL(OCR_ASSET_PATHS.worker, assetBase).href,
        corePath: new URL(OCR_ASSET_PATHS.coreFolder, assetBase).href,
        langPath: new URL(OCR_ASSET_PATHS.langFolder, assetBase).href,
        gzip: true,
        // A plain worker from our own origin: no blob: URL for the CSP to allow.
        workerBlobURL: false,
        logger: (message) => listener?.(toProgress(message)),
        // Without a handler the library rethrows job failures as uncaught errors.
        errorHandler: () => {},
      });
      await ready.setParameters(TESSERACT_PARAMETERS as unknown as Partial<Tesseract.WorkerParams>);
      return ready;
    })();
    worker = created;
    created.catch(() => {
      if (worker === created) worker = null;
    });
    return created;
  };

  const end = () => {
    const ending = worker;
    worker = null;
    clearTimeout(idleTimer);
    ending?.then((w) => w.terminate()).catch(() => {});
  };

  const timeout = <T>(promise: Promise<T>, ms: number, code: OcrError['code']) =>
    withTimeout(promise, ms, () => new OcrError(code, `no answer in ${ms} ms`));

  return {
    warmUp() {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(end, idleMs);
      // The next recognise() reports a failure.
      return start().then(
        () => {},
        () => {},
      );
    },

    async recognise(
      image: OcrImage,
      { signal, onProgress }: RecogniseOptions = {},
    ): Promise<OcrResult> {
      if (signal?.aborted) throw new OcrError('cancelled');
      clearTimeout(idleTimer);
      listener = onProgress;
      onProgress?.({ stage: 'loading', fraction: 0 });
      const job = (async () => {
        let ready: Tesseract.Worker;
        try {
          ready = await timeout(start(), loadTimeoutMs, 'ocr-assets-missing');
        } catch (error) {
          throw error instanceof OcrError
            ? error
            : new OcrError('ocr-assets-missing', String(error));
        }
        onProgress?.({ stage: 'recognising', fraction: 0 });
        const recogniseStart = performance.now();
        try {
          const { data } = await timeout(
            // Bytes are taken as they are (tesseract.js reads a Blob into bytes first).
            ready.recognize(
              image as Tesseract.ImageLike,
              { rotateAuto: true },
              { text: false, blocks: true },
            ),
            pageTimeoutMs,
            'timeout',
          );
          // For the benchmark: the worker's own time for the page, without decoding or loading.
          performance.measure('ocr:recognise', { start: recogniseStart });
          return {
            words: pageWords(data),
            skewDegrees: straighteningOf(image) + ((data.rotateRadians ?? 0) * 180) / Math.PI,
          };
        } catch (error) {
          throw error instanceof OcrError ? error : new OcrError('ocr-crashed', String(error));
        }
      })();
      const cancelled = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => reject(new OcrError('cancelled')), { once: true });
      });
      try {
        const result = await Promise.race([job, cancelled]);
        pages += 1;
        if (pages >= pagesPerWorker) end();
        return result;
      } catch (error) {
        // Cancelled, timed out or crashed: this worker cannot be trusted with the next page.
        end();
        job.catch(() => {});
        throw error;
      } finally {
        listener = undefined;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(end, idleMs);
      }
    },

    dispose: end,
  };
}
