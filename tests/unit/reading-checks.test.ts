import { describe, expect, it } from 'vitest';
import {
  languageMatches,
  readAloudFinished,
  readAloudPreferenceChanged,
  readAloudStarted,
} from '../../src/domain/checks/read-aloud-checks';
import type { PracticeEvent } from '../../src/domain/exercises/events';

const at = 1;

const started = (over: Partial<Extract<PracticeEvent, { type: 'read-aloud/started' }>> = {}) =>
  ({
    type: 'read-aloud/started',
    voiceLang: 'en-GB',
    voiceName: 'English (Great Britain)',
    builtIn: true,
    rate: 1,
    fromWord: 0,
    at,
    ...over,
  }) as PracticeEvent;

describe('read-aloud checks', () => {
  it.each([
    ['en-GB', 'en', true],
    ['en-GB', 'en-gb', true],
    ['en_GB', 'en-GB', true],
    ['en-US', 'en-GB', false],
    ['eng', 'en', false],
    ['af', 'en', false],
  ])('language %s matches %s: %s', (have, want, expected) => {
    expect(languageMatches(have, want)).toBe(expected);
  });

  it.each([
    [[started()], {}, true],
    [[], {}, false],
    [[started({ builtIn: false })], { builtIn: true }, false],
    [[started({ builtIn: false }), started()], { builtIn: true }, true],
    [[started({ rate: 0.8 })], { maxRate: 0.9 }, true],
    [[started({ rate: 1 })], { maxRate: 0.9 }, false],
    [[started({ rate: 1.5 })], { minRate: 1.2 }, true],
    [[started({ voiceLang: 'en-US' })], { lang: 'en-GB' }, false],
    [[started({ voiceLang: 'en-US' })], { lang: 'en' }, true],
    [[started({ fromWord: 0 })], { fromWordAtLeast: 1 }, false],
    [[started({ fromWord: 7 })], { fromWordAtLeast: 1 }, true],
  ] as [PracticeEvent[], object, boolean][])(
    'read-aloud-started %#',
    (events, params, expected) => {
      expect(readAloudStarted.evaluate(events, readAloudStarted.params.parse(params))).toBe(
        expected,
      );
    },
  );

  it.each([
    [{ wordsSpoken: 12, toEnd: true }, {}, true],
    [{ wordsSpoken: 12, toEnd: false }, { toEnd: true }, false],
    [{ wordsSpoken: 3, toEnd: false }, { toEnd: false }, true],
    [{ wordsSpoken: 3, toEnd: true }, { minWords: 5 }, false],
  ])('read-aloud-finished %#', (finished, params, expected) => {
    const events: PracticeEvent[] = [{ type: 'read-aloud/finished', ...finished, at }];
    expect(readAloudFinished.evaluate(events, readAloudFinished.params.parse(params))).toBe(
      expected,
    );
  });

  it.each([
    ['lineFocus', 3, { preference: 'lineFocus' }, true],
    ['lineFocus', 3, { preference: 'lineFocus', value: 3 }, true],
    ['lineFocus', 1, { preference: 'lineFocus', value: 3 }, false],
    ['tint', 'cream', { preference: 'tint', value: 'cream' }, true],
    ['font', 'lexend', { preference: 'tint' }, false],
  ] as const)('read-aloud-preference-changed %#', (preference, value, params, expected) => {
    const events: PracticeEvent[] = [
      { type: 'read-aloud/preference-changed', preference, value, at },
    ];
    const parsed = readAloudPreferenceChanged.params.parse(params);
    expect(readAloudPreferenceChanged.evaluate(events, parsed)).toBe(expected);
  });

  it('rejects parameters an exercise author got wrong', () => {
    expect(() => readAloudStarted.params.parse({ lang: 'English' })).toThrow();
    expect(() => readAloudStarted.params.parse({ speed: 1 })).toThrow();
    expect(() => readAloudStarted.params.parse({ maxRate: 0 })).toThrow();
    expect(() => readAloudFinished.params.parse({ toEnd: 'yes' })).toThrow();
    expect(() => readAloudPreferenceChanged.params.parse({ preference: 'colour' })).toThrow();
    expect(() => readAloudPreferenceChanged.params.parse({})).toThrow();
  });
});
