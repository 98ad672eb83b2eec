import { describe, expect, it } from 'vitest';
import {
  punctuationMarks,
  scoreDictation,
  wordsPerMinute,
} from '../../src/domain/scoring/word-scoring';

describe('dictation scoring: word accuracy (1 − word error rate)', () => {
  it.each<[string, string, string, number]>([
    ['identical', 'The cat sat on the mat.', 'The cat sat on the mat.', 100],
    ['case and punctuation ignored for words', 'The cat sat.', 'the CAT, sat', 100],
    ['one substitution in five', 'We went to the zoo', 'We went to the shoe', 80],
    ['one missing word in four', 'It is very cold', 'It is cold', 75],
    ['one extra word in four', 'It is very cold', 'It is very very cold', 75],
    ['nothing said', 'Four words are here', '', 0],
    ['more errors than words floors at 0', 'Hi', 'one two three', 0],
    [
      'curly apostrophes match straight ones',
      "Sam's book isn't here",
      'Sam’s book isn’t here',
      100,
    ],
    ['a dash is not a word', 'One thing – the key', 'One thing the key', 100],
    ['new lines are spaces', 'Dear Sir\n\nThank you', 'Dear Sir Thank you', 100],
  ])('%s', (_name, target, said, accuracy) => {
    expect(scoreDictation(target, said).accuracy).toBe(accuracy);
  });
});

describe('dictation scoring: punctuation scored separately', () => {
  it.each<[string, string, string, number]>([
    ['all marks right', 'Hello, world. Bye!', 'hello, world. bye!', 100],
    ['one of two marks missing', 'Yes, please.', 'Yes please.', 50],
    ['wrong mark', 'Ready?', 'Ready.', 0],
    ['no marks in target and none said', 'hello world', 'hello world', 100],
    ['no marks in target but some said', 'hello world', 'hello, world', 0],
    ['curly and straight quotes are the same mark', '“Run,” she said.', '"Run," she said.', 100],
  ])('%s', (_name, target, said, punctuation) => {
    expect(scoreDictation(target, said).punctuationAccuracy).toBe(punctuation);
  });

  it('keeps apostrophes inside words out of the punctuation', () => {
    expect(punctuationMarks("Sam's dog isn't here.")).toEqual(['.']);
  });
});

describe('dictation scoring: aligned view', () => {
  it('shows substituted, missing and extra words in order', () => {
    const score = scoreDictation('the quick brown fox jumps', 'the quack brown fox fox');
    expect(score.alignment).toEqual([
      { op: 'match', target: 'the', said: 'the' },
      { op: 'substituted', target: 'quick', said: 'quack' },
      { op: 'match', target: 'brown', said: 'brown' },
      { op: 'match', target: 'fox', said: 'fox' },
      { op: 'substituted', target: 'jumps', said: 'fox' },
    ]);
  });

  it.each<[string, string, string, { substituted: number; missing: number; extra: number }]>([
    ['a missing word', 'one two three', 'one three', { substituted: 0, missing: 1, extra: 0 }],
    ['an extra word', 'one two', 'one and two', { substituted: 0, missing: 0, extra: 1 }],
    ['everything different', 'a b', 'c d', { substituted: 2, missing: 0, extra: 0 }],
    ['said nothing', 'a b', '', { substituted: 0, missing: 2, extra: 0 }],
  ])('%s', (_name, target, said, counts) => {
    expect(scoreDictation(target, said)).toMatchObject(counts);
  });

  it('lists missing words with their target text and extra words with what was said', () => {
    const { alignment } = scoreDictation('Go home now', 'Go to home');
    expect(alignment).toContainEqual({ op: 'extra', said: 'to' });
    expect(alignment).toContainEqual({ op: 'missing', target: 'now' });
  });
});

describe('words per minute', () => {
  it.each([
    [60, 60_000, 60],
    [30, 20_000, 90],
    [0, 10_000, 0],
    [10, 0, 0],
  ])('%i words in %i ms → %i', (words, ms, wpm) => {
    expect(wordsPerMinute(words, ms)).toBe(wpm);
  });
});
