import { describe, expect, it } from 'vitest';
import { chunksFrom, maxChunkChars } from '../../src/features/read-aloud/reading/chunking';
import {
  codePointToUtf16,
  parseDocument,
  runsOf,
  wordAtOffset,
} from '../../src/features/read-aloud/reading/reading-document';

const words = (text: string) => parseDocument(text).words.map((word) => word.text);
const sentences = (text: string) => {
  const doc = parseDocument(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end).trim());
};

describe('reading document: words and sentences with offsets', () => {
  it.each([
    ['Volcanoes erupt.', ['Volcanoes', 'erupt']],
    ["It's 3.5 km high!", ["It's", '3.5', 'km', 'high']],
    ['  leading and trailing  ', ['leading', 'and', 'trailing']],
    ['Café naïve résumé', ['Café', 'naïve', 'résumé']],
    ['— … !', []],
    ['', []],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
  ])('words of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    [
      'The Water Cycle\nWater evaporates. It rises',
      ['The Water Cycle', 'Water evaporates.', 'It rises'],
    ],
    ['No full stop at all', ['No full stop at all']],
    ['\n\n  \n', []],
  ])('sentences of %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives every word offsets that slice back to it, in order, inside its sentence', () => {
    const doc = parseDocument('Mr. Brown said: "Rocks melt." Then, 2 volcanoes erupted!\nThe end');
    for (const word of doc.words) {
      expect(doc.text.slice(word.start, word.end)).toBe(word.text);
      const sentence = doc.sentences[word.sentence];
      expect(sentence).toBeDefined();
      expect(word.start).toBeGreaterThanOrEqual(sentence?.start ?? Number.NaN);
      expect(word.end).toBeLessThanOrEqual(sentence?.end ?? Number.NaN);
    }
    expect(doc.words.map((w) => w.index)).toEqual(doc.words.map((_, i) => i));
  });

  it('renders as runs that cover the whole text exactly once', () => {
    const text = '  Hello, world!  Bye. ';
    const doc = parseDocument(text);
    const runs = runsOf(doc);
    expect(runs.map((run) => (run.kind === 'word' ? run.word.text : run.text)).join('')).toBe(text);
    expect(runs.filter((run) => run.kind === 'word')).toHaveLength(3);
  });
});

describe('wordAtOffset: character offset to word index', () => {
  const doc = parseDocument('The cat sat.  On the mat');
  //                          0123456789012345678901234
  it.each([
    [0, 0],
    [2, 0],
    [3, 1], // the space after "The": the next word
    [4, 1],
    [8, 2],
    [11, 3], // the full stop: the next word
    [14, 3],
    [21, 5],
    [24, 5],
    [99, 5], // past the end: the last word
    [-5, 0],
  ])('offset %i is word %i', (offset, expected) => {
    expect(wordAtOffset(doc, offset)).toBe(expected);
  });

  it('is -1 when there are no words', () => {
    expect(wordAtOffset(parseDocument('... !'), 0)).toBe(-1);
  });

  it.each([
    ['abc', 2, 2],
    ['a😀b', 2, 3],
    ['😀😀x', 2, 4],
    ['ab', 10, 2],
  ])('code points to UTF-16 in %j: %i → %i', (text, points, expected) => {
    expect(codePointToUtf16(text, points)).toBe(expected);
  });
});

describe('chunking for the ~15 s cut-off', () => {
  const long =
    'When the lava cools, it forms new rock, which, over thousands of years, breaks down into soil; this soil is very rich, so farmers often grow crops on the slopes of volcanoes, even though it is dangerous.';

  it.each([0.5, 1, 2])('never makes a chunk too long to say at rate %f', (rate) => {
    const max = maxChunkChars(rate);
    const chunks = chunksFrom(parseDocument(`${long} ${long}`), 0, max);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(max);
  });

  it.each([
    [
      60,
      [
        'When the lava cools, it forms new rock, which,',
        'over thousands of years, breaks down into soil;',
        'this soil is very rich, so farmers often grow crops on the',
        'slopes of volcanoes, even though it is dangerous.',
      ],
    ],
    [500, [long]],
  ])(
    'splits a long sentence between words, at clause ends where it can (max %i)',
    (max, expected) => {
      expect(chunksFrom(parseDocument(long), 0, max).map((c) => c.text)).toEqual(expected);
    },
  );

  it('covers every word once, in order, from the chosen word', () => {
    const doc = parseDocument(`Short one. ${long} Last sentence here.`);
    for (const from of [0, 1, 5, doc.words.length - 1]) {
      const chunks = chunksFrom(doc, from, 50);
      const covered = chunks.flatMap((chunk) =>
        Array.from({ length: chunk.endWord - chunk.firstWord }, (_, i) => chunk.firstWord + i),
      );
      expect(covered).toEqual(Array.from({ length: doc.words.length - from }, (_, i) => from + i));
      for (const chunk of chunks) expect(doc.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
  });

  it('starts the first chunk at the chosen word, not the start of its sentence', () => {
    const doc = parseDocument('The cat sat on the mat. Then it slept.');
    expect(chunksFrom(doc, 3, 200).map((c) => c.text)).toEqual(['on the mat.', 'Then it slept.']);
  });

  it.each([-1, 99])('gives nothing for a word that does not exist (%i)', (from) => {
    expect(chunksFrom(parseDocument('Hello there.'), from, 100)).toEqual([]);
  });

  it('puts a word longer than the limit in a chunk of its own', () => {
    const doc = parseDocument(`Say ${'a'.repeat(80)} now.`);
    expect(chunksFrom(doc, 0, 40).map((c) => c.endWord - c.firstWord)).toEqual([1, 1, 1]);
  });
});
