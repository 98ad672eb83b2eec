import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/domain/text/count-words';

describe('countWords: runs of non-space holding a letter or digit', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['hello', 1],
    ['  the cat sat  ', 3],
    ['line one\nline two\n\nline three', 6],
    ['Stop . after a space', 4],
    ['A dash — between words', 4],
    ['... ! ?', 0],
    ["Don't stop, Year-6!", 3],
    ['42 is the answer', 4],
    ['Élodie a mangé', 3],
    ['数学 and maths', 3],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
