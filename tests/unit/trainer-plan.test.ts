import { describe, expect, it } from 'vitest';
import { exerciseLink, shortLink } from '../../src/features/trainer/exercise-link';
import { clockTime, planSession } from '../../src/features/trainer/session-plan';

const ex = (id: string, minutes: number) => ({ id, title: id, minutes });

describe('session plan', () => {
  it('adds a welcome, changeovers between exercises and a closing reflection', () => {
    const plan = planSession([ex('a', 10), ex('b', 15)], 60);
    expect(plan.items.map((i) => [i.kind, i.start, i.minutes])).toEqual([
      ['opening', 0, 5],
      ['exercise', 5, 12],
      ['exercise', 17, 15],
      ['closing', 32, 5],
    ]);
    expect(plan.totalMinutes).toBe(37);
    expect(plan.spareMinutes).toBe(23);
  });

  it('reports how far a plan runs over', () => {
    expect(planSession([ex('a', 15), ex('b', 15)], 30).spareMinutes).toBe(-12);
  });

  it('makes a plan of just the welcome and closing when nothing is chosen', () => {
    expect(planSession([], 30).totalMinutes).toBe(10);
  });

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [90, '1:30'],
  ])('clock time %i → %s', (minutes, text) => {
    expect(clockTime(minutes)).toBe(text);
  });
});

describe('exercise links', () => {
  it('points at the exercise on this deployment, whatever page the trainer is on', () => {
    const link = exerciseLink('https://school.example/at/?x=1#/trainer', 'first-sentences');
    expect(link).toBe('https://school.example/at/#/exercises/first-sentences');
    expect(shortLink(link)).toBe('school.example/at/#/exercises/first-sentences');
  });
});
