import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import { passageKey } from '../../src/domain/checks/dictation-checks';
import type { PracticeEventBody } from '../../src/domain/exercises/events';
import { type ExerciseRun, next, startRun } from '../../src/domain/exercises/runner';
import type { Exercise } from '../../src/domain/exercises/schema';
import {
  buildProgressExport,
  buildProgressRecords,
} from '../../src/features/progress/progress-export';
import { gettingStarted } from './support/exercise-fixture';

const exercise = gettingStarted({
  objectives: ['Change the text size'],
  steps: [
    { id: 'a', text: 'Do A', check: 'setting-changed', params: { setting: 'theme' } },
    { id: 'b', text: 'Do B', check: 'reflection-written', params: { minWords: 5 } },
  ],
  reflection: ['What next?', 'Who else?'],
  source: 'exercises/general/01-getting-started.md',
});
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
      phase: ['primary'],
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

describe('dictation steps in progress and the CPD record', () => {
  const passage = 'Plants need light.';
  const dictation: Exercise = {
    ...exercise,
    id: 'dictation-x',
    tool: 'dictation',
    phase: ['secondary', 'post-16'],
    steps: [
      { id: 'words', text: 'Dictate', check: 'dictation-words', params: { atLeast: 3 } },
      {
        id: 'score',
        text: 'Check',
        check: 'dictation-accuracy',
        params: { atLeast: 80, passage },
      },
      { id: 'theme', text: 'Theme', check: 'setting-changed', params: { setting: 'theme' } },
    ],
  };
  const replay = (bodies: PracticeEventBody[]) =>
    bodies.reduce(
      (current, body, i) => next(current, { ...body, at: day + i }, dictation, allChecks),
      startRun(dictation.id, day),
    );
  const scored: PracticeEventBody = {
    type: 'dictation/scored',
    passage: passageKey(passage),
    accuracy: 92,
    punctuationAccuracy: 100,
    wpm: 30,
    commands: 0,
  };

  it.each([
    ['voice', 'spoken'],
    ['typed', 'typed'],
  ] as const)('records words that went in by %s as %s, beside the score', (via, input) => {
    const run = replay([
      { type: 'dictation/utterance', words: 3, via },
      scored,
      { type: 'settings/changed', setting: 'theme', value: 'dark' },
    ]);
    const [record] = buildProgressRecords([dictation], { [dictation.id]: run }, {});
    expect(record?.phase).toEqual(['secondary', 'post-16']);
    expect(record?.steps).toEqual([
      { text: 'Dictate', completedAt: expect.any(String), input },
      { text: 'Check', completedAt: expect.any(String), input, score: 92 },
      { text: 'Theme', completedAt: expect.any(String) },
    ]);
  });

  it('says "spoken and typed" when both went in before the step was done', () => {
    const run = replay([
      { type: 'dictation/utterance', words: 2, via: 'voice' },
      { type: 'dictation/command', command: 'full-stop', via: 'typed' },
      { type: 'dictation/utterance', words: 2, via: 'voice' },
    ]);
    expect(run.inputs).toEqual({ words: 'spoken and typed' });
  });
});
