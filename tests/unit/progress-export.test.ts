import { describe, expect, it } from 'vitest';
import type { ExerciseRun } from '../../src/domain/exercises/runner';
import type { Exercise } from '../../src/domain/exercises/schema';
import {
  buildProgressExport,
  buildProgressRecords,
} from '../../src/features/progress/progress-export';

const exercise: Exercise = {
  id: 'getting-started',
  title: 'Getting started',
  tool: 'general',
  audience: ['staff'],
  phase: ['primary'],
  minutes: 5,
  areas: ['sensory-and-physical'],
  objectives: ['Change the text size'],
  steps: [
    { id: 'a', text: 'Do A', check: 'setting-changed', params: { setting: 'theme' } },
    { id: 'b', text: 'Do B', check: 'reflection-written', params: { minWords: 5 } },
  ],
  reflection: ['What next?', 'Who else?'],
  source: 'exercises/general/01-getting-started.md',
};
const day = Date.UTC(2026, 10, 23, 9, 0, 0);
const run: ExerciseRun = {
  exerciseId: 'getting-started',
  startedAt: day,
  events: [],
  completed: { a: day + 60_000 },
};

describe('progress records', () => {
  it('lists started exercises with steps, dates and the reflections written', () => {
    const [record] = buildProgressRecords(
      [exercise],
      { 'getting-started': run },
      {
        'getting-started': ['  I will try it with Year 4.  ', ''],
      },
    );
    expect(record).toEqual({
      id: 'getting-started',
      title: 'Getting started',
      minutes: 5,
      objectives: ['Change the text size'],
      startedAt: '2026-11-23T09:00:00.000Z',
      completedAt: null,
      steps: [
        { text: 'Do A', completedAt: '2026-11-23T09:01:00.000Z' },
        { text: 'Do B', completedAt: null },
      ],
      reflections: [{ prompt: 'What next?', answer: 'I will try it with Year 4.' }],
    });
  });

  it('leaves out runs of exercises that no longer exist', () => {
    expect(buildProgressRecords([], { 'getting-started': run }, {})).toEqual([]);
  });

  it('exports a versioned JSON document', () => {
    const data = buildProgressExport([], { theme: 'dark', textSize: 150 }, day);
    expect(data).toMatchObject({
      format: 1,
      exportedAt: '2026-11-23T09:00:00.000Z',
      exercises: [],
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
