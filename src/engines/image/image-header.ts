import type { ImageFormat, Size } from './image-format';

/**
 * Width and height from an image file's own header, read before anything is
 * decoded, so a "picture bomb" (a 279 KB PNG that decodes to 256 megapixels)
 * is refused with its real size instead of being decoded first. Pure: bytes in,
 * size out; null when the header is cut short or malformed (the browser's
 * decoder then has the last word).
 */
export function readImageSize(bytes: Uint8Array, format: ImageFormat): Size | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (end: number) => bytes.length >= end;
  switch (format) {
    case 'png':
      // Signature (8), IHDR length (4) and type (4), then width and height, big-endian.
      return has(24) ? sized(view.getUint32(16), view.getUint32(20)) : null;
    case 'gif':
      return has(10) ? sized(view.getUint16(6, true), view.getUint16(8, true)) : null;
    case 'bmp':
      // BITMAPINFOHEADER: a negative height means rows stored top-down.
      return has(26)
        ? sized(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)))
        : null;
    case 'webp':
      return webpSize(bytes, view);
    case 'jpeg':
      return jpegSize(bytes, view);
  }
}

function sized(width: number, height: number): Size | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

function webpSize(bytes: Uint8Array, view: DataView): Size | null {
  if (bytes.length < 30) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X') {
    // Canvas width and height minus one, 24-bit little-endian.
    const w = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const h = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return sized(w, h);
  }
  if (chunk === 'VP8 ') {
    // Lossy: after the 3-byte frame tag and the start code 9d 01 2a, 14-bit sizes.
    return sized(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2f, then 14 bits of width-1 and 14 bits of height-1.
    const bits = view.getUint32(21, true);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return null;
}

/** Walks the JPEG markers to the frame header (SOFn), which holds the size. */
function jpegSize(bytes: Uint8Array, view: DataView): Size | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    // SOF0–SOF15, except DHT (c4), JPG (c8) and DAC (cc), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized(view.getUint16(at + 7), view.getUint16(at + 5));
    }
    if (marker === 0xda || length < 2) return null; // image data before any frame header
    at += 2 + length;
  }
  return null;
}

/** Bytes to read from the start of a file to find its size: JPEG's EXIF block (with a thumbnail) can be long. */
export const HEADER_BYTES = 256 * 1024;
