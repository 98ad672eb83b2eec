import { Link, useLocation } from 'wouter';
import { stepsDone } from '../../domain/exercises/runner';
import { useAppStore } from '../../store/store-context';
import { useModeExercise } from './use-mode-catalogue';
import { useStepAnnouncements } from './use-step-announcements';

/**
 * While an exercise is under way and the person is elsewhere in the app,
 * a strip says which exercise their actions count towards and leads back.
 */
export function ActiveExerciseBanner() {
  const [location] = useLocation();
  const activeId = useAppStore((state) => state.activeExerciseId);
  const exercise = useModeExercise(activeId);
  const run = useAppStore((state) => (activeId ? state.runs[activeId] : undefined));
  const presenter = useAppStore((state) => state.presenter);
  useStepAnnouncements(exercise, run);
  // Presenter mode hides personal progress from the room.
  if (!exercise || !run || run.completedAt !== undefined || presenter) return null;
  const href = `/exercises/${exercise.id}`;
  if (location === href) return null;
  const done = stepsDone(run, exercise);
  return (
    <aside className="active-exercise" aria-label="Exercise in progress">
      <p>
        <span>
          Exercise in progress: <strong>{exercise.title}</strong>, {done} of {exercise.steps.length}{' '}
          steps done.
        </span>{' '}
        <Link href={href}>Back to {exercise.title}</Link>
      </p>
    </aside>
  );
}
