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
  /**
   * Step id → how a dictation step's words and commands went in: by voice, typed into
   * "Say this" instead of speaking, or both. Recorded when the step completes, so
   * progress and the CPD record can say so beside the score.
   */
  inputs?: Record<string, DictationInput> | undefined;
  /** Step id → the word accuracy (percent) of the check that completed a dictation step. */
  scores?: Record<string, number> | undefined;
}

export type DictationInput = 'spoken' | 'typed' | 'spoken and typed';

/** How the dictation in `events` went in, or undefined if nothing was dictated. */
export function dictationInput(events: readonly PracticeEvent[]): DictationInput | undefined {
  let voice = false;
  let typed = false;
  for (const event of events) {
    if (event.type !== 'dictation/utterance' && event.type !== 'dictation/command') continue;
    if (event.via === 'voice') voice = true;
    else typed = true;
  }
  if (voice && typed) return 'spoken and typed';
  return voice ? 'spoken' : typed ? 'typed' : undefined;
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
  let { completed, inputs, scores } = run;
  for (const step of exercise.steps) {
    if (completed[step.id] !== undefined) continue;
    const check = checks.get(step.check);
    if (check?.evaluate(events, step.params)) {
      completed = { ...completed, [step.id]: event.at };
      const input = step.check.startsWith('dictation-') ? dictationInput(events) : undefined;
      if (input) inputs = { ...inputs, [step.id]: input };
      if (event.type === 'dictation/scored' && step.check === 'dictation-accuracy') {
        scores = { ...scores, [step.id]: event.accuracy };
      }
    }
  }
  const allDone = exercise.steps.every((step) => completed[step.id] !== undefined);
  return {
    ...run,
    events,
    completed,
    ...(inputs ? { inputs } : {}),
    ...(scores ? { scores } : {}),
    completedAt: allDone ? event.at : undefined,
  };
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
