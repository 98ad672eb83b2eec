import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawSymbol, shippedSymbols } from '../../build/symbols-assets-plugin';
import {
  BOARD_SIZES,
  keyOf,
  layoutPage,
  pageKeysAt,
  parseKey,
  pinnedWords,
  wordsOf,
} from '../../src/features/symbols/board-layout';
import {
  addWord,
  clearMessage,
  deleteLastWord,
  MAX_MESSAGE_WORDS,
  messageText,
} from '../../src/features/symbols/message';
import { searchSymbols } from '../../src/features/symbols/symbol-search';
import {
  CELL_PICTURE_PX,
  CORE_WORDS,
  cellPictureUrl,
  symbolUrl,
  TIMETABLE_EXTRAS,
  TOPICS,
  usedHexcodes,
} from '../../src/features/symbols/vocabulary';

const openmoji = JSON.parse(readFileSync('node_modules/openmoji/data/openmoji.json', 'utf8'));
const FIRST_WORDS = [
  'I',
  'you',
  'want',
  'more',
  'stop',
  'help',
  'go',
  'like',
  'not',
  'finished',
  'yes',
  'no',
  'what',
  'where',
];

describe('symbol board vocabulary', () => {
  it('has at least 36 core words, including the first words children use', () => {
    expect(CORE_WORDS.length).toBeGreaterThanOrEqual(36);
    const words = CORE_WORDS.map((item) => item.word);
    for (const word of FIRST_WORDS) expect(words).toContain(word);
  });

  it('names every word once, and no word is also a folder name', () => {
    const words = [...CORE_WORDS, ...TOPICS.flatMap((t) => t.words), ...TIMETABLE_EXTRAS].map((w) =>
      w.word.toLowerCase(),
    );
    expect(new Set(words).size).toBe(words.length);
    for (const topic of TOPICS) expect(words).not.toContain(topic.label.toLowerCase());
  });

  it('has the five topic pages the issue asks for', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([
      'food',
      'feelings',
      'classroom',
      'playground',
      'personal-care',
    ]);
  });

  it('ships every symbol it uses and fails loudly on one OpenMoji lacks', () => {
    const shipped = new Set(shippedSymbols(openmoji, usedHexcodes()).map((s) => s.hex));
    for (const hex of usedHexcodes()) expect(shipped.has(hex)).toBe(true);
    expect(() => shippedSymbols(openmoji, ['NOT-A-HEX'])).toThrow(
      /OpenMoji has no symbol NOT-A-HEX/,
    );
  });

  it("draws the board's own symbols as PNGs for its cells; a symbol outside them keeps its SVG", () => {
    const want = CORE_WORDS.find((item) => item.word === 'want')?.hex as string;
    expect(cellPictureUrl(want)).toBe(`symbols/${want}.png`);
    const searchOnly = shippedSymbols(openmoji, usedHexcodes()).find(
      (symbol) => !usedHexcodes().includes(symbol.hex),
    )?.hex as string;
    expect(cellPictureUrl(searchOnly)).toBe(symbolUrl(searchOnly));
    const png = drawSymbol(readFileSync(`node_modules/openmoji/color/svg/${want}.svg`));
    // A PNG signature, then the IHDR chunk's width and height (square symbols).
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CELL_PICTURE_PX);
    expect(png.readUInt32BE(20)).toBe(CELL_PICTURE_PX);
  });

  it('ships a search set far smaller than the whole of OpenMoji, with no skin-tone variants', () => {
    const shipped = shippedSymbols(openmoji, usedHexcodes());
    expect(shipped.length).toBeLessThan(1000);
    expect(shipped.some((s) => s.hex.includes('1F3FB'))).toBe(false);
  });
});

