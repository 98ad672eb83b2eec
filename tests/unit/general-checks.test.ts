import { describe, expect, it } from 'vitest';
import {
  navigatedByKeyboard,
  reflectionWritten,
  settingChanged,
} from '../../src/domain/checks/general-checks';
import type { PracticeEvent } from '../../src/domain/exercises/events';

const at = 1;

describe('general checks', () => {
  it.each([
    [[{ type: 'settings/changed', setting: 'theme', value: 'dark', at }], 'theme', true],
    [[{ type: 'settings/changed', setting: 'textSize', value: 125, at }], 'theme', false],
    [[], 'textSize', false],
  ] as [PracticeEvent[], 'theme' | 'textSize', boolean][])(
    'setting-changed %#',
    (events, setting, expected) => {
      expect(settingChanged.evaluate(events, { setting })).toBe(expected);
    },
  );

  it.each([
    [{ via: 'keyboard', path: '/settings' }, {}, true],
    [{ via: 'pointer', path: '/settings' }, {}, false],
    [{ via: 'keyboard', path: '/progress' }, { to: '/settings' }, false],
    [{ via: 'keyboard', path: '/settings' }, { to: '/settings' }, true],
  ] as const)('navigated-by-keyboard %#', (nav, params, expected) => {
    const events: PracticeEvent[] = [{ type: 'shell/navigated', ...nav, at }];
    expect(navigatedByKeyboard.evaluate(events, params)).toBe(expected);
  });

  it('reflection-written needs enough words', () => {
    const saved = (words: number): PracticeEvent[] => [
      { type: 'exercise/reflection-saved', exerciseId: 'x', words, at },
    ];
    expect(reflectionWritten.evaluate(saved(4), { minWords: 5 })).toBe(false);
    expect(reflectionWritten.evaluate(saved(5), { minWords: 5 })).toBe(true);
  });

  it('validates its parameters with defaults', () => {
    expect(reflectionWritten.params.parse({})).toEqual({ minWords: 5 });
    expect(() => settingChanged.params.parse({ setting: 'volume' })).toThrow();
    expect(() => navigatedByKeyboard.params.parse({ to: 'settings' })).toThrow();
  });
});
