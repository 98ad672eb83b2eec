import { type ImageEngine, ImageError, type PreparedImage } from './image-engine';
import {
  decodeDataUrl,
  fitWithin,
  MAX_PIXELS,
  MIN_EDGE,
  type QuarterTurn,
  rotatedSize,
  sniffImage,
} from './image-format';
import { HEADER_BYTES, readImageSize } from './image-header';
import { greyToRgba, preprocess } from './preprocess';

function canvasOf(win: Window, width: number, height: number): HTMLCanvasElement {
  const canvas = win.document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new ImageError('unreadable'))),
      type,
      quality,
    ),
  );
}

function blobOfDataUrl(url: string): Blob {
  const decoded = decodeDataUrl(url);
  if (!decoded) throw new ImageError('unreadable');
  return new Blob([decoded.bytes as Uint8Array<ArrayBuffer>], { type: decoded.type });
}

/**
 * Images through the browser's own decoders: `createImageBitmap` with
 * `imageOrientation: 'from-image'` applies the EXIF orientation of phone
 * photos; drawing onto a canvas and re-encoding leaves every piece of
 * metadata (camera, time, GPS location) behind.
 */
export function createBrowserImage(win: Window = window): ImageEngine {
  return {
    async load(url) {
      if (url.startsWith('data:')) return blobOfDataUrl(url);
      const response = await win.fetch(new URL(url, win.document.baseURI));
      if (!response.ok) throw new ImageError('unreadable');
      return response.blob();
    },
    async paint(dataUrl, canvas, signal) {
      const bitmap = await win.createImageBitmap(blobOfDataUrl(dataUrl));
      try {
        if (signal?.aborted) return; // a newer picture is being drawn
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      } finally {
        bitmap.close();
      }
    },
    async prepare(file, turn: QuarterTurn = 0): Promise<PreparedImage> {
      const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      const sniffed = sniffImage(head);
      if (sniffed.kind === 'empty') throw new ImageError('empty');
      if (sniffed.kind === 'heic') throw new ImageError('heic');
      if (sniffed.kind === 'pdf') throw new ImageError('pdf');
      if (sniffed.kind === 'other') throw new ImageError('not-an-image');
      // Refuse a picture too large to decode before decoding it, with its real size.
      const declared = readImageSize(
        new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()),
        sniffed.format,
      );
      if (declared && declared.width * declared.height > MAX_PIXELS) {
        throw new ImageError('too-large', declared);
      }

      let bitmap: ImageBitmap;
      try {
        bitmap = await win.createImageBitmap(file, { imageOrientation: 'from-image' });
      } catch {
        throw new ImageError('unreadable');
      }
      let canvas: HTMLCanvasElement | null = null;
      try {
        const original = { width: bitmap.width, height: bitmap.height };
        if (original.width < MIN_EDGE || original.height < MIN_EDGE) {
          throw new ImageError('too-small', original);
        }
        if (original.width * original.height > MAX_PIXELS) {
          throw new ImageError('too-large', original);
        }
        const drawn = fitWithin(original);
        const { width, height } = rotatedSize(drawn, turn);
        canvas = canvasOf(win, width, height);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new ImageError('unreadable');
        context.fillStyle = '#ffffff'; // transparent PNGs: ink on white, not on black
        context.fillRect(0, 0, width, height);
        context.imageSmoothingQuality = 'high';
        context.translate(width / 2, height / 2);
        context.rotate((turn * Math.PI) / 180);
        context.drawImage(bitmap, -drawn.width / 2, -drawn.height / 2, drawn.width, drawn.height);
        context.setTransform(1, 0, 0, 1, 0, 0);
        const displayUrl = canvas.toDataURL('image/jpeg', 0.9);

        const grey = greyToRgba(preprocess(context.getImageData(0, 0, width, height)));
        context.putImageData(
          new ImageData(new Uint8ClampedArray(grey.data), grey.width, grey.height),
          0,
          0,
        );
        const ocrImage = await toBlob(canvas, 'image/png');
        return { width, height, original, displayUrl, ocrImage };
      } finally {
        bitmap.close();
        // A page-sized canvas holds tens of megabytes outside the JavaScript heap,
        // where the garbage collector does not see it: give it back now.
        if (canvas) canvas.width = canvas.height = 0;
      }
    },
  };
}
