import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../build/exercises-plugin';
import { allChecks } from '../../src/domain/checks/all-checks';
import { openingScenarios, stepsDoneOnOpening } from '../../src/domain/exercises/initial-state';
import { PACK_FORMAT, parsePack } from '../../src/domain/exercises/packs';
import { parseExercise } from '../../src/domain/exercises/parse-exercise';
import { next, startRun } from '../../src/domain/exercises/runner';
import { exerciseSource } from '../support/exercise-source';

const root = new URL('../..', import.meta.url).pathname;

describe('opening a tool and doing nothing completes no step', () => {
  // The build refuses such a file too (below); this replays the runner itself, scenario by scenario.
  const shipped = loadExercises(root).map((p) => p.exercise);

  it.each(shipped.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    for (const scenario of openingScenarios(exercise)) {
      let run = startRun(exercise.id, 0);
      scenario.events.forEach((body, i) => {
        run = next(run, { ...body, at: i + 1 }, exercise, allChecks);
      });
      expect(run.completed, `${exercise.id}: ${scenario.name}`).toEqual({});
    }
  });

  it('the magnifier opens in every restored mode, zoom and colour', () => {
    const names = openingScenarios({ id: 'x', tool: 'magnifier' }).map((s) => s.name);
    expect(names).toContain('magnifier restored as docked at 16×, inverted');
    expect(names).toHaveLength(30);
  });

  const keyboardStep = `steps:
  - text: Reach another page with the keyboard.
    check: navigated-by-keyboard`;

  it('finds a step that arriving at the exercise by keyboard completes', () => {
    const { exercise } = parseExercise(exerciseSource(), 'general/01-ok.md', allChecks);
    const withArrival = {
      ...exercise,
      steps: [{ id: 'kb', text: 'x', check: 'navigated-by-keyboard', params: {} }],
    };
    expect(stepsDoneOnOpening(withArrival, allChecks)).toEqual([
      { stepId: 'kb', scenario: 'default settings' },
    ]);
  });

  it('refuses such an exercise file, naming the step', () => {
    expect(() =>
      parseExercise(exerciseSource({ steps: keyboardStep }), 'general/01-idle.md', allChecks),
    ).toThrow(/general\/01-idle\.md, field "steps\[0\]": opening the tool and doing nothing/);
  });

  it('refuses it in a pack too, before anything is imported', () => {
    const pack = JSON.stringify({
      format: PACK_FORMAT,
      version: 1,
      name: 'Idle pack',
      exercises: [{ file: 'general/01-idle.md', source: exerciseSource({ steps: keyboardStep }) }],
    });
    expect(() =>
      parsePack(pack, { checks: allChecks, reservedIds: () => new Set(), now: 0 }),
    ).toThrow(/opening the tool and doing nothing/);
  });
});
