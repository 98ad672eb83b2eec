import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../src/engines/image/image-format';
import { readImageSize } from '../../src/engines/image/image-header';

function sizeOf(bytes: Uint8Array) {
  const sniffed = sniffImage(bytes);
  if (sniffed.kind !== 'image') throw new Error(`not an image: ${sniffed.kind}`);
  return readImageSize(bytes, sniffed.format);
}

function pngHeader(width: number, height: number): Uint8Array {
  // A real IHDR for a huge image: the file is tiny, the decode would not be.
  const png = new PNG({ width: 3, height: 2 });
  const bytes = new Uint8Array(PNG.sync.write(png));
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('image sizes read from file headers, before any decode', () => {
  it('reads a real PNG and a real JPEG written by encoders', () => {
    const png = new PNG({ width: 37, height: 21 });
    expect(sizeOf(new Uint8Array(PNG.sync.write(png)))).toEqual({ width: 37, height: 21 });
    const raw = { width: 45, height: 19, data: Buffer.alloc(45 * 19 * 4, 200) };
    expect(sizeOf(new Uint8Array(jpeg.encode(raw, 80).data))).toEqual({ width: 45, height: 19 });
  });

  it('finds a JPEG frame header after an EXIF block', () => {
    const raw = { width: 64, height: 48, data: Buffer.alloc(64 * 48 * 4, 90) };
    const plain = new Uint8Array(jpeg.encode(raw, 80).data);
    const exifBody = new Uint8Array(5000).fill(7);
    const app1 = new Uint8Array(4 + exifBody.length);
    app1.set([0xff, 0xe1, ((exifBody.length + 2) >> 8) & 0xff, (exifBody.length + 2) & 0xff]);
    app1.set(exifBody, 4);
    const withExif = new Uint8Array(plain.length + app1.length);
    withExif.set(plain.subarray(0, 2));
    withExif.set(app1, 2);
    withExif.set(plain.subarray(2), 2 + app1.length);
    expect(sizeOf(withExif)).toEqual({ width: 64, height: 48 });
  });

  it('reports the size a picture bomb claims (256 and 900 megapixels)', () => {
    expect(sizeOf(pngHeader(16_000, 16_000))).toEqual({ width: 16_000, height: 16_000 });
    expect(sizeOf(pngHeader(30_000, 30_000))).toEqual({ width: 30_000, height: 30_000 });
  });

  it('reads GIF, BMP and the three kinds of WebP', () => {
    const gif = new Uint8Array([...Buffer.from('GIF89a'), 0x2c, 0x01, 0x90, 0x00, 0, 0]);
    expect(sizeOf(gif)).toEqual({ width: 300, height: 144 });

    const bmp = new Uint8Array(54);
    bmp.set(Buffer.from('BM'));
    const bmpView = new DataView(bmp.buffer);
    bmpView.setInt32(18, 640, true);
    bmpView.setInt32(22, -480, true); // top-down rows
    expect(sizeOf(bmp)).toEqual({ width: 640, height: 480 });

    const webp = (chunk: string, fill: (view: DataView, bytes: Uint8Array) => void) => {
      const bytes = new Uint8Array(40);
      bytes.set(Buffer.from('RIFF'));
      bytes.set(Buffer.from('WEBP'), 8);
      bytes.set(Buffer.from(chunk), 12);
      fill(new DataView(bytes.buffer), bytes);
      return bytes;
    };
    const vp8x = webp('VP8X', (_, b) => {
      b.set([0x1f, 0x03, 0x00], 24); // 800 - 1
      b.set([0x57, 0x02, 0x00], 27); // 600 - 1
    });
    expect(sizeOf(vp8x)).toEqual({ width: 800, height: 600 });
    const vp8 = webp('VP8 ', (v) => {
      v.setUint16(26, 1024, true);
      v.setUint16(28, 768, true);
    });
    expect(sizeOf(vp8)).toEqual({ width: 1024, height: 768 });
    const vp8l = webp('VP8L', (v) => {
      v.setUint32(21, (200 - 1) | ((100 - 1) << 14), true);
    });
    expect(sizeOf(vp8l)).toEqual({ width: 200, height: 100 });
  });

  it('gives null for headers cut short, so the decoder decides', () => {
    expect(readImageSize(pngHeader(10, 10).subarray(0, 20), 'png')).toBeNull();
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'jpeg')).toBeNull();
    // A zlib stream is not a JPEG: the walk stops at the first non-marker.
    const junk = new Uint8Array([0xff, 0xd8, ...deflateSync(Buffer.alloc(100))]);
    expect(readImageSize(junk, 'jpeg')).toBeNull();
  });
});
