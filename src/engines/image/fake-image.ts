import { type ImageEngine, ImageError, type PreparedImage } from './image-engine';
import { rotatedSize, sniffImage } from './image-format';

/** A 1×1 white GIF, so the photo view has something to show in jsdom; `page` tells them apart. */
const whitePixel = (page: number) =>
  `data:image/gif;page=${page};base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==`;

/**
 * For jsdom, which cannot decode images: sniffs the bytes exactly as the real
 * engine does (so the bad-input messages are tested), then returns a page of
 * the given size without looking at the pixels.
 */
export function createFakeImage(size = { width: 1000, height: 1400 }): ImageEngine & {
  prepared: number;
  loaded: string[];
  /** The picture each canvas was last painted with (jsdom has no canvas drawing). */
  painted: WeakMap<HTMLCanvasElement, string>;
} {
  const engine = {
    prepared: 0,
    loaded: [] as string[],
    painted: new WeakMap<HTMLCanvasElement, string>(),
    async paint(dataUrl: string, canvas: HTMLCanvasElement) {
      engine.painted.set(canvas, dataUrl);
    },
    async load(url: string): Promise<Blob> {
      engine.loaded.push(url);
      // A PNG signature is all the fake's sniffing needs.
      return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]);
    },
    async prepare(file: Blob, turn: 0 | 90 | 180 | 270 = 0): Promise<PreparedImage> {
      const bytes = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      const sniffed = sniffImage(bytes);
      if (sniffed.kind === 'empty') throw new ImageError('empty');
      if (sniffed.kind === 'heic') throw new ImageError('heic');
      if (sniffed.kind === 'pdf') throw new ImageError('pdf');
      if (sniffed.kind === 'other') throw new ImageError('not-an-image');
      engine.prepared += 1;
      return {
        ...rotatedSize(size, turn),
        original: size,
        displayUrl: whitePixel(engine.prepared),
        ocrImage: file,
      };
    },
  };
  return engine;
}
