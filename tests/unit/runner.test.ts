import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEvent } from '../../src/domain/exercises/events';
import { EVENT_HISTORY_LIMIT, next, startRun, stepsDone } from '../../src/domain/exercises/runner';
import type { Exercise } from '../../src/domain/exercises/schema';

const exercise: Pick<Exercise, 'id' | 'steps'> = {
  id: 'x',
  steps: [
    { id: 'size', text: 'Size', check: 'setting-changed', params: { setting: 'textSize' } },
    { id: 'theme', text: 'Theme', check: 'setting-changed', params: { setting: 'theme' } },
    { id: 'nav', text: 'Nav', check: 'navigated-by-keyboard', params: {} },
  ],
};

const theme: PracticeEvent = { type: 'settings/changed', setting: 'theme', value: 'dark', at: 10 };
const size: PracticeEvent = { type: 'settings/changed', setting: 'textSize', value: 150, at: 20 };
const keyNav: PracticeEvent = {
  type: 'shell/navigated',
  path: '/settings',
  via: 'keyboard',
  at: 30,
};
const mouseNav: PracticeEvent = {
  type: 'shell/navigated',
  path: '/settings',
  via: 'pointer',
  at: 5,
};

describe('exercise runner', () => {
  it('completes steps in any order, stamping when each was done', () => {
    let run = startRun('x', 0);
    run = next(run, theme, exercise, allChecks);
    expect(run.completed).toEqual({ theme: 10 });
    run = next(run, size, exercise, allChecks);
    expect(run.completed).toEqual({ theme: 10, size: 20 });
    expect(run.completedAt).toBeUndefined();
    expect(stepsDone(run, exercise)).toBe(2);
  });

  it('does not count pointer navigation for a keyboard step', () => {
    const run = next(startRun('x', 0), mouseNav, exercise, allChecks);
    expect(run.completed).toEqual({});
  });

  it('marks the run complete when the last step is done, then ignores further events', () => {
    let run = startRun('x', 0);
    for (const event of [theme, size, keyNav]) run = next(run, event, exercise, allChecks);
    expect(run.completedAt).toBe(30);
    expect(next(run, theme, exercise, allChecks)).toBe(run);
  });

  it('keeps a step done once done', () => {
    let run = next(startRun('x', 0), theme, exercise, allChecks);
    for (let i = 0; i < EVENT_HISTORY_LIMIT + 5; i += 1)
      run = next(run, mouseNav, exercise, allChecks);
    expect(run.completed.theme).toBe(10);
  });

  it('keeps at most EVENT_HISTORY_LIMIT events, newest last', () => {
    let run = startRun('x', 0);
    for (let i = 0; i < EVENT_HISTORY_LIMIT + 10; i += 1) {
      run = next(run, { ...mouseNav, at: i }, exercise, allChecks);
    }
    expect(run.events).toHaveLength(EVENT_HISTORY_LIMIT);
    expect(run.events.at(-1)?.at).toBe(EVENT_HISTORY_LIMIT + 9);
  });

  it('is pure: the previous state is not changed', () => {
    const before = startRun('x', 0);
    const frozen = JSON.stringify(before);
    next(before, theme, exercise, allChecks);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
