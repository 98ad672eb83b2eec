import { describe, expect, it } from 'vitest';
import {
  correctMsPerUnit,
  DEFAULT_MS_PER_UNIT,
  estimateDuration,
  estimateWordTimes,
  weightedUnits,
  wordAtTime,
} from '../../src/engines/synthesis/timing';

describe('estimated word timing', () => {
  it.each([
    ['abc', 3],
    ['a, b', 4 + 3],
    ['End.', 4 + 6],
    ['a\nb', 3 + 4],
    ['', 0],
  ])('weights %j as %i characters', (text, units) => {
    expect(weightedUnits(text)).toBe(units);
  });

  it('starts the first word at 0 and spreads the rest over the characters before them', () => {
    const text = 'The cat sat.';
    expect(estimateWordTimes(text, [0, 4, 8], 1, 10)).toEqual([0, 40, 80]);
  });

  it.each([
    [0.5, [0, 80, 160]],
    [2, [0, 20, 40]],
  ])('scales with the rate (%f)', (rate, expected) => {
    expect(estimateWordTimes('The cat sat.', [0, 4, 8], rate, 10)).toEqual(expected);
  });

  it('leaves a longer gap after punctuation', () => {
    const [, afterComma = 0] = estimateWordTimes('Yes, no', [0, 5], 1, 10);
    const [, plain = 0] = estimateWordTimes('Yes  no', [0, 5], 1, 10);
    expect(afterComma).toBeGreaterThan(plain);
  });

  it('estimates a whole chunk as the sum of its weighted characters', () => {
    expect(estimateDuration('abc.', 1, 10)).toBe(100);
    expect(estimateDuration('abc.', 2, 10)).toBe(50);
  });

  const text = 'This sentence is long enough to measure a voice by.';
  it.each([
    [
      'a slower voice slows the estimate',
      2 * estimateDuration(text, 1),
      (v: number) => v > DEFAULT_MS_PER_UNIT,
    ],
    [
      'a faster voice speeds it up',
      estimateDuration(text, 1) / 2,
      (v: number) => v < DEFAULT_MS_PER_UNIT,
    ],
    [
      'an exact match keeps it',
      estimateDuration(text, 1),
      (v: number) => Math.abs(v - DEFAULT_MS_PER_UNIT) < 0.5,
    ],
    ['a silly measure is clamped', 1_000_000, (v: number) => v <= DEFAULT_MS_PER_UNIT * 2.5],
  ])('correction at a chunk end: %s', (_name, measured, holds) => {
    expect(holds(correctMsPerUnit(DEFAULT_MS_PER_UNIT, measured, text, 1))).toBe(true);
  });

  it('does not correct from a chunk too short to measure, or no measure', () => {
    expect(correctMsPerUnit(50, 9000, 'Hi.', 1)).toBe(50);
    expect(correctMsPerUnit(50, 0, text, 1)).toBe(50);
  });

  it.each([
    [-1, -1],
    [0, 0],
    [39, 0],
    [40, 1],
    [500, 2],
  ])('at %i ms the word being said is %i', (elapsed, expected) => {
    expect(wordAtTime([0, 40, 80], elapsed)).toBe(expected);
  });
});
