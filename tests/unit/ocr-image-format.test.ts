import { describe, expect, it } from 'vitest';
import {
  addQuarterTurn,
  decodeDataUrl,
  fitWithin,
  MAX_OCR_EDGE,
  rotatedSize,
  sniffImage,
} from '../../src/engines/image/image-format';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );

describe('what kind of file it is, from its first bytes', () => {
  it.each([
    ['a 0-byte file', new Uint8Array(), { kind: 'empty' }],
    ['PNG', bytes([0x89], 'PNG\r\n'), { kind: 'image', format: 'png' }],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), { kind: 'image', format: 'jpeg' }],
    ['GIF', bytes('GIF89a'), { kind: 'image', format: 'gif' }],
    ['BMP', bytes('BM', [0, 0, 0, 0]), { kind: 'image', format: 'bmp' }],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), { kind: 'image', format: 'webp' }],
    ['an iPhone HEIC photo', bytes([0, 0, 0, 24], 'ftypheic'), { kind: 'heic' }],
    ['a PDF', bytes('%PDF-1.7'), { kind: 'pdf' }],
    ['HTML pretending to be a picture', bytes('<script>alert(1)</script>'), { kind: 'other' }],
    ['a text file', bytes('hello'), { kind: 'other' }],
  ])('%s', (_name, input, expected) => {
    expect(sniffImage(input)).toEqual(expected);
  });
});

describe('shrinking for OCR', () => {
  it.each([
    [
      { width: 1000, height: 1400 },
      { width: 1000, height: 1400, scale: 1 },
    ],
    [
      { width: 4032, height: 3024 },
      { width: 2500, height: 1875, scale: 2500 / 4032 },
    ],
    [
      { width: 3024, height: 4032 },
      { width: 1875, height: 2500, scale: 2500 / 4032 },
    ],
    [
      { width: 8660, height: 5774 },
      { width: 2500, height: 1667, scale: 2500 / 8660 },
    ], // 50 MP
    [
      { width: 2500, height: 10 },
      { width: 2500, height: 10, scale: 1 },
    ],
    [
      { width: 1, height: 1 },
      { width: 1, height: 1, scale: 1 },
    ],
  ])('%j fits in %j', (size, expected) => {
    const fitted = fitWithin(size);
    expect(fitted).toEqual(expected);
    expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(MAX_OCR_EDGE);
  });

  it('never makes a side zero', () => {
    expect(fitWithin({ width: 100_000, height: 2 })).toMatchObject({ width: 2500, height: 1 });
  });
});

describe('quarter turns', () => {
  it.each([
    [0, 90, 90],
    [270, 90, 0],
    [0, -90, 270],
    [90, -90, 0],
  ] as const)('%i turned by %i is %i', (current, by, expected) => {
    expect(addQuarterTurn(current, by)).toBe(expected);
  });

  it('swaps width and height for a quarter turn only', () => {
    expect(rotatedSize({ width: 4, height: 3 }, 90)).toEqual({ width: 3, height: 4 });
    expect(rotatedSize({ width: 4, height: 3 }, 180)).toEqual({ width: 4, height: 3 });
  });
});

describe('a kept picture, from its data: URL', () => {
  it('decodes the bytes and type of a base64 data: URL', () => {
    const decoded = decodeDataUrl('data:image/gif;page=2;base64,R0lGODlh');
    expect(decoded?.type).toBe('image/gif');
    expect([...(decoded?.bytes ?? [])]).toEqual([...bytes('GIF89a')]);
  });

  it.each([
    ['not a data: URL', 'samples/clean-worksheet.png'],
    ['not base64', 'data:text/plain,hello'],
    ['damaged base64', 'data:image/jpeg;base64,@@@'],
  ])('gives null for %s', (_, url) => {
    expect(decodeDataUrl(url)).toBeNull();
  });
});
