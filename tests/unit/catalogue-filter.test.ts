import { describe, expect, it } from 'vitest';
import { filterCatalogue } from '../../src/domain/exercises/catalogue-filter';
import type { Exercise } from '../../src/domain/exercises/schema';

type Entry = Pick<Exercise, 'tool' | 'audience' | 'areas' | 'minutes' | 'phase'> & { id: string };
const catalogue: Entry[] = [
  {
    id: 'a',
    tool: 'general',
    audience: ['staff', 'pupil'],
    areas: ['sensory-and-physical'],
    minutes: 5,
    phase: ['early-years', 'primary'],
  },
  {
    id: 'b',
    tool: 'dictation',
    audience: ['staff'],
    areas: ['cognition-and-learning'],
    minutes: 10,
    phase: ['secondary'],
  },
  {
    id: 'c',
    tool: 'dictation',
    audience: ['trainer'],
    areas: ['communication-and-interaction', 'cognition-and-learning'],
    minutes: 15,
    phase: ['secondary', 'post-16'],
  },
];
const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('catalogue filter', () => {
  it.each([
    [{}, ['a', 'b', 'c']],
    [{ tool: 'dictation' }, ['b', 'c']],
    [{ audience: 'pupil' }, ['a']],
    [{ area: 'cognition-and-learning' }, ['b', 'c']],
    [{ maxMinutes: 10 }, ['a', 'b']],
    [{ tool: 'dictation', maxMinutes: 10, audience: 'staff' }, ['b']],
    [{ tool: 'vision' }, []],
    [{ phase: 'early-years' }, ['a']],
    [{ phase: 'secondary' }, ['b', 'c']],
    [{ phase: 'post-16', tool: 'dictation' }, ['c']],
  ] as const)('%j → %j', (filter, expected) => {
    expect(ids(filterCatalogue(catalogue, filter))).toEqual(expected);
  });
});
