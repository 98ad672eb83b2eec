import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEvent, PracticeEventBody } from '../../src/domain/exercises/events';

const at = (events: PracticeEventBody[]) =>
  events.map((event, i) => ({ ...event, at: i }) as PracticeEvent);
const check = (id: string) => {
  const found = allChecks.get(id);
  if (!found) throw new Error(`no check ${id}`);
  return (events: PracticeEventBody[], params: unknown) =>
    found.evaluate(at(events), found.params.parse(params));
};
const chosen = (
  word: string,
  via: 'pointer' | 'keyboard' | 'scanning' = 'pointer',
  page = 'core',
  spoken = false,
): PracticeEventBody => ({
  type: 'symbols/word-chosen',
  word,
  page,
  via,
  spoken,
});

describe('symbols checks: doing nothing never satisfies them', () => {
  const opened: PracticeEventBody[] = [
    { type: 'shell/navigated', path: '/tools/symbols', via: 'keyboard' },
  ];
  it.each([
    ['symbols-message-spoken', { minWords: 1 }],
    ['symbols-words-chosen', { atLeast: 1 }],
    ['symbols-page-opened', { page: 'food' }],
    ['symbols-scanning-used', { atLeast: 1 }],
    ['symbols-timetable-used', { action: 'moved', minSteps: 2 }],
    ['symbols-own-word-added', {}],
  ])('%s', (id, params) => {
    expect(check(id)(opened, params)).toBe(false);
  });
});

describe('symbols checks', () => {
  it('message spoken: needs enough words and the words asked for', () => {
    const spoke = (text: string): PracticeEventBody => ({
      type: 'symbols/message-spoken',
      words: text.split(' ').length,
      text,
    });
    const c = check('symbols-message-spoken');
    expect(c([spoke('I want')], { minWords: 3 })).toBe(false);
    expect(c([spoke('I want more')], { minWords: 3 })).toBe(true);
    expect(c([spoke('I want more')], { minWords: 2, includes: ['more', 'help'] })).toBe(false);
    expect(c([spoke('I want more help')], { minWords: 2, includes: ['more', 'help'] })).toBe(true);
  });

  it('words chosen: counts by page, way and distinct words', () => {
    const c = check('symbols-words-chosen');
    const events = [chosen('more'), chosen('more'), chosen('apple', 'keyboard', 'food', true)];
    expect(c(events, { atLeast: 3 })).toBe(true);
    expect(c(events, { atLeast: 3, distinct: true })).toBe(false);
    expect(c(events, { atLeast: 1, page: 'food', spoken: true })).toBe(true);
    expect(c(events, { atLeast: 2, via: 'keyboard' })).toBe(false);
  });

  it('scanning used: only words chosen by switch, at the speed asked', () => {
    const c = check('symbols-scanning-used');
    const on = (speedMs: number): PracticeEventBody => ({
      type: 'symbols/scanning-changed',
      on: true,
      speedMs,
    });
    expect(c([on(1500), chosen('want', 'keyboard')], { atLeast: 1 })).toBe(false);
    expect(c([on(1500), chosen('want', 'scanning')], { atLeast: 1 })).toBe(true);
    expect(c([on(2500), chosen('want', 'scanning')], { atLeast: 1, maxSpeedMs: 1500 })).toBe(false);
  });

  it('timetable used: steps, view and own words', () => {
    const c = check('symbols-timetable-used');
    const t = (
      steps: number,
      ownWords: number,
      view: 'now-next' | 'timetable' = 'now-next',
    ): PracticeEventBody => ({
      type: 'symbols/timetable',
      action: 'moved',
      view,
      steps,
      ownWords,
    });
    expect(c([t(1, 0)], { action: 'moved', minSteps: 2 })).toBe(false);
    expect(c([t(3, 0)], { action: 'moved', minSteps: 2 })).toBe(true);
    expect(c([t(3, 0)], { action: 'printed', minSteps: 2 })).toBe(false);
    expect(c([t(3, 0)], { action: 'moved', minSteps: 2, ownWords: 1 })).toBe(false);
    expect(
      c([t(4, 1, 'timetable')], { action: 'moved', minSteps: 4, view: 'timetable', ownWords: 1 }),
    ).toBe(true);
  });
});
