import { stepsFor } from './runner';
import type { Exercise } from './schema';

/**
 * An exercise as a pupil sees it: the pupil wording from the front-matter
 * where the author gave one, and no reflection steps.
 */
export function pupilView(exercise: Exercise): Exercise {
  const { steps } = stepsFor(exercise, true);
  return {
    ...exercise,
    title: exercise.pupilTitle ?? exercise.title,
    steps: steps.map((step) => ({ ...step, text: step.pupilText ?? step.text })),
  };
}

/** The catalogue for the current mode: pupils see only exercises written for pupils. */
export function catalogueFor(catalogue: readonly Exercise[], pupilMode: boolean): Exercise[] {
  return pupilMode
    ? catalogue.filter((exercise) => exercise.audience.includes('pupil')).map(pupilView)
    : [...catalogue];
}
