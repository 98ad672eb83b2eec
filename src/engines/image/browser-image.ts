import { withStraightening } from '../ocr/ocr-engine';
import { type ImageEngine, ImageError, type PreparedImage } from './image-engine';
import {
  addQuarterTurn,
  decodeDataUrl,
  MAX_PIXELS,
  type QuarterTurn,
  sniffImage,
} from './image-format';
import { HEADER_BYTES, readImageSize } from './image-header';
import type { PreparedInWorker } from './prepare-page';
import type { PrepareFailure, PrepareReply } from './prepare-worker';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  const settle = {} as Omit<Deferred<T>, 'promise'>;
  const promise = new Promise<T>((resolve, reject) => Object.assign(settle, { resolve, reject }));
  return { promise, ...settle };
}

/** A picture in the prepare worker: its OCR image comes back first, its picture to show after. */
interface Job {
  prepared: Deferred<PreparedInWorker>;
  display: Deferred<Blob>;
}

const errorOf = (failure: PrepareFailure) => new ImageError(failure.code, failure.size);

function blobOfDataUrl(url: string): Blob {
  const decoded = decodeDataUrl(url);
  if (!decoded) throw new ImageError('unreadable');
  return new Blob([decoded.bytes as Uint8Array<ArrayBuffer>], { type: decoded.type });
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new ImageError('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Images through the browser's own decoders: `createImageBitmap` with
 * `imageOrientation: 'from-image'` applies the EXIF orientation of phone
 * photos; drawing onto a canvas and re-encoding leaves every piece of
 * metadata (camera, time, GPS location) behind.
 */
export function createBrowserImage(win: Window = window): ImageEngine {
  // Decoding and the page pipeline run in a worker (src/engines/image/prepare-worker.ts),
  // created on the first picture and kept: a 12-megapixel photo would otherwise hold
  // the page's main thread for hundreds of milliseconds.
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Job>();
  const workerReady = () => {
    let ready = worker;
    if (!ready) {
      // Written out in full so that Vite finds and bundles the worker.
      ready = new Worker(new URL('./prepare-worker.ts', import.meta.url), { type: 'module' });
      worker = ready;
      ready.onmessage = ({ data }: MessageEvent<PrepareReply>) => {
        const job = waiting.get(data.id);
        if (!job) return;
        if ('prepared' in data) {
          job.prepared.resolve(data.prepared); // the job waits on for its picture to show
          return;
        }
        waiting.delete(data.id);
        if ('display' in data) job.display.resolve(data.display);
        else if ('displayFailure' in data) job.display.reject(errorOf(data.displayFailure));
        else {
          job.prepared.reject(errorOf(data.failure));
          job.display.reject(errorOf(data.failure));
        }
      };
      ready.onerror = () => {
        for (const job of waiting.values()) {
          job.prepared.reject(new ImageError('unreadable'));
          job.display.reject(new ImageError('unreadable'));
        }
        waiting.clear();
        worker?.terminate();
        worker = null;
      };
    }
    return ready;
  };
  const inWorker = (file: Blob, turn: QuarterTurn, byHand: boolean) => {
    const job: Job = { prepared: deferred(), display: deferred() };
    const ready = workerReady();
    nextId += 1;
    waiting.set(nextId, job);
    ready.postMessage({ id: nextId, file, turn, byHand });
    return { prepared: job.prepared.promise, display: job.display.promise };
  };
  return {
    warmUp() {
      if (!worker) workerReady().postMessage({ warmUp: true });
    },
    async load(url) {
      if (url.startsWith('data:')) return blobOfDataUrl(url);
      const response = await win.fetch(new URL(url, win.document.baseURI));
      if (!response.ok) throw new ImageError('unreadable');
      return response.blob();
    },
    async paint(dataUrl, canvas, signal) {
      const bitmap = await win.createImageBitmap(blobOfDataUrl(dataUrl));
      if (signal?.aborted) {
        bitmap.close(); // a newer picture is being drawn
        return;
      }
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      // The decoded picture handed to the canvas as it is, not drawn into it: drawn into a 2D
      // canvas, the page's main thread then copied every pixel out again to show it, 37–68 ms
      // a photo without a graphics processor (a long task each time a page was shown).
      const renderer = canvas.getContext('bitmaprenderer');
      if (renderer) {
        renderer.transferFromImageBitmap(bitmap); // the canvas now owns the bitmap
        return;
      }
      try {
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      } finally {
        bitmap.close();
      }
    },
    async prepare(file, turn: QuarterTurn = 0, options = {}): Promise<PreparedImage> {
      // One read for the kind of file and its declared size (each read of a Blob is a round trip).
      const header = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
      const sniffed = sniffImage(header.subarray(0, 64));
      if (sniffed.kind === 'empty') throw new ImageError('empty');
      if (sniffed.kind === 'heic') throw new ImageError('heic');
      if (sniffed.kind === 'pdf') throw new ImageError('pdf');
      if (sniffed.kind === 'other') throw new ImageError('not-an-image');
      // Refuse a picture too large to decode before decoding it, with its real size.
      const declared = readImageSize(header, sniffed.format);
      if (declared && declared.width * declared.height > MAX_PIXELS) {
        throw new ImageError('too-large', declared);
      }
      const started = performance.now();
      const job = inWorker(file, turn, options.byHand === true);
      // Not awaited when the reading is cancelled before its picture is shown.
      job.display.catch(() => {});
      const prepared = await job.prepared;
      // For bench/ocr-prepare-main-thread.ts: the whole round trip, and, in the worker, drawing
      // the photo at OCR size and the pipeline's own steps.
      performance.measure('image:prepare', { start: started, end: performance.now() });
      performance.measure('image:draw', { start: started, duration: prepared.drawMs });
      performance.measure('image:pipeline', { start: started, duration: prepared.pipelineMs });
      return {
        width: prepared.width,
        height: prepared.height,
        original: prepared.original,
        displayUrl: job.display.then(dataUrlOf),
        ocrImage: withStraightening(prepared.ocrImage, prepared.straightenedDegrees),
        turned: prepared.quarterTurn ? addQuarterTurn(turn, prepared.quarterTurn) : turn,
      };
    },
  };
}
