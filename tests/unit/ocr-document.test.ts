import { describe, expect, it } from 'vitest';
import { wordsFromText } from '../../src/engines/ocr/fake-ocr';
import type { OcrWord } from '../../src/engines/ocr/ocr-engine';
import {
  alignTokens,
  betterReading,
  boxForRange,
  dropNoise,
  layoutWords,
  looksUpsideDown,
  summarise,
  tokenAt,
  tokenise,
  wordsToCheck,
} from '../../src/features/read-aloud/ocr-document';

const PAGE = 'The Water Cycle\n\nThe Sun warms water.\nIt turns into vapour.';
const confidences: Record<string, number> = { warms: 42, vapour: 61 };
const words = wordsFromText(PAGE, (word) => confidences[word.replace(/\W/g, '')] ?? 95);

describe('OCR words as text', () => {
  it("lays words out with spaces and blank lines between paragraphs, joining a paragraph's lines", () => {
    // The fake lays both lines out the same width, so they run on (tests/unit/ocr-layout.test.ts).
    expect(layoutWords(words)).toBe(PAGE.replace('water.\n', 'water. '));
  });

  it.each([
    ['', []],
    ['one', [{ start: 0, end: 3, text: 'one' }]],
    [
      '  two  words ',
      [
        { start: 2, end: 5, text: 'two' },
        { start: 7, end: 12, text: 'words' },
      ],
    ],
  ])('tokenises %j with character offsets', (text, expected) => {
    expect(tokenise(text)).toEqual(expected);
  });

  it.each([
    [0, 0],
    [2, 0],
    [3, -1], // the space after "The"
    [4, 1],
    [14, 2],
    [99, -1],
  ])('finds the token at offset %i: %i', (offset, expected) => {
    expect(tokenAt(tokenise('The Water Cycle'), offset)).toBe(expected);
  });
});

describe('character offsets → OCR words → boxes', () => {
  it('aligns an unedited text word for word', () => {
    expect(alignTokens(tokenise(PAGE), words)).toEqual(words.map((_, i) => i));
  });

  it.each([
    [
      'a corrected word has no OCR word, the rest still align',
      PAGE.replace('warms', 'heats'),
      5,
      -1,
      6,
      6,
    ],
    ['an inserted word shifts nothing', PAGE.replace('The Sun', 'The hot Sun'), 4, -1, 5, 4],
    ['a deleted word is skipped over', PAGE.replace('Water ', ''), 1, 2, 2, 3],
    ['punctuation and case do not matter', PAGE.replace('water.', 'Water'), 7, 7, 8, 8],
  ])('%s', (_name, text, tokenIndex, expectedWord, nextToken, expectedNext) => {
    const alignment = alignTokens(tokenise(text), words);
    expect(alignment[tokenIndex]).toBe(expectedWord);
    expect(alignment[nextToken]).toBe(expectedNext);
  });

  it('gives the box of the word whose range is being spoken', () => {
    const start = PAGE.indexOf('warms');
    expect(boxForRange(PAGE, words, { start, end: start + 5 })).toEqual(words[5]?.box);
    expect(boxForRange(PAGE, words, null)).toBeNull();
  });

  it('gives no box for a word the person typed in', () => {
    const text = PAGE.replace('warms', 'heats');
    const start = text.indexOf('heats');
    expect(boxForRange(text, words, { start, end: start + 5 })).toBeNull();
  });
});

describe('words to check', () => {
  it('lists the words below the threshold with their offsets', () => {
    expect(wordsToCheck(PAGE, words).map((w) => [w.text, w.start, w.confidence])).toEqual([
      ['warms', PAGE.indexOf('warms'), 42],
      ['vapour.', PAGE.indexOf('vapour'), 61],
    ]);
  });

  it('stops listing a word once the person has corrected it', () => {
    expect(wordsToCheck(PAGE.replace('warms', 'heats'), words).map((w) => w.text)).toEqual([
      'vapour.',
    ]);
  });

  it('summarises words, words to check and mean confidence', () => {
    expect(summarise(words)).toEqual({ words: 11, lowConfidenceWords: 2, meanConfidence: 87 });
    expect(summarise([])).toEqual({ words: 0, lowConfidenceWords: 0, meanConfidence: 0 });
  });
});

