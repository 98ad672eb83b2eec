import { describe, expect, it } from 'vitest';
import {
  achromatopsiaMatrix,
  type CvdType,
  cvdMatrix,
  linearToSrgb,
  type Matrix3,
  simulateHex,
  srgbToLinear,
  toFeColorMatrix,
} from '../../src/features/vision/colour-matrices';

/**
 * Values typed in from the table published with Machado, Oliveira and
 * Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency" (IEEE TVCG 15(6)), for severities 0.5 and 1.0.
 */
const PUBLISHED: Record<CvdType, Record<'0.5' | '1.0', Matrix3>> = {
  protan: {
    '0.5': [
      0.458064, 0.679578, -0.137642, 0.092785, 0.846313, 0.060902, -0.007494, -0.016807, 1.024301,
    ],
    '1.0': [
      0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
    ],
  },
  deutan: {
    '0.5': [
      0.547494, 0.607765, -0.155259, 0.181692, 0.781742, 0.036566, -0.01041, 0.027275, 0.983136,
    ],
    '1.0': [
      0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
    ],
  },
  tritan: {
    '0.5': [
      1.017277, 0.027029, -0.044306, -0.006113, 0.958479, 0.047634, 0.006379, 0.248708, 0.744913,
    ],
    '1.0': [
      1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
    ],
  },
};

const IDENTITY = [1, 0, 0, 0, 1, 0, 0, 0, 1];

function expectClose(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(9);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i] as number, 6);
  });
}

describe('Machado et al. (2009) colour-vision matrices', () => {
  it.each(['protan', 'deutan', 'tritan'] as const)('%s: severity 0.0 is the identity', (type) => {
    expectClose(cvdMatrix(type, 0), IDENTITY);
  });

  it.each([
    ['protan', '0.5'],
    ['protan', '1.0'],
    ['deutan', '0.5'],
    ['deutan', '1.0'],
    ['tritan', '0.5'],
    ['tritan', '1.0'],
  ] as const)('%s at severity %s matches the published matrix', (type, severity) => {
    expectClose(cvdMatrix(type, Number(severity)), PUBLISHED[type][severity]);
  });

  it('interpolates linearly between the published tenths', () => {
    const half = cvdMatrix('deutan', 0.55);
    const a = cvdMatrix('deutan', 0.5);
    const b = cvdMatrix('deutan', 0.6);
    half.forEach((value, i) => {
      expect(value).toBeCloseTo(((a[i] as number) + (b[i] as number)) / 2, 9);
    });
    expect(cvdMatrix('protan', 1.7)).toEqual(cvdMatrix('protan', 1));
    expect(cvdMatrix('protan', -1)).toEqual(cvdMatrix('protan', 0));
  });

  it('keeps white white and black black (every row sums to 1)', () => {
    for (const type of ['protan', 'deutan', 'tritan'] as const) {
      for (let s = 0; s <= 1; s += 0.1) {
        const m = cvdMatrix(type, s);
        for (const row of [0, 3, 6]) {
          expect((m[row] as number) + (m[row + 1] as number) + (m[row + 2] as number)).toBeCloseTo(
            1,
            4,
          );
        }
      }
    }
  });

  it('makes the worksheet red and green nearly the same for deuteranopia, but not for normal sight', () => {
    const distance = (a: string, b: string) => {
      const channels = (hex: string) =>
        [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const [x, y] = [channels(a), channels(b)];
      return Math.hypot(...x.map((v, i) => v - (y[i] as number)));
    };
    const red = '#d62839';
    const green = '#3a9a3f';
    expect(distance(red, green)).toBeGreaterThan(150);
    const deutan = cvdMatrix('deutan', 1);
    expect(distance(simulateHex(red, deutan), simulateHex(green, deutan))).toBeLessThan(30);
    expect(simulateHex(red, cvdMatrix('deutan', 0))).toBe(red);
  });

  it('achromatopsia gives the Rec. 709 luminance in every channel', () => {
    expectClose(
      achromatopsiaMatrix(1),
      [0.2126, 0.7152, 0.0722, 0.2126, 0.7152, 0.0722, 0.2126, 0.7152, 0.0722],
    );
    expectClose(achromatopsiaMatrix(0), IDENTITY);
  });

  it('round-trips the sRGB transfer function and writes a 4×5 feColorMatrix', () => {
    for (const v of [0, 0.01, 0.04045, 0.2, 0.5, 1])
      expect(linearToSrgb(srgbToLinear(v))).toBeCloseTo(v, 6);
    const values = toFeColorMatrix(cvdMatrix('protan', 1)).split(/\s+/).map(Number);
    expect(values).toHaveLength(20);
    expect(values.slice(0, 5)).toEqual([0.152286, 1.052583, -0.204868, 0, 0]);
    expect(values.slice(15)).toEqual([0, 0, 0, 1, 0]);
  });
});
