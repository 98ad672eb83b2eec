/**
 * What kind of file a person gave us, from its first bytes (never from the
 * name or the browser's guess, both of which lie), and plain arithmetic on
 * image sizes. Pure: no DOM.
 */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp';
export type Sniffed =
  | { kind: 'image'; format: ImageFormat }
  | { kind: 'heic' }
  | { kind: 'pdf' }
  | { kind: 'empty' }
  | { kind: 'other' };

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

export function sniffImage(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return { kind: 'image', format: 'png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { kind: 'image', format: 'jpeg' };
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'image', format: 'gif' };
  if (ascii(bytes, 0, 2) === 'BM') return { kind: 'image', format: 'bmp' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { kind: 'image', format: 'webp' };
  }
  if (ascii(bytes, 0, 4) === '%PDF') return { kind: 'pdf' };
  if (
    ascii(bytes, 4, 4) === 'ftyp' &&
    /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(bytes, 8, 4))
  ) {
    return { kind: 'heic' };
  }
  return { kind: 'other' };
}

/** Long edge the OCR works on: enough for 10-point print on an A4 photo; WebAssembly memory only grows. */
export const MAX_OCR_EDGE = 2500;
/** Below this on either side there cannot be a readable line of text. */
export const MIN_EDGE = 16;
/** Above this the decode alone could exhaust a school laptop's memory (4 bytes a pixel). */
export const MAX_PIXELS = 120_000_000;

export interface Size {
  width: number;
  height: number;
}

/** The size to draw at so the long edge is at most `maxEdge`, keeping the shape; never enlarges. */
export function fitWithin(
  { width, height }: Size,
  maxEdge = MAX_OCR_EDGE,
): Size & { scale: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  };
}

export type QuarterTurn = 0 | 90 | 180 | 270;

/** A quarter-turn rotation added to the current one, normalised to 0–270. */
export function addQuarterTurn(current: QuarterTurn, by: -90 | 90): QuarterTurn {
  return ((((current + by) % 360) + 360) % 360) as QuarterTurn;
}

/** The size of an image after a quarter-turn rotation. */
export function rotatedSize({ width, height }: Size, turn: QuarterTurn): Size {
  return turn === 90 || turn === 270 ? { width: height, height: width } : { width, height };
}

/** The bytes and type of a base64 data: URL, or null if it is not one. */
export function decodeDataUrl(url: string): { type: string; bytes: Uint8Array } | null {
  const match = /^data:([^;,]*)(?:;[^;,]*)*;base64,/.exec(url);
  if (!match) return null;
  let binary: string;
  try {
    binary = atob(url.slice(match[0].length));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return { type: match[1] || 'application/octet-stream', bytes };
}
