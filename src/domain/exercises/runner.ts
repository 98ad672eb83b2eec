import type { CheckRegistry } from './check-registry';
import type { PracticeEvent } from './events';
import type { Exercise } from './schema';

/** How many recent events a run keeps; checks look at no more than this. */
export const EVENT_HISTORY_LIMIT = 200;

export interface ExerciseRun {
  exerciseId: string;
  startedAt: number;
  /** Events since the run began, oldest first, at most EVENT_HISTORY_LIMIT. */
  events: PracticeEvent[];
  /** Step id → when it was completed (ms since epoch). */
  completed: Record<string, number>;
  completedAt?: number | undefined;
}

export function startRun(exerciseId: string, now: number): ExerciseRun {
  return { exerciseId, startedAt: now, events: [], completed: {} };
}

/**
 * The exercise runner: a pure step from one run state to the next. Every step
 * not yet done is evaluated against the events so far, so a person may do the
 * steps in any order; once done, a step stays done.
 */
export function next(
  run: ExerciseRun,
  event: PracticeEvent,
  exercise: Pick<Exercise, 'id' | 'steps'>,
  checks: CheckRegistry,
): ExerciseRun {
  if (run.completedAt !== undefined) return run;
  const events = [...run.events, event].slice(-EVENT_HISTORY_LIMIT);
  let completed = run.completed;
  for (const step of exercise.steps) {
    if (completed[step.id] !== undefined) continue;
    const check = checks.get(step.check);
    if (check?.evaluate(events, step.params)) {
      completed = { ...completed, [step.id]: event.at };
    }
  }
  const allDone = exercise.steps.every((step) => completed[step.id] !== undefined);
  return { ...run, events, completed, completedAt: allDone ? event.at : undefined };
}

/**
 * The steps a person is asked to do. Pupils write no reflections, so in pupil
 * mode reflection steps are left out and the exercise completes without them.
 */
export function stepsFor<E extends Pick<Exercise, 'steps'>>(exercise: E, pupilMode: boolean): E {
  if (!pupilMode) return exercise;
  return {
    ...exercise,
    steps: exercise.steps.filter((step) => step.check !== 'reflection-written'),
  };
}

export function stepsDone(run: ExerciseRun | undefined, exercise: Pick<Exercise, 'steps'>): number {
  if (!run) return 0;
  return exercise.steps.filter((step) => run.completed[step.id] !== undefined).length;
}
