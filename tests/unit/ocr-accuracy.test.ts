import { describe, expect, it } from 'vitest';
import {
  characterErrorRate,
  editDistance,
  normaliseForComparison,
} from '../../src/features/read-aloud/ocr-accuracy';

describe('character error rate', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['flaw', 'lawn', 2],
  ])('edit distance %j → %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('counts line breaks and spaces as one space, and curly quotes as straight', () => {
    expect(normaliseForComparison(' Hadrian’s\n\nwall  “here” ')).toBe('Hadrian\'s wall "here"');
    expect(characterErrorRate('The Water\nCycle', 'The Water Cycle')).toBe(0);
  });

  it.each([
    ['water tums into', 'water turns into', 2 / 16],
    ['', 'abcd', 1],
    ['abcd', '', 1],
  ])('CER of %j against %j', (recognised, known, expected) => {
    expect(characterErrorRate(recognised, known)).toBeCloseTo(expected, 6);
  });
});
