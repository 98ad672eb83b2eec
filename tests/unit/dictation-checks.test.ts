import { describe, expect, it } from 'vitest';
import {
  dictationAccuracy,
  dictationCommandPair,
  dictationCommandUsed,
  dictationCorrected,
  dictationImproved,
  dictationLanguageChosen,
  dictationWords,
  passageKey,
} from '../../src/domain/checks/dictation-checks';
import type { PracticeEvent } from '../../src/domain/exercises/events';
import { levelFromSamples } from '../../src/engines/microphone/microphone-engine';

const at = 1;
const PASSAGE = 'The cat sat on the mat.';
const scored = (accuracy: number, passage = PASSAGE, punctuationAccuracy = 100): PracticeEvent => ({
  type: 'dictation/scored',
  passage: passageKey(passage),
  accuracy,
  punctuationAccuracy,
  wpm: 40,
  commands: 1,
  at,
});

describe('dictation checks', () => {
  it.each<[PracticeEvent[], { atLeast: number; via?: 'voice' | 'typed' }, boolean]>([
    [[{ type: 'dictation/utterance', words: 5, via: 'voice', at }], { atLeast: 8 }, false],
    [
      [
        { type: 'dictation/utterance', words: 5, via: 'voice', at },
        { type: 'dictation/utterance', words: 3, via: 'typed', at },
      ],
      { atLeast: 8 },
      true,
    ],
    [
      [{ type: 'dictation/utterance', words: 9, via: 'typed', at }],
      { atLeast: 8, via: 'voice' },
      false,
    ],
  ])('dictation-words %#', (events, params, expected) => {
    expect(dictationWords.evaluate(events, params)).toBe(expected);
  });

  it.each<[PracticeEvent[], string, number, boolean]>([
    [[{ type: 'dictation/command', command: 'full-stop', via: 'voice', at }], 'full-stop', 1, true],
    [[{ type: 'dictation/command', command: 'comma', via: 'voice', at }], 'full-stop', 1, false],
    [[{ type: 'dictation/command', command: 'comma', via: 'typed', at }], 'comma', 2, false],
  ])('dictation-command-used %#', (events, command, atLeast, expected) => {
    const params = dictationCommandUsed.params.parse({ command, atLeast });
    expect(dictationCommandUsed.evaluate(events, params)).toBe(expected);
  });

  it('dictation-command-used rejects an unknown command in exercise files', () => {
    expect(dictationCommandUsed.params.safeParse({ command: 'make-tea' }).success).toBe(false);
  });

  it('dictation-corrected matches any or one kind', () => {
    const events: PracticeEvent[] = [{ type: 'dictation/corrected', how: 'typed', at }];
    expect(dictationCorrected.evaluate(events, {})).toBe(true);
    expect(dictationCorrected.evaluate(events, { how: 'delete-that' })).toBe(false);
  });

  it.each<[PracticeEvent[], { atLeast: number; punctuationAtLeast?: number }, boolean]>([
    [[scored(79)], { atLeast: 80 }, false],
    [[scored(80)], { atLeast: 80 }, true],
    [[scored(100, 'Another passage entirely.')], { atLeast: 80 }, false],
    [[scored(95, PASSAGE, 50)], { atLeast: 90, punctuationAtLeast: 75 }, false],
    [[scored(95, PASSAGE, 75)], { atLeast: 90, punctuationAtLeast: 75 }, true],
  ])('dictation-accuracy %#', (events, params, expected) => {
    expect(dictationAccuracy.evaluate(events, { ...params, passage: PASSAGE })).toBe(expected);
  });

  it('passage keys ignore case and punctuation but not words', () => {
    expect(passageKey('The cat sat.')).toBe(passageKey('the CAT sat'));
    expect(passageKey('The cat sat.')).not.toBe(passageKey('The dog sat.'));
  });

  it.each<[number[], boolean]>([
    [[60], false],
    [[60, 60], false],
    [[60, 75], true],
    [[80, 70, 75], true],
    [[80, 70, 60], false],
    [[100], false],
    [[90, 100], true],
  ])('dictation-improved with scores %j', (scores, expected) => {
    expect(
      dictationImproved.evaluate(
        scores.map((s) => scored(s)),
        { passage: PASSAGE },
      ),
    ).toBe(expected);
  });

  it('dictation-language-chosen can ask for a language other than English', () => {
    const chose = (language: string): PracticeEvent[] => [
      { type: 'dictation/language-chosen', language, at },
    ];
    expect(dictationLanguageChosen.evaluate(chose('en-US'), { notEnglish: true })).toBe(false);
    expect(dictationLanguageChosen.evaluate(chose('pl-PL'), { notEnglish: true })).toBe(true);
    expect(dictationLanguageChosen.evaluate(chose('en-US'), {})).toBe(true);
  });
});

describe('microphone level', () => {
  it.each([
    [0, 0],
    [1, 1],
    [0.001, 0],
    [0.0316, 0.5],
  ])('a steady amplitude of %f reads as about %f', (amplitude, level) => {
    expect(levelFromSamples(new Float32Array(64).fill(amplitude))).toBeCloseTo(level, 1);
  });
});

describe('checks that prove the whole step (issue 13)', () => {
  const command = (name: string, via: 'voice' | 'typed' = 'voice'): PracticeEvent => ({
    type: 'dictation/command',
    command: name,
    via,
    at,
  });
  const corrected = (how: string): PracticeEvent => ({ type: 'dictation/corrected', how, at });
  const words: PracticeEvent = { type: 'dictation/utterance', words: 3, via: 'voice', at };

  it.each<[PracticeEvent[], boolean]>([
    [[command('close-quote')], false],
    [[command('close-quote'), command('open-quote')], false],
    [[command('open-quote'), command('close-quote')], true],
  ])('dictation-command-pair needs "open quote" before "close quote" %#', (events, expected) => {
    const params = dictationCommandPair.params.parse({
      first: 'open-quote',
      second: 'close-quote',
    });
    expect(dictationCommandPair.evaluate(events, params)).toBe(expected);
  });

  it.each<[PracticeEvent[], boolean]>([
    [[corrected('typed')], false],
    [[words, corrected('typed')], false],
    [[corrected('typed'), words], true],
  ])(
    'dictation-corrected with thenDictated needs dictation after the fix %#',
    (events, expected) => {
      const params = dictationCorrected.params.parse({ how: 'typed', thenDictated: true });
      expect(dictationCorrected.evaluate(events, params)).toBe(expected);
    },
  );

  it.each<[PracticeEvent[], boolean]>([
    [[words, scored(96)], false],
    [[words, corrected('typed'), scored(96)], false],
    [[words, corrected('delete-that'), corrected('typed'), scored(96)], false],
    [[words, corrected('delete-that'), scored(90)], false],
    [[words, corrected('select-and-replace'), scored(96)], true],
    [[corrected('typed'), scored(80), corrected('delete-that'), scored(96)], true],
    [[corrected('delete-that'), scored(80), corrected('typed'), scored(96)], false],
  ])(
    'dictation-accuracy with correctedByVoice: spoken fixes only since the last check %#',
    (events, expected) => {
      const params = dictationAccuracy.params.parse({
        atLeast: 95,
        passage: PASSAGE,
        correctedByVoice: true,
      });
      expect(dictationAccuracy.evaluate(events, params)).toBe(expected);
    },
  );
});