describe('noise from shadows', () => {
  const word = (text: string, confidence: number, breakAfter: OcrWord['breakAfter']): OcrWord => ({
    text,
    confidence,
    breakAfter,
    box: { x0: 0, y0: 0, x1: 1, y1: 1 },
  });

  it('drops near-zero-confidence words but keeps the line breaks they carried', () => {
    const kept = dropNoise([
      word('again.', 93, 'space'),
      word('Saas', 2, 'line'),
      word('Where', 95, 'space'),
      word('Ea', 7, 'space'),
    ]);
    expect(kept.map((w) => [w.text, w.breakAfter])).toEqual([
      ['again.', 'line'],
      ['Where', 'space'],
    ]);
  });

  it('keeps a blurred real word tesseract was unsure of (12), for the reader to check', () => {
    const kept = dropNoise([
      word('grows', 91, 'space'),
      word('wider', 88, 'space'),
      word('towards', 12, 'space'),
      word('the', 93, 'space'),
      word('Ea', 7, 'line'),
    ]);
    expect(kept.map((w) => w.text)).toEqual(['grows', 'wider', 'towards', 'the']);
    expect(kept.at(-1)?.breakAfter).toBe('line');
  });

  it('drops a bullet misread as «, + or ® at the start of a list item, not a sum or a real bullet', () => {
    const kept = dropNoise([
      word('«', 73, 'space'),
      word('Venus', 96, 'line'),
      word('+', 41, 'space'),
      word('Jupiter', 95, 'line'),
      word('®', 51, 'space'),
      word('some', 95, 'line'),
      word('•', 90, 'space'),
      word('water', 95, 'line'),
      word('+', 90, 'space'),
      word('5', 95, 'line'),
      word('3', 95, 'space'),
      word('+', 90, 'space'),
      word('four', 95, 'line'),
    ]);
    expect(kept.map((w) => w.text).join(' ')).toBe('Venus Jupiter some • water + 5 3 + four');
  });
});

describe('a page the wrong way up', () => {
  // Readings of the shipped samples by tesseract.js, turned each quarter turn (2026-11-30).
  const upright = [
    { words: 117, lowConfidenceWords: 0, meanConfidence: 96 }, // clean page
    { words: 113, lowConfidenceWords: 6, meanConfidence: 94 }, // phone photo
    { words: 95, lowConfidenceWords: 3, meanConfidence: 94 }, // phone photo, a quarter clockwise
    { words: 40, lowConfidenceWords: 0, meanConfidence: 96 }, // table
  ];
  const wrongWayUp = [
    { words: 77, lowConfidenceWords: 56, meanConfidence: 57 }, // clean page upside down
    { words: 56, lowConfidenceWords: 45, meanConfidence: 56 }, // phone photo, a quarter anticlockwise
    { words: 11, lowConfidenceWords: 8, meanConfidence: 54 }, // table upside down
    { words: 43, lowConfidenceWords: 27, meanConfidence: 62 }, // two columns upside down
  ];

  it.each(upright)('reads %o as the right way up', (summary) => {
    expect(looksUpsideDown(summary)).toBe(false);
  });

  it.each(wrongWayUp)('reads %o as the wrong way up', (summary) => {
    expect(looksUpsideDown(summary)).toBe(true);
  });

  it('does not call an empty page upside down, nor a page with a few doubtful words', () => {
    expect(looksUpsideDown({ words: 0, lowConfidenceWords: 0, meanConfidence: 0 })).toBe(false);
    expect(looksUpsideDown(summarise(words))).toBe(false);
  });

  it('keeps the more confident reading, then the longer one', () => {
    expect(betterReading(wrongWayUp[0]!, upright[0]!)).toBe('b');
    expect(betterReading(upright[0]!, wrongWayUp[0]!)).toBe('a');
    const same = { words: 10, lowConfidenceWords: 0, meanConfidence: 90 };
    expect(betterReading(same, { ...same, words: 12 })).toBe('b');
    expect(betterReading(same, same)).toBe('a');
  });
});
