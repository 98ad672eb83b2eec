import {
  type ImageEngine,
  ImageError,
  type PreparedImage,
  type PrepareOptions,
} from './image-engine';
import { addQuarterTurn, type QuarterTurn, rotatedSize, sniffImage } from './image-format';

/** A 1×1 white GIF, so the photo view has something to show in jsdom; `page` tells them apart. */
const whitePixel = (page: number) =>
  `data:image/gif;page=${page};base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==`;

/**
 * For jsdom, which cannot decode images: sniffs the bytes exactly as the real
 * engine does (so the bad-input messages are tested), then returns a page of
 * the given size without looking at the pixels. With `linesRunVertically`
 * it acts out a page on its side: the pipeline adds a quarter turn of its
 * own, except to a turn the person chose by hand (as the real one does).
 */
export function createFakeImage(
  size = { width: 1000, height: 1400 },
  { linesRunVertically = false } = {},
): ImageEngine & {
  prepared: number;
  /** Each prepare's turn, and whether the person chose it. */
  turns: { turn: QuarterTurn; byHand: boolean }[];
  loaded: string[];
  /** The picture each canvas was last painted with (jsdom has no canvas drawing). */
  painted: WeakMap<HTMLCanvasElement, string>;
  warmUps: number;
} {
  const engine = {
    prepared: 0,
    warmUps: 0,
    warmUp() {
      engine.warmUps += 1;
    },
    turns: [] as { turn: QuarterTurn; byHand: boolean }[],
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
    async prepare(
      file: Blob,
      turn: QuarterTurn = 0,
      options: PrepareOptions = {},
    ): Promise<PreparedImage> {
      const bytes = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      const sniffed = sniffImage(bytes);
      if (sniffed.kind === 'empty') throw new ImageError('empty');
      if (sniffed.kind === 'heic') throw new ImageError('heic');
      if (sniffed.kind === 'pdf') throw new ImageError('pdf');
      if (sniffed.kind === 'other') throw new ImageError('not-an-image');
      engine.prepared += 1;
      const byHand = options.byHand === true;
      engine.turns.push({ turn, byHand });
      const turned = linesRunVertically && !byHand ? addQuarterTurn(turn, 90) : turn;
      return {
        ...rotatedSize(size, turned),
        turned,
        original: size,
        displayUrl: Promise.resolve(whitePixel(engine.prepared)),
        ocrImage: file,
      };
    },
  };
  return engine;
}
