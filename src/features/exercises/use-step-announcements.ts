import { useEffect, useRef } from 'react';
import { type ExerciseRun, stepsDone } from '../../domain/exercises/runner';
import type { Exercise } from '../../domain/exercises/schema';
import { useAnnounce } from '../../shared/announcer';

/** Announces each step as it is completed, wherever in the app the person is. */
export function useStepAnnouncements(exercise: Exercise | undefined, run: ExerciseRun | undefined) {
  const announce = useAnnounce();
  const seen = useRef<{ id: string | undefined; completed: Record<string, number> }>({
    id: undefined,
    completed: {},
  });
  useEffect(() => {
    if (!exercise || !run) return;
    const before = seen.current;
    seen.current = { id: exercise.id, completed: run.completed };
    // A newly opened or restarted exercise announces nothing.
    if (before.id !== exercise.id) return;
    const fresh = exercise.steps.filter(
      (step) => run.completed[step.id] !== undefined && before.completed[step.id] === undefined,
    );
    if (fresh.length === 0) return;
    const names = fresh.map((step) => `Step ${exercise.steps.indexOf(step) + 1} done.`).join(' ');
    announce(
      run.completedAt !== undefined
        ? `${names} Exercise complete: well done.`
        : `${names} ${exercise.steps.length - stepsDone(run, exercise)} to go.`,
    );
  }, [exercise, run, announce]);
}
