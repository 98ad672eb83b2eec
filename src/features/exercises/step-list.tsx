import { useEffect, useRef, useState } from 'react';
import type { ExerciseRun } from '../../domain/exercises/runner';
import type { Exercise } from '../../domain/exercises/schema';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function StepList({
  exercise,
  run,
  presenter = false,
}: {
  exercise: Exercise;
  run: ExerciseRun | undefined;
  presenter?: boolean;
}) {
  const nextStep = exercise.steps.find((step) => run?.completed[step.id] === undefined);
  const [presenting, setPresenting] = useState<number | null>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);

  // Presentation clickers send Page Down and Page Up; so do trainers' keyboards.
  useEffect(() => {
    if (!presenter) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
      event.preventDefault();
      setPresenting((current) => {
        const last = exercise.steps.length - 1;
        if (current === null) return 0;
        return Math.min(last, Math.max(0, current + (event.key === 'PageDown' ? 1 : -1)));
      });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenter, exercise.steps.length]);

  useEffect(() => {
    if (presenting === null) return;
    const item = items.current[presenting];
    item?.focus();
    item?.scrollIntoView({ block: 'center' });
  }, [presenting]);

  return (
    <ol className="steps">
      {exercise.steps.map((step, index) => {
        const done = run?.completed[step.id] !== undefined;
        const isNext = step === nextStep;
        return (
          <li
            key={step.id}
            ref={(element) => {
              items.current[index] = element;
            }}
            tabIndex={presenter ? -1 : undefined}
            className={`step${done ? ' step--done' : ''}${isNext ? ' step--next' : ''}${
              presenter && presenting === index ? ' step--presenting' : ''
            }`}
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
