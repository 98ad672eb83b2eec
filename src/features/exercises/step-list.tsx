import type { ExerciseRun } from '../../domain/exercises/runner';
import type { Exercise } from '../../domain/exercises/schema';

export function StepList({ exercise, run }: { exercise: Exercise; run: ExerciseRun | undefined }) {
  const nextStep = exercise.steps.find((step) => run?.completed[step.id] === undefined);
  return (
    <ol className="steps">
      {exercise.steps.map((step) => {
        const done = run?.completed[step.id] !== undefined;
        const isNext = step === nextStep;
        return (
          <li
            key={step.id}
            className={`step${done ? ' step--done' : ''}${isNext ? ' step--next' : ''}`}
          >
            <span className="step__text">{step.text}</span>{' '}
            {done ? (
              <span className="step__status step__status--done">
                <span aria-hidden="true">✓ </span>Done
              </span>
            ) : (
              <span className="step__status">{isNext ? 'Next' : 'To do'}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