describe('board layout keeps every word in its place', () => {
  it.each(BOARD_SIZES)('at %i × %i the first row is the same on every page', (size) => {
    const pages = [CORE_WORDS, ...TOPICS.map((t) => t.words)].flatMap((words) => {
      const first = layoutPage(words, size);
      return Array.from({ length: first.pageCount }, (_, i) => layoutPage(words, size, i));
    });
    for (const page of pages) {
      expect(page.cells).toHaveLength(size * size);
      expect(page.cells.slice(0, size)).toEqual(pinnedWords(size));
    }
  });

  it.each(BOARD_SIZES)('at %i × %i a word keeps its cell whatever else is on the page', (size) => {
    const food = TOPICS[0]?.words ?? [];
    const before = layoutPage(food, size).cells.map((c) => c?.word);
    const more = layoutPage(
      [...food, { word: 'extra', hex: '1F34F', pos: 'little' }],
      size,
    ).cells.map((c) => c?.word);
    before.forEach((word, i) => {
      if (word) expect(more[i]).toBe(word);
    });
  });

  it('pages through core words that do not fit, every core word shown once', () => {
    const first = layoutPage(CORE_WORDS, 4);
    expect(first.pageCount).toBeGreaterThan(1);
    const seen = Array.from({ length: first.pageCount }, (_, i) => layoutPage(CORE_WORDS, 4, i))
      .flatMap((page) => page.cells.slice(4))
      .filter(Boolean);
    expect(seen).toHaveLength(CORE_WORDS.length - 4);
    expect(layoutPage(CORE_WORDS, 8).pageCount).toBe(1);
  });

  it('clamps a page number out of range', () => {
    expect(layoutPage(CORE_WORDS, 4, 99).pageIndex).toBe(layoutPage(CORE_WORDS, 4).pageCount - 1);
  });
});

describe('message', () => {
  const [i, want, more] = CORE_WORDS;
  it('adds, deletes the last word and clears', () => {
    if (!i || !want || !more) throw new Error('core words missing');
    let message = addWord(addWord(addWord([], i), want), more);
    expect(messageText(message)).toBe('I want more');
    message = deleteLastWord(message);
    expect(messageText(message)).toBe('I want');
    expect(deleteLastWord([])).toEqual([]);
    expect(clearMessage()).toEqual([]);
  });
  it('stops growing at its limit', () => {
    let message = clearMessage();
    for (let n = 0; n < MAX_MESSAGE_WORDS + 5; n += 1)
      message = addWord(message, CORE_WORDS[0] as (typeof CORE_WORDS)[number]);
    expect(message).toHaveLength(MAX_MESSAGE_WORDS);
  });
});

describe('Find a symbol', () => {
  const shipped = shippedSymbols(openmoji, usedHexcodes());
  it('finds a symbol by its name, whole words first', () => {
    expect(searchSymbols(shipped, 'apple')[0]?.name).toMatch(/apple/);
    expect(searchSymbols(shipped, 'a')).toEqual([]);
    expect(searchSymbols(shipped, 'zzzzqqq')).toEqual([]);
  });

  it('lists every page at a size once, nearest first: core, each folder, then further pages', () => {
    const topics = ['food', 'feelings'] as const;
    const own = Array.from({ length: 20 }, (_, i) => ({
      word: `word ${i}`,
      hex: '1F469',
      pos: 'people' as const,
    }));
    const keys = pageKeysAt(4, topics, own);
    expect(keys.slice(0, 4)).toEqual(['4:core:0', '4:food:0', '4:feelings:0', '4:own:0']);
    expect(new Set(keys).size).toBe(keys.length);
    for (const page of ['core', 'food', 'feelings', 'own'] as const) {
      const count = layoutPage(wordsOf(page, own), 4).pageCount;
      const ofPage = keys.filter((key) => parseKey(key).page === page);
      expect(ofPage.map((key) => parseKey(key).index)).toEqual(
        Array.from({ length: count }, (_, i) => i),
      );
    }
    // Each page before the next page of any folder.
    const indices = keys.map((key) => parseKey(key).index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    // No own words: no "My words" pages.
    expect(pageKeysAt(8, topics, []).some((key) => key.includes(':own:'))).toBe(false);
  });

  it('names each kept page by size, page and number, and reads the name back', () => {
    const key = keyOf(8, 'personal-care', 1);
    expect(key).toBe('8:personal-care:1');
    expect(parseKey(key)).toEqual({ page: 'personal-care', index: 1 });
    expect(wordsOf('food', []).map((w) => w.word)).toContain('apple');
    const own = [{ word: 'Mrs Khan', hex: '1F469', pos: 'people' as const }];
    expect(wordsOf('own', own)).toBe(own);
  });
});
